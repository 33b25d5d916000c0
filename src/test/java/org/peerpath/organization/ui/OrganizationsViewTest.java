package org.peerpath.organization.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.peerpath.identity.Role;
import org.peerpath.organization.OrganizationSummary;
import org.peerpath.testsupport.IntegrationTest;
import org.peerpath.testsupport.SignedInAs;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class OrganizationsViewTest extends SpringBrowserlessTest {

    @Test
    @SignedInAs(Role.PLATFORM_ADMIN)
    void platformAdminCreatesAnOrganizationWithItsFirstAdmin() {
        navigate(OrganizationsView.class);

        test($(TextField.class).withLabel("Organization name").single()).setValue("Harbor Light Recovery");
        test($(EmailField.class).withLabel("First administrator's e-mail").single()).setValue("director@harborlight.example.org");
        test($(TextField.class).withLabel("First administrator's name").single()).setValue("Dana Ortiz");
        test($(Button.class).withText("Create organization and invite admin").single()).click();

        @SuppressWarnings("unchecked")
        Grid<OrganizationSummary> grid = $(Grid.class).single();
        assertThat(test(grid).size()).isGreaterThanOrEqualTo(2);
        assertThat(java.util.stream.IntStream.range(0, test(grid).size()).mapToObj(i -> test(grid).getRow(i).name()))
                .contains("Harbor Light Recovery");
        assertThat($(OneTimeLinkPanel.class).exists()).isTrue();
    }

    @Test
    @SignedInAs(Role.PLATFORM_ADMIN)
    void aDuplicateNameIsMarkedOnTheField() {
        navigate(OrganizationsView.class);
        TextField name = $(TextField.class).withLabel("Organization name").single();
        String existing = test($(Grid.class).single()).size() > 0
                ? ((OrganizationSummary) test($(Grid.class).single()).getRow(0)).name() : null;
        assertThat(existing).isNotNull();

        test(name).setValue(existing);
        test($(EmailField.class).withLabel("First administrator's e-mail").single()).setValue("x@example.org");
        test($(TextField.class).withLabel("First administrator's name").single()).setValue("X");
        test($(Button.class).withText("Create organization and invite admin").single()).click();

        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).contains("exists already");
        assertThat(name.getValue()).isEqualTo(existing);
    }

    /** An organization whose only admin left is not stuck: the platform admin invites another. */
    @Test
    @SignedInAs(Role.PLATFORM_ADMIN)
    void platformAdminInvitesAnotherAdminToAnExistingOrganization() {
        navigate(OrganizationsView.class);
        @SuppressWarnings("unchecked")
        Grid<OrganizationSummary> grid = $(Grid.class).single();
        String organization = test(grid).getRow(0).name();

        Button invite = (Button) test(grid).getCellComponent(0, 3);
        assertThat(invite.getAriaLabel()).contains("Invite an administrator for " + organization);
        test(invite).click();
        test($(TextField.class).withLabel("Name").single()).setValue("Sky Morgan");
        test($(EmailField.class).withLabel("E-mail address").single()).setValue("sky.morgan@example.org");
        test($(Button.class).withText("Create invitation").single()).click();

        OneTimeLinkPanel panel = $(OneTimeLinkPanel.class).single();
        assertThat($(TextField.class, panel).single().getValue()).contains("/invitation/");
    }
}
