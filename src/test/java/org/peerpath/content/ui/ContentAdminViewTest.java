package org.peerpath.content.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerpath.content.ContentImporter;
import org.peerpath.content.ContentStatus;
import org.peerpath.identity.Role;
import org.peerpath.identity.SystemCaller;
import org.peerpath.testsupport.IntegrationTest;
import org.peerpath.testsupport.SignedInAs;
import org.peerpath.testsupport.TestContent;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class ContentAdminViewTest extends SpringBrowserlessTest {

    @Autowired
    ContentImporter importer;

    /** Content first: initialising Vaadin already opens the signed-in person's home view. */
    @BeforeEach
    @Override
    protected void initVaadinEnvironment() {
        SystemCaller.run(() -> importer.importFrom(TestContent.SHIPPED));
        super.initVaadinEnvironment();
    }

    @Test
    @SignedInAs(Role.PLATFORM_ADMIN)
    @SuppressWarnings("unchecked")
    void platformAdminsSeeTheLiveVersions() {
        navigate(ContentAdminView.class);

        Grid<ContentStatus.ModuleVersionRow> modules = $(Grid.class).first();
        assertThat(test(modules).size()).isEqualTo(5);
        assertThat($(Paragraph.class).withText("None: the last import succeeded.").exists()).isTrue();
    }
}
