package org.peerpath.practice.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.Test;
import org.peerpath.content.Domain;
import org.peerpath.identity.CurrentUser;
import org.peerpath.identity.Role;
import org.peerpath.practice.Activity;
import org.peerpath.practice.EntryDetails;
import org.peerpath.practice.EntryRef;
import org.peerpath.practice.EntryStatus;
import org.peerpath.practice.EntryView;
import org.peerpath.practice.PracticeService;
import org.peerpath.practice.Setting;
import org.peerpath.testsupport.Fixtures;
import org.peerpath.testsupport.IntegrationTest;
import org.peerpath.testsupport.SignedInAs;
import org.peerpath.testsupport.ViewTestWithContent;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The supervisor's review queue and their trainees' records. */
@IntegrationTest
class ReviewViewTest extends ViewTestWithContent {

    @Autowired
    PracticeService practice;
    @Autowired
    Fixtures fixtures;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    Clock clock;

    /** A trainee of the signed-in supervisor with entries at these hours, submitted; the supervisor signed in again. */
    private List<EntryView> submittedByMyTrainee(int... hours) {
        String me = currentUser.require().email();
        String trainee = fixtures.account(currentUser.require().organizationId(), currentUser.require().id(), Role.TRAINEE);
        fixtures.signIn(trainee);
        List<EntryRef> refs = new ArrayList<>();
        for (int hour : hours) {
            EntryView draft = practice.saveDraft(null, 0, new EntryDetails(LocalDate.now(clock).minusDays(1), LocalTime.of(hour, 0), 60,
                    Domain.ADVOCACY, Activity.ADVOCACY, Setting.COMMUNITY, "Went with a participant to a housing appointment."));
            refs.add(new EntryRef(draft.id(), draft.version()));
        }
        List<EntryView> submitted = practice.submit(refs);
        fixtures.signIn(me);
        return submitted;
    }

    /** The supervisor's home is the queue, opened before the entries existed: go there anew. */
    private void openQueue() {
        navigate(PracticeRecordsView.class);
        navigate(ReviewView.class);
    }

    private Div rowOf(EntryView entry) {
        return $(Div.class).withClassName("review-entry").all().stream()
                .filter(d -> $(Button.class).from(d).all().stream().anyMatch(b -> b.getAriaLabel()
                        .filter(label -> label.endsWith(entry.date() + " " + entry.start())).isPresent()))
                .findFirst().orElseThrow();
    }

    @Test
    @SignedInAs(Role.SUPERVISOR)
    void returningOneEntryKeepsWhatWasTickedAndTyped_onTheOthers() {
        List<EntryView> submitted = submittedByMyTrainee(8, 10, 12);
        openQueue();
        test($(Checkbox.class).from(rowOf(submitted.get(1))).single()).click();
        test($(Button.class).from(rowOf(submitted.get(2))).withText("Return…").single()).click();
        test($(TextArea.class).from(rowOf(submitted.get(2))).single()).setValue("Half-typed: was this");

        test($(Button.class).from(rowOf(submitted.getFirst())).withText("Return…").single()).click();
        test($(TextArea.class).from(rowOf(submitted.getFirst())).single()).setValue("This was group time.");
        test($(Button.class).from(rowOf(submitted.getFirst())).withText("Return to trainee").single()).click();

        assertThat($(Div.class).withClassName("review-entry").all()).hasSize(2);
        assertThat($(Checkbox.class).from(rowOf(submitted.get(1))).single().getValue()).as("still ticked").isTrue();
        TextArea halfTyped = $(TextArea.class).from(rowOf(submitted.get(2))).single();
        assertThat(halfTyped.isVisible()).isTrue();
        assertThat(halfTyped.getValue()).isEqualTo("Half-typed: was this");
        assertThat($(Checkbox.class).from(rowOf(submitted.get(2))).single().getValue()).isFalse();
    }

    @Test
    @SignedInAs(Role.SUPERVISOR)
    void aReturnCommentThatIdentifiesSomeoneIsHighlightedAndKept_andTheEntryStaysInTheQueue() {
        EntryView entry = submittedByMyTrainee(9).getFirst();
        openQueue();
        Div row = rowOf(entry);
        test($(Button.class).from(row).withText("Return…").single()).click();
        TextArea comment = $(TextArea.class).from(row).single();
        String typed = "Leave out that you drove Maria Lopez home.";
        test(comment).setValue(typed);

        test($(Button.class).from(row).withText("Return to trainee").single()).click();

        assertThat(comment.isInvalid()).isTrue();
        assertThat(comment.getValue()).isEqualTo(typed);
        assertThat($(Div.class).from(row).withClassName("phi-warning").single().getElement().getOuterHTML())
                .contains("<mark title=\"a person's name\">Maria Lopez</mark>");
        assertThat(practice.queue()).singleElement().satisfies(e -> assertThat(e.status()).isEqualTo(EntryStatus.SUBMITTED));
    }

    @Test
    @SignedInAs(Role.SUPERVISOR)
    @SuppressWarnings("unchecked")
    void aSupervisorReadsTheirTraineesRecordWithEachEntrysHistory_butDoesNotReopen() {
        EntryView entry = submittedByMyTrainee(9).getFirst();
        practice.sign(List.of(new EntryRef(entry.id(), entry.version())), Fixtures.PASSWORD,
                new org.peerpath.practice.SignatureContext(null, null));
        navigate(PracticeRecordsView.class);

        test($(ComboBox.class).withCaption("Trainee").single()).selectItem(entry.traineeName());

        assertThat($(Button.class).withText("Reopen").all()).isEmpty();
        Details history = $(Details.class).withClassName("history").first();
        history.setOpened(true);
        assertThat($(ListItem.class).from(history).all()).extracting(li -> li.getElement().getTextRecursively())
                .anySatisfy(line -> assertThat(line).contains("Signed", "Status: Waiting for sign-off → Signed"))
                .anySatisfy(line -> assertThat(line).contains("Created", "Reflection: Went with a participant"));
    }
}
