package org.peerpath.content.ui;

import org.peerpath.testsupport.ViewTestWithContent;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import org.peerpath.content.ContentStatus;
import org.peerpath.identity.Role;
import org.peerpath.testsupport.IntegrationTest;
import org.peerpath.testsupport.SignedInAs;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class ContentAdminViewTest extends ViewTestWithContent {


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
