package org.peerpath.practice.ui;

import org.peerpath.testsupport.ViewTestWithContent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.timepicker.TimePicker;
import org.junit.jupiter.api.Test;
import org.peerpath.content.Domain;
import org.peerpath.identity.Role;
import org.peerpath.practice.Activity;
import org.peerpath.practice.EntryDetails;
import org.peerpath.practice.EntryView;
import org.peerpath.practice.PracticeService;
import org.peerpath.practice.Setting;
import org.peerpath.testsupport.IntegrationTest;
import org.peerpath.testsupport.SignedInAs;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class PracticeViewTest extends ViewTestWithContent {

    @Autowired
    PracticeService practice;
    @Autowired
    Clock clock;

    @Test
    @SignedInAs(Role.TRAINEE)
    @SuppressWarnings("unchecked")
    void aNoteWithAPhoneNumberIsHighlightedAndKept_thenSavesOnceDeIdentified() {
        navigate(PracticeView.class);
        test($(TimePicker.class).withLabel("Start time").single()).setValue(LocalTime.of(9, 0));
        test($(Select.class).withLabel("IC&RC domain").single()).selectItem(Domain.ADVOCACY.label());
        test($(Select.class).withLabel("Activity").single()).selectItem(Activity.ONE_TO_ONE.label());
        test($(Select.class).withLabel("Setting").single()).selectItem(Setting.EMERGENCY_DEPARTMENT.label());
        TextArea note = $(TextArea.class).withLabel("Reflection (de-identified)").single();
        String typed = "Met a participant after discharge; gave my number and asked them to call 555-201-3344 tomorrow.";
        test(note).setValue(typed);

        test($(Button.class).withText("Save draft").single()).click();

        assertThat(practice.myEntries()).isEmpty();
        assertThat(note.getValue()).isEqualTo(typed);
        assertThat(note.isInvalid()).isTrue();
        assertThat(note.getErrorMessage()).contains("a phone number");
        Div warning = $(Div.class).withClassName("phi-warning").single();
        assertThat(warning.isVisible()).isTrue();
        assertThat(warning.getElement().getOuterHTML()).contains("<mark title=\"a phone number\">555-201-3344</mark>")
                .contains("42 CFR Part 2");

        test(note).setValue("Met a participant after discharge and agreed on a check-in call for tomorrow.");
        test($(Button.class).withText("Save draft").single()).click();

        assertThat(practice.myEntries()).singleElement().satisfies(e -> assertThat(e.note()).startsWith("Met a participant"));
        assertThat(warning.isVisible()).isFalse();
    }

    @Test
    @SignedInAs(Role.TRAINEE)
    @SuppressWarnings("unchecked")
    void aDraftIsDeletedOnlyAfterTheTraineeConfirms() {
        var kept = practice.saveDraft(null, 0, new EntryDetails(LocalDate.now(clock).minusDays(2), LocalTime.of(9, 0), 60,
                Domain.ADVOCACY, Activity.ADVOCACY, Setting.COMMUNITY, "Joined a participant at a benefits office."));
        practice.saveDraft(null, 0, new EntryDetails(LocalDate.now(clock).minusDays(1), LocalTime.of(14, 0), 30,
                Domain.MENTORING_EDUCATION, Activity.ONE_TO_ONE, Setting.PHONE_VIDEO, "Logged by mistake."));
        navigate(PracticeView.class);
        Grid<EntryView> grid = $(Grid.class).all().stream()
                .filter(g -> g.getAriaLabel().filter("My practice entries"::equals).isPresent()).findFirst().orElseThrow();
        int actions = grid.getColumns().indexOf(grid.getColumnByKey("actions"));
        int mistaken = test(grid).getRow(0).date().equals(kept.date()) ? 1 : 0;
        Button delete = ((Span) test(grid).getCellComponent(mistaken, actions)).getChildren()
                .map(Button.class::cast).filter(b -> b.getText().equals("Delete")).findFirst().orElseThrow();

        test(delete).click();
        test($(ConfirmDialog.class).single()).cancel();
        assertThat(practice.myEntries()).as("cancelling keeps the draft").hasSize(2);

        test(delete).click();
        test($(ConfirmDialog.class).single()).confirm();
        assertThat(practice.myEntries()).singleElement().satisfies(e -> assertThat(e.id()).isEqualTo(kept.id()));
    }

    @Test
    @SignedInAs(Role.TRAINEE)
    @SuppressWarnings("unchecked")
    void identifyingDetailsAndMissingFieldsAreReportedInOneRound() {
        navigate(PracticeView.class);
        TextArea note = $(TextArea.class).withLabel("Reflection (de-identified)").single();
        String typed = "Drove Maria Lopez to her intake; her phone is 555-201-3344.";
        test(note).setValue(typed);

        test($(Button.class).withText("Save draft").single()).click();

        Select<Domain> domain = $(Select.class).withLabel("IC&RC domain").single();
        TimePicker start = $(TimePicker.class).withLabel("Start time").single();
        assertThat(domain.isInvalid()).as("the missing domain is reported with the PHI finding").isTrue();
        assertThat(start.isInvalid()).isTrue();
        assertThat(note.isInvalid()).isTrue();
        assertThat(note.getErrorMessage()).contains("a phone number");
        assertThat($(Div.class).withClassName("phi-warning").single().isVisible()).isTrue();
        assertThat(note.getValue()).isEqualTo(typed);
        assertThat(practice.myEntries()).isEmpty();
    }

    @Test
    @SignedInAs(Role.TRAINEE)
    void sessionTopicsThatIdentifySomeoneAreHighlightedAndKept() {
        navigate(PracticeView.class);
        TextArea topics = $(TextArea.class).withLabel("Topics discussed").single();
        String typed = "Boundaries when Jamal Carter asked me for a loan.";
        test(topics).setValue(typed);

        test($(Button.class).withText("Log session").single()).click();

        assertThat(practice.mySessions()).isEmpty();
        assertThat(topics.getValue()).isEqualTo(typed);
        assertThat(topics.isInvalid()).isTrue();
        assertThat(topics.getErrorMessage()).contains("a person's name");
        assertThat($(Div.class).withClassName("phi-warning").all()).filteredOn(Div::isVisible).singleElement()
                .satisfies(w -> assertThat(w.getElement().getOuterHTML()).contains("<mark title=\"a person's name\">Jamal Carter</mark>"));
    }

    @Test
    @SignedInAs(Role.TRAINEE)
    void hoursAreShownPerDomainAndStatusInATable() {
        practice.saveDraft(null, 0, new EntryDetails(LocalDate.now(clock).minusDays(1), LocalTime.of(9, 0), 90,
                Domain.ADVOCACY, Activity.ADVOCACY, Setting.COMMUNITY, "Joined a participant at a benefits office."));
        navigate(PracticeView.class);

        NativeTable table = $(NativeTable.class).withClassName("totals-table").single();

        assertThat(table.getCaptionText()).isEqualTo("Practice hours by domain and status");
        assertThat(table.getHead().getRows().getFirst().getHeaderCells()).extracting(NativeTableHeaderCell::getText)
                .containsExactly("Domain", "Draft", "Waiting for sign-off", "Signed", "Returned", "All logged");
        var rows = table.getBody().getRows();
        assertThat(rows).hasSize(Domain.values().length + 1);
        assertThat(rows.getFirst().getHeaderCells().getFirst().getText()).isEqualTo("Advocacy");
        assertThat(rows.getFirst().getDataCells()).extracting(NativeTableCell::getText)
                .containsExactly("1.5 h", "0 h", "0 h", "0 h", "1.5 h");
        assertThat(rows.getLast().getHeaderCells().getFirst().getText()).isEqualTo("All domains");
    }
}
