package org.peerpath.shell;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.junit.jupiter.api.Test;
import org.peerpath.identity.Role;
import org.peerpath.testsupport.IntegrationTest;
import org.peerpath.testsupport.SignedInAs;

import static org.assertj.core.api.Assertions.assertThat;

/** What each role can open, and what the navigation offers them. */
@IntegrationTest
class AccessRulesViewTest extends SpringBrowserlessTest {

    @Test
    @SignedInAs(Role.TRAINEE)
    void aTraineeIsRefusedAdminPages_andIsNotOfferedThem() {
        navigate("courses", com.vaadin.flow.component.Component.class);
        assertThat($(SideNavItem.class).all()).extracting(SideNavItem::getLabel).contains("My learning")
                .doesNotContain("Staff", "Organizations", "Review");

        navigate("admin", AccessDeniedView.class);
        navigate("org/staff", AccessDeniedView.class);
    }

    @Test
    @SignedInAs(Role.ORG_ADMIN)
    void theHomeOfAnOrgAdminIsTheStaffPage() {
        navigate("", org.peerpath.certification.ui.StaffDashboardView.class);
        assertThat($(SideNavItem.class).all()).extracting(SideNavItem::getLabel).contains("Staff", "Staff administration")
                .doesNotContain("Organizations", "My learning");
    }
}
