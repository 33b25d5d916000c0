package org.peerpath.certification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.peerpath.certification.CertificationService;
import org.peerpath.certification.OutsideTrainingRecord;
import org.peerpath.content.Domain;
import org.peerpath.identity.CurrentUser;
import org.peerpath.identity.Role;
import org.peerpath.testsupport.Fixtures;
import org.peerpath.testsupport.IntegrationTest;
import org.peerpath.testsupport.SignedInAs;
import org.peerpath.testsupport.ViewTestWithContent;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
/** The org admin's evidence review and the supervisor's trainees' certification page. */
class CertificateReviewViewsTest extends ViewTestWithContent {

    @Autowired
    CertificationService certification;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Clock clock;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    @SignedInAs(Role.ORG_ADMIN)
    void anOrgAdminLetsSupervisorsIssue() {
        navigate(OrgCertificationsView.class);
        Checkbox setting = $(Checkbox.class).withLabel("Supervisors may issue certificates to their own trainees").single();
        assertThat(setting.getValue()).isFalse();

        test(setting).click();

        assertThat(certification.supervisorsMayIssue()).isTrue();
    }

    @Test
    @SignedInAs(Role.SUPERVISOR)
    void aSupervisorApprovesTheirTraineesOutsideTraining_andIsToldWhoIssues() {
        String me = currentUser.require().email();
        String trainee = fixtures.account(currentUser.require().organizationId(), currentUser.require().id(), Role.TRAINEE);
        fixtures.signIn(trainee);
        certification.recordOutsideTraining(OutsideTrainingRecord.typed("Boundaries workshop", "Regional coalition",
                LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).minusDays(3), new BigDecimal("3"), Domain.ETHICAL_RESPONSIBILITY,
                true, false, "Role plays on dual relationships."));
        fixtures.signIn(me);

        navigate(MyTraineesCertificationView.class);
        assertThat($(Paragraph.class).all()).extracting(Paragraph::getText)
                .contains("Your organization's admins issue certificates.", "Note: Role plays on dual relationships.");
        assertThat($(Checkbox.class).all()).isEmpty();
        assertThat($(Div.class).all()).anySatisfy(div -> assertThat(div.getElement().getTextRecursively())
                .contains("Boundaries workshop (Regional coalition) · 3 h Ethical Responsibility · ethics"));

        test($(Button.class).withText("Approve").single()).click();

        assertThat($(Paragraph.class).all()).extracting(Paragraph::getText).contains("Nothing to approve.");
        fixtures.signIn(trainee);
        assertThat(certification.myOutsideTraining()).singleElement().satisfies(t -> assertThat(t.status()).isEqualTo("APPROVED"));
    }

    @Test
    @SignedInAs(Role.ORG_ADMIN)
    void anOrgAdminSeesWhyACertificateCannotBeRenewedYet() {
        String trainee = fixtures.account(currentUser.require().organizationId(), Role.TRAINEE);
        LocalDate issued = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).minusDays(30);
        jdbc.update("insert into certificate (code, trainee_id, organization_id, holder_name, program_id, program_version, "
                + "program_title, issuer_name, issued_on, expires_on, issued_at, issued_by) values ('ABCD-EFGH-JKMN-PQRS-TUVW', ?, ?, "
                + "'Riley Moss', 'icrc-peer-recovery', 1, 'Peer Recovery', 'Harbor Light', ?, ?, now(6), ?)",
                fixtures.idOf(trainee), currentUser.require().organizationId(), issued, issued.plusYears(2), currentUser.require().id());

        navigate(OrgCertificationsView.class);
        test($(Select.class).withLabel("Trainee").single()).selectItem("Person " + trainee.substring(0, 12));

        assertThat($(Paragraph.class).withClassName("renewal-progress").single().getText())
                .startsWith("Continuing education 0 of 20 h, ethics 0 of 6 h");
        assertThat($(Button.class).withText("Renew certificate").single().isEnabled()).isFalse();
        assertThat($(Paragraph.class).withClassName("action-reason").single().getText())
                .isEqualTo("Not yet renewable: continuing education 0 of 20 h; ethics 0 of 6 h (approved continuing education "
                        + "completed after " + RenewalSummary.DATE.format(issued) + ")");
        assertThat($(Button.class).withText("Issue certificate").all()).as("a current certificate is renewed, not re-issued").isEmpty();
    }

    @Test
    @SignedInAs(Role.ORG_ADMIN)
    void revokingAsksForConfirmationFirst() {
        String trainee = fixtures.account(currentUser.require().organizationId(), Role.TRAINEE);
        LocalDate issued = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).minusDays(30);
        jdbc.update("insert into certificate (code, trainee_id, organization_id, holder_name, program_id, program_version, "
                + "program_title, issuer_name, issued_on, expires_on, issued_at, issued_by) values ('ABCD-EFGH-JKMN-PQRS-TUVW', ?, ?, "
                + "'Riley Moss', 'icrc-peer-recovery', 1, 'Peer Recovery', 'Harbor Light', ?, ?, now(6), ?)",
                fixtures.idOf(trainee), currentUser.require().organizationId(), issued, issued.plusYears(2), currentUser.require().id());
        navigate(OrgCertificationsView.class);
        test($(Select.class).withLabel("Trainee").single()).selectItem("Person " + trainee.substring(0, 12));
        test($(TextField.class).withLabel("Reason for revoking").single()).setValue("Issued to the wrong person");

        test($(Button.class).withText("Revoke certificate").single()).click();
        assertThat($(ConfirmDialog.class).single().isOpened()).isTrue();
        test($(ConfirmDialog.class).single()).cancel();
        assertThat(revokedAt()).as("kept when the admin changes their mind").isNull();

        test($(Button.class).withText("Revoke certificate").single()).click();
        test($(ConfirmDialog.class).single()).confirm();
        assertThat(revokedAt()).isNotNull();
        assertThat(jdbc.queryForObject("select revoke_reason from certificate where code = 'ABCD-EFGH-JKMN-PQRS-TUVW'", String.class))
                .isEqualTo("Issued to the wrong person");
    }

    private java.sql.Timestamp revokedAt() {
        return jdbc.queryForObject("select revoked_at from certificate where code = 'ABCD-EFGH-JKMN-PQRS-TUVW'", java.sql.Timestamp.class);
    }
}
