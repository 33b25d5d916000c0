package org.peerpath.testsupport;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.junit.jupiter.api.BeforeEach;
import org.peerpath.content.ContentImporter;
import org.peerpath.identity.SystemCaller;
import org.springframework.beans.factory.annotation.Autowired;

/** A browserless view test with the shipped course content loaded. */
public abstract class ViewTestWithContent extends SpringBrowserlessTest {

    @Autowired
    protected ContentImporter importer;

    /** Content first: initialising Vaadin already opens the signed-in person's home view. */
    @BeforeEach
    @Override
    protected void initVaadinEnvironment() {
        SystemCaller.run(() -> importer.importFrom(TestContent.SHIPPED));
        super.initVaadinEnvironment();
    }
}
