package org.peerpath.certification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.peerpath.certification.CertificationService;
import org.peerpath.certification.CertificationStatus;
import org.peerpath.content.Domain;
import org.peerpath.identity.Role;
import org.peerpath.testsupport.IntegrationTest;
import org.peerpath.testsupport.SignedInAs;
import org.peerpath.testsupport.ViewTestWithContent;
import org.springframework.beans.factory.annotation.Autowired;

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
        assertThat(certification.myProgress().ethicsAttested()).isTrue();
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
}
