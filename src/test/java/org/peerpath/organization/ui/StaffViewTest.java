package org.peerpath.organization.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.peerpath.identity.Role;
import org.peerpath.identity.StaffMember;
import org.peerpath.testsupport.IntegrationTest;
import org.peerpath.testsupport.SignedInAs;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class StaffViewTest extends SpringBrowserlessTest {

    @Test
    @SignedInAs(Role.ORG_ADMIN)
    void adminInvitesAStaffMemberAndGetsALink() {
        navigate(StaffView.class);
        @SuppressWarnings("unchecked")
        Grid<StaffMember> staff = $(Grid.class).withCondition(g -> "Staff".equals(g.getAriaLabel().orElse(null))).single();
        assertThat(test(staff).size()).isEqualTo(1);

        test($(Button.class).withText("Invite staff").single()).click();
        test($(TextField.class).withLabel("Name").single()).setValue("Casey Nguyen");
        test($(EmailField.class).withLabel("E-mail address").single()).setValue("casey@example.org");
        test($(Button.class).withText("Create invitation").single()).click();

        OneTimeLinkPanel panel = $(OneTimeLinkPanel.class).single();
        assertThat($(TextField.class).withClassName("invitation-url").single().getValue()).contains("/invitation/");
        assertThat(panel.isVisible()).isTrue();
    }

    @Test
    @SignedInAs(Role.ORG_ADMIN)
    void anInvalidAddressIsMarkedAndNothingTypedIsLost() {
        navigate(StaffView.class);
        test($(Button.class).withText("Invite staff").single()).click();
        TextField name = $(TextField.class).withLabel("Name").single();
        EmailField email = $(EmailField.class).withLabel("E-mail address").single();
        test(name).setValue("Casey Nguyen");
        test(email).setValue("casey.example.org");

        test($(Button.class).withText("Create invitation").single()).click();

        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).contains("name@example.org");
        assertThat(name.getValue()).isEqualTo("Casey Nguyen");
        assertThat(email.getValue()).isEqualTo("casey.example.org");
        assertThat($(OneTimeLinkPanel.class).exists()).isFalse();
    }
}
