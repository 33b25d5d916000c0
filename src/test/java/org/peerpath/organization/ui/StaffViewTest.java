package org.peerpath.organization.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.peerpath.identity.CurrentUser;
import org.peerpath.identity.Role;
import org.peerpath.identity.StaffMember;
import org.peerpath.testsupport.Fixtures;
import org.peerpath.testsupport.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.peerpath.testsupport.SignedInAs;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class StaffViewTest extends SpringBrowserlessTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    CurrentUser currentUser;

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
        assertThat($(TextField.class).withClassName("one-time-url").single().getValue()).contains("/invitation/");
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

    @Test
    @SignedInAs(Role.ORG_ADMIN)
    void theSearchFindsPeopleByNameOrAddress_withoutTreatingPercentAsAWildcard() {
        long org = currentUser.require().organizationId();
        String trainee = fixtures.account(org, Role.TRAINEE);
        fixtures.account(org, Role.SUPERVISOR);
        navigate(StaffView.class);
        @SuppressWarnings("unchecked")
        Grid<StaffMember> grid = $(Grid.class).withCondition(g -> "Staff".equals(g.getAriaLabel().orElse(null))).single();
        TextField search = $(TextField.class).withCondition(f -> "Search staff".equals(f.getAriaLabel().orElse(null))).single();
        assertThat(test(grid).size()).isEqualTo(3);

        test(search).setValue(trainee.substring(0, 14).toUpperCase());
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getRow(0).email()).isEqualTo(trainee);

        test(search).setValue("%");
        assertThat(test(grid).size()).isZero();
    }

    @Test
    @SignedInAs(Role.ORG_ADMIN)
    void anAdminCreatesAPasswordResetLinkForSomeoneWhoForgotTheirs() {
        String trainee = fixtures.account(currentUser.require().organizationId(), Role.TRAINEE);
        navigate(StaffView.class);
        @SuppressWarnings("unchecked")
        Grid<StaffMember> grid = $(Grid.class).withCondition(g -> "Staff".equals(g.getAriaLabel().orElse(null))).single();
        int row = java.util.stream.IntStream.range(0, test(grid).size())
                .filter(i -> test(grid).getRow(i).email().equals(trainee)).findFirst().orElseThrow();
        test((Button) test(grid).getCellComponent(row, 5)).click();

        test($(Button.class).withText("Create a password reset link").single()).click();

        OneTimeLinkPanel panel = $(OneTimeLinkPanel.class).single();
        assertThat($(TextField.class, panel).single().getLabel()).isEqualTo("Password reset link for " + trainee);
        assertThat($(TextField.class, panel).single().getValue()).contains("/reset-password/");
    }

    /** A deactivated supervisor's trainees would wait for sign-offs nobody can give: the admin is told. */
    @Test
    @SignedInAs(Role.ORG_ADMIN)
    void deactivatingASupervisorWithTraineesSaysTheyNeedAnotherSupervisor() {
        long org = currentUser.require().organizationId();
        String supervisor = fixtures.account(org, Role.SUPERVISOR);
        fixtures.account(org, fixtures.idOf(supervisor), Role.TRAINEE);
        navigate(StaffView.class);
        @SuppressWarnings("unchecked")
        Grid<StaffMember> grid = $(Grid.class).withCondition(g -> "Staff".equals(g.getAriaLabel().orElse(null))).single();
        int row = java.util.stream.IntStream.range(0, test(grid).size())
                .filter(i -> test(grid).getRow(i).email().equals(supervisor)).findFirst().orElseThrow();
        test((Button) test(grid).getCellComponent(row, 5)).click();

        test($(Button.class).withText("Deactivate account").single()).click();

        assertThat($(com.vaadin.flow.component.notification.Notification.class).all())
                .anySatisfy(n -> assertThat(n.getElement().getTextRecursively() + $(com.vaadin.flow.component.html.Span.class, n).all()
                        .stream().map(com.vaadin.flow.component.html.Span::getText).toList())
                        .contains("1 trainee still has").contains("Assign them another supervisor"));
    }
}
