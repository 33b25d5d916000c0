package org.peerpath.certification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.peerpath.certification.CertificationService;
import org.peerpath.certification.CertificationStatus;
import org.peerpath.content.Domain;
import org.peerpath.identity.CurrentUser;
import org.peerpath.identity.Role;
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
class CertificationsViewTest extends ViewTestWithContent {

    @Autowired
    CertificationService certification;
    @Autowired
    Clock clock;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    @SignedInAs(Role.TRAINEE)
    void aNewTraineeSeesEveryRequirementWithItsSource_whatIsMissing_andSignsTheAffirmationOnlyAfterConfirming() {
        navigate(CertificationsView.class);

        assertThat($(Paragraph.class).withClassName("certification-status").single().getText())
                .startsWith("Status: " + CertificationStatus.IN_TRAINING.label());
        assertThat($(ListItem.class).all()).extracting(ListItem::getText)
                .contains("Supervised practice hours: 0 of 500 h — Practice entries signed by a supervisor",
                        "Education hours: Ethical Responsibility: 0 of 16 h — Completed Peerpath modules and approved outside training")
                .anySatisfy(text -> assertThat(text).startsWith("Ethics affirmation signed: 0 of 1"));

        Button sign = $(Button.class).withText("Sign the affirmation").single();
        assertThat(sign.isEnabled()).isFalse();
        test($(Checkbox.class).withLabel("I have read the statement above and affirm it as my own").single()).click();
        assertThat(sign.isEnabled()).isTrue();
        test(sign).click();

        assertThat($(Paragraph.class).all()).extracting(Paragraph::getText).contains("You have signed this affirmation.");
        assertThat(certification.myProgress().orElseThrow().ethicsAttested()).isTrue();
    }

    @Test
    @SignedInAs(Role.TRAINEE)
    void aTraineeInTwoProgramsSeesASectionForEach_withTheAffirmationOnlyWhereTheProgramAsksForIt_andHoursPerDomain() {
        long me = currentUser.require().id();
        certification.myProgress(); // enrolled in the organization's default program first
        jdbc.update("insert into certification_enrolment (trainee_id, program_id, program_version, enrolled_at) "
                + "values (?, 'texas-recovery-support-peer-specialist', 1, now(6))", me);

        navigate(CertificationsView.class);

        assertThat($(Section.class).withClassName("program-section").all()).hasSize(2);
        assertThat($(H2.class).all()).extracting(H2::getText).containsSubsequence("Peer Recovery (IC&RC-aligned) (version 1)",
                "Recovery Support Peer Specialist (Texas-aligned) (version 1)", "Signed practice hours by domain");
        assertThat($(Paragraph.class).withClassName("certification-status").all()).extracting(Paragraph::getText)
                .allSatisfy(text -> assertThat(text).startsWith("Status: In training"));
        assertThat($(ListItem.class).all()).extracting(ListItem::getText)
                .contains("Education hours (all domains together): 0 of 65.5 h — Completed Peerpath modules and approved outside training",
                        "Supervised practice hours: 0 of 250 h — Practice entries signed by a supervisor",
                        "Supervised practice hours: 0 of 500 h — Practice entries signed by a supervisor");
        assertThat($(Button.class).withText("Sign the affirmation").all()).as("only the IC&RC-aligned program asks for it").hasSize(1);
        assertThat($(Div.class).withClassName("bar-chart").all()).anySatisfy(chart -> assertThat(chart.getElement().getTextRecursively())
                .startsWith("By IC&RC domain").contains("Advocacy", "Ethical Responsibility", "0 h"));
    }

    @Test
    @SignedInAs(Role.TRAINEE)
    @SuppressWarnings("unchecked")
    void outsideTrainingWithAnIdentifyingNoteIsRefusedAndKeptAsTyped_thenWaitsForApproval() {
        navigate(CertificationsView.class);
        LocalDate completed = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).minusDays(10);
        test($(TextField.class).withLabel("Training").single()).setValue("Trauma-informed care");
        test($(TextField.class).withLabel("Provider").single()).setValue("State board");
        test($(DatePicker.class).withLabel("Completed on").single()).setValue(completed);
        test($(BigDecimalField.class).withLabel("Hours").single()).setValue(new BigDecimal("6"));
        test($(Select.class).withLabel("IC&RC domain").single()).selectItem(Domain.RECOVERY_WELLNESS_SUPPORT.label());
        TextArea note = $(TextArea.class).withLabel("Note for your reviewer (optional)").single();
        String identifying = "Brought my client Dana Whitfield along, her number is 555-201-3344.";
        test(note).setValue(identifying);

        test($(Button.class).withText("Add training").single()).click();

        assertThat(certification.myOutsideTraining()).isEmpty();
        assertThat(note.isInvalid()).isTrue();
        assertThat(note.getValue()).isEqualTo(identifying);
        assertThat($(TextField.class).withLabel("Training").single().getValue()).isEqualTo("Trauma-informed care");

        test(note).setValue("Six-hour course with a final quiz.");
        test($(Button.class).withText("Add training").single()).click();

        assertThat(certification.myOutsideTraining()).singleElement()
                .satisfies(t -> assertThat(t.note()).isEqualTo("Six-hour course with a final quiz."));
        assertThat($(ListItem.class).all()).extracting(ListItem::getText).anySatisfy(text -> assertThat(text)
                .contains("Trauma-informed care (State board) · 6 h Recovery/Wellness Support")
                .contains("waiting for approval").contains("note: Six-hour course with a final quiz."));
    }

    @Test
    @SignedInAs(Role.TRAINEE)
    void aHolderSeesTheirContinuingEducationTowardRenewal() {
        LocalDate issued = today().minusDays(30);
        certificateFor(currentUser.require().id(), issued);

        navigate(CertificationsView.class);

        assertThat($(Paragraph.class).withClassName("renewal-progress").single().getText())
                .isEqualTo("Continuing education 0 of 20 h, ethics 0 of 6 h (approved, completed after "
                        + RenewalSummary.DATE.format(issued) + ").");
        assertThat($(Paragraph.class).all()).extracting(Paragraph::getText)
                .anySatisfy(text -> assertThat(text).startsWith("Renewing before " + RenewalSummary.DATE.format(issued.plusYears(2))))
                .anySatisfy(text -> assertThat(text).contains("Still needed: continuing education 0 of 20 h; ethics 0 of 6 h."));
    }

    @Test
    @SignedInAs(Role.SUPERVISOR)
    void aCertifiedCoachWhoIsNowASupervisorStillSeesTheirCertificate() {
        long me = currentUser.require().id();
        jdbc.update("insert into certification_enrolment (trainee_id, program_id, program_version, enrolled_at) "
                + "values (?, 'icrc-peer-recovery', 1, now(6))", me);
        certificateFor(me, today().minusDays(30));

        navigate(CertificationsView.class);

        assertThat($(Paragraph.class).all()).extracting(Paragraph::getText)
                .anySatisfy(text -> assertThat(text).startsWith("Code ABCD-EFGH-JKMN-PQRS-TUVW"));
        assertThat($(Paragraph.class).withClassName("renewal-progress").all()).hasSize(1);
    }

    @Test
    @SignedInAs(Role.SUPERVISOR)
    void someoneWithoutAProgramSeesAnExplanation() {
        navigate(CertificationsView.class);

        assertThat($(Paragraph.class).withClassName("empty-state").single().getText())
                .startsWith("You are not enrolled in a certification program and hold no certificate.");
        assertThat($(Button.class).withText("Add training").all()).isEmpty();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private void certificateFor(long holder, LocalDate issued) {
        jdbc.update("insert into certificate (code, trainee_id, organization_id, holder_name, program_id, program_version, "
                + "program_title, issuer_name, issued_on, expires_on, issued_at, issued_by) values ('ABCD-EFGH-JKMN-PQRS-TUVW', ?, ?, "
                + "'Riley Moss', 'icrc-peer-recovery', 1, 'Peer Recovery', 'Harbor Light', ?, ?, now(6), ?)",
                holder, currentUser.require().organizationId(), issued, issued.plusYears(2), holder);
    }
}
