package org.peerpath.certification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.Test;
import org.peerpath.certification.CertificationService;
import org.peerpath.certification.OutsideTrainingRecord;
import org.peerpath.certification.PersonName;
import org.peerpath.certification.ProgramSummary;
import org.peerpath.certification.StaffStanding;
import org.peerpath.content.Domain;
import org.peerpath.identity.CurrentUser;
import org.peerpath.identity.Role;
import org.peerpath.identity.ui.ChangePasswordView;
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
    @Autowired
    EntityManagerFactory entityManagerFactory;

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
    @SignedInAs(Role.ORG_ADMIN)
    @SuppressWarnings("unchecked")
    void anOrgAdminChoosesTheProgramNewTraineesAreEnrolledIn() {
        navigate(OrgCertificationsView.class);
        Select<ProgramSummary> program = $(Select.class).withCaption("Program new trainees are enrolled in").single();
        assertThat(program.getValue().id()).isEqualTo("icrc-peer-recovery");

        test(program).selectItem("Recovery Support Peer Specialist (Texas-aligned) (version 1)");

        assertThat(certification.defaultProgram()).isEqualTo("texas-recovery-support-peer-specialist");
        String trainee = fixtures.account(currentUser.require().organizationId(), Role.TRAINEE);
        fixtures.signIn(trainee);
        assertThat(certification.myProgress().orElseThrow().programTitle()).isEqualTo("Recovery Support Peer Specialist (Texas-aligned)");
    }

    @Test
    @SignedInAs(Role.ORG_ADMIN)
    @SuppressWarnings("unchecked")
    void anOrgAdminEnrolsATraineeInAFurtherProgram_seesBothPrograms_andWithdrawsAfterConfirming() {
        long trainee = fixtures.idOf(fixtures.account(currentUser.require().organizationId(), Role.TRAINEE));
        navigate("org/certifications/" + trainee, OrgCertificationsView.class);
        assertThat($(Paragraph.class).withClassName("certification-status").all()).hasSize(1);

        test($(Select.class).withCaption("Program").single()).selectItem("Recovery Support Peer Specialist (Texas-aligned) (version 1)");
        test($(Button.class).withText("Enrol").single()).click();

        assertThat($(Paragraph.class).withClassName("certification-status").all()).extracting(Paragraph::getText)
                .anySatisfy(text -> assertThat(text).endsWith("In training · 0% · Peer Recovery (IC&RC-aligned)"))
                .anySatisfy(text -> assertThat(text).endsWith("In training · 0% · Recovery Support Peer Specialist (Texas-aligned)"));
        assertThat($(Paragraph.class).all()).extracting(Paragraph::getText).anySatisfy(text -> assertThat(text).endsWith("is enrolled in every published program."));
        assertThat($(Button.class).withText("Withdraw from this program").all()).hasSize(2);

        Button withdrawTexas = $(Button.class).withText("Withdraw from this program").all().stream()
                .filter(b -> b.getAriaLabel().orElse("").endsWith("Recovery Support Peer Specialist (Texas-aligned)")).findFirst().orElseThrow();
        test(withdrawTexas).click();
        test($(ConfirmDialog.class).single()).cancel();
        assertThat(certification.certificationOf(trainee).programs()).as("kept when the admin changes their mind").hasSize(2);
        test(withdrawTexas).click();
        test($(ConfirmDialog.class).single()).confirm();

        assertThat(certification.certificationOf(trainee).programs()).extracting(p -> p.programId()).containsExactly("icrc-peer-recovery");
        assertThat($(Paragraph.class).withClassName("certification-status").all()).hasSize(1);
        assertThat($(Button.class).withText("Withdraw from this program").all()).as("the only program stays").isEmpty();
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
        LocalDate issued = certificateIssued30DaysAgo(trainee);

        navigate("org/certifications/" + fixtures.idOf(trainee), OrgCertificationsView.class);

        assertThat($(Paragraph.class).withClassName("renewal-progress").single().getText())
                .startsWith("Continuing education 0 of 20 h, ethics 0 of 6 h");
        assertThat($(Button.class).withText("Renew certificate").single().isEnabled()).isFalse();
        assertThat($(Paragraph.class).withClassName("action-reason").single().getText())
                .isEqualTo("Not yet renewable: continuing education 0 of 20 h; ethics 0 of 6 h (approved continuing education "
                        + "completed after " + RenewalSummary.DATE.format(issued) + ")");
        assertThat($(Button.class).withText("Issue certificate").all()).as("a current certificate is renewed, not re-issued").isEmpty();
    }

    @Test
    @SignedInAs(Role.SUPERVISOR)
    @SuppressWarnings("unchecked")
    void aSupervisorsTraineesPageFromTheReadModel_costsTheSameStatementsForFewOrManyTrainees() {
        long organization = currentUser.require().organizationId();
        String me = currentUser.require().email();
        String admin = fixtures.account(organization, Role.ORG_ADMIN);
        fixtures.signIn(admin);
        certification.letSupervisorsIssue(true);
        fixtures.signIn(me);
        long eligible = fixtures.idOf(fixtures.account(organization, currentUser.require().id(), Role.TRAINEE));
        jdbc.update("update certification_standing set display_name = 'Ana Alvarez', status = 'ELIGIBLE', percent_done = 100, requirements_met = true "
                + "where trainee_id = ?", eligible);
        fixtures.account(organization, fixtures.idOf(admin), Role.TRAINEE); // someone else's trainee
        openMyTrainees();
        long few = statementsToOpenMyTrainees();
        for (int i = 0; i < 30; i++) {
            fixtures.account(organization, currentUser.require().id(), Role.TRAINEE);
        }

        long many = statementsToOpenMyTrainees();

        assertThat(many).isEqualTo(few).isLessThanOrEqualTo(12);
        Grid<StaffStanding> trainees = $(Grid.class).single();
        assertThat(test(trainees).size()).isEqualTo(31);
        assertThat(test(trainees).getRow(0).name()).isEqualTo("Ana Alvarez");
        assertThat(test(trainees).getCellText(0, 1)).isEqualTo("Eligible for review");
        assertThat(test(trainees).getCellComponent(0, 4)).isInstanceOfSatisfying(Button.class,
                issue -> assertThat(issue.getAriaLabel()).contains("Issue a certificate to Ana Alvarez"));
        assertThat(test(trainees).getCellComponent(1, 4)).as("in training").isNotInstanceOf(Button.class);
    }

    @Test
    @SignedInAs(Role.ORG_ADMIN)
    void revokingAsksForConfirmationFirst() {
        String trainee = fixtures.account(currentUser.require().organizationId(), Role.TRAINEE);
        LocalDate issued = certificateIssued30DaysAgo(trainee);
        navigate("org/certifications/" + fixtures.idOf(trainee), OrgCertificationsView.class);
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

    @Test
    @SignedInAs(Role.ORG_ADMIN)
    @SuppressWarnings("unchecked")
    void theDashboardsLinkChoosesTheTrainee_onlyInsideTheOrganization() {
        long trainee = fixtures.idOf(fixtures.account(currentUser.require().organizationId(), Role.TRAINEE));
        long outsider = fixtures.idOf(fixtures.account(fixtures.organization(), Role.TRAINEE));

        navigate("org/certifications/" + trainee, OrgCertificationsView.class);
        ComboBox<PersonName> picker = $(ComboBox.class).withCaption("Trainee").single();
        assertThat(picker.getValue()).extracting(PersonName::id).isEqualTo(trainee);
        assertThat($(Paragraph.class).withClassName("certification-status").single().getText()).contains("In training");

        navigate("org/certifications/" + outsider, OrgCertificationsView.class);
        assertThat($(ComboBox.class).withCaption("Trainee").single().getValue()).isNull();
    }

    private long statementsToOpenMyTrainees() {
        var statistics = entityManagerFactory.unwrap(org.hibernate.SessionFactory.class).getStatistics();
        statistics.clear();
        openMyTrainees();
        return statistics.getPrepareStatementCount();
    }

    @SuppressWarnings("unchecked")
    private void openMyTrainees() {
        navigate(ChangePasswordView.class); // away first, so that the page is built anew
        navigate(MyTraineesCertificationView.class);
        assertThat(test((Grid<StaffStanding>) $(Grid.class).single()).getRow(0)).isNotNull();
    }

    /** A current certificate (code ABCD-EFGH-JKMN-PQRS-TUVW) for {@code trainee}, issued by the signed-in admin. */
    private LocalDate certificateIssued30DaysAgo(String trainee) {
        LocalDate issued = LocalDate.now(clock).minusDays(30);
        jdbc.update("insert into certificate (code, trainee_id, organization_id, holder_name, program_id, program_version, "
                + "program_title, issuer_name, issued_on, expires_on, issued_at, issued_by) values ('ABCD-EFGH-JKMN-PQRS-TUVW', ?, ?, "
                + "'Riley Moss', 'icrc-peer-recovery', 1, 'Peer Recovery', 'Harbor Light', ?, ?, now(6), ?)",
                fixtures.idOf(trainee), currentUser.require().organizationId(), issued, issued.plusYears(2), currentUser.require().id());
        return issued;
    }
}
