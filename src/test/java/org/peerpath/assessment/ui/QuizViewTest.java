package org.peerpath.assessment.ui;

import org.peerpath.testsupport.ViewTestWithContent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import com.vaadin.flow.dom.Element;
import org.peerpath.assessment.AccommodationTerms;
import org.peerpath.assessment.Answer;
import org.peerpath.content.QuestionDefinition;
import org.peerpath.assessment.PresentedQuestion;
import org.peerpath.identity.CurrentUser;
import org.peerpath.learning.ui.MyLearningView;
import org.peerpath.assessment.QuizService;
import org.peerpath.identity.Role;
import org.peerpath.testsupport.Fixtures;
import org.peerpath.testsupport.IntegrationTest;
import org.peerpath.testsupport.MutableClock;
import org.peerpath.testsupport.SignedInAs;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class QuizViewTest extends ViewTestWithContent {

    @Autowired
    QuizService quiz;
    @Autowired
    Fixtures fixtures;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    @SignedInAs(Role.TRAINEE)
    void aTraineeStartsAnAttempt_answersAreSavedAsTheyGo_andSubmittingShowsTheReview() {
        navigate(QuizView.class, Map.of("moduleId", "empathy-sandwich"));
        assertThat($(Paragraph.class).all()).anySatisfy(p -> assertThat(p.getText()).contains("Pass mark 80%", "Time limit 25 minutes"));

        test($(Button.class).withText("Start attempt 1").single()).click();

        assertThat($(Div.class).withClassName("quiz-question").all()).hasSize(10);
        // The draw is random: the first question answered by choosing one option (true/false questions use another group).
        @SuppressWarnings("unchecked")
        RadioButtonGroup<PresentedQuestion.Choice> first = $(RadioButtonGroup.class)
                .withCondition(g -> g.getListDataView().getItem(0) instanceof PresentedQuestion.Choice).first();
        PresentedQuestion.Choice chosen = first.getListDataView().getItem(0);
        test(first).selectItem(chosen.text());

        // A refresh (a new view) resumes the same attempt with the answer kept.
        navigate(QuizView.class, Map.of("moduleId", "empathy-sandwich"));
        test($(Button.class).withText("Resume your attempt").single()).click();
        @SuppressWarnings("unchecked")
        RadioButtonGroup<PresentedQuestion.Choice> again = $(RadioButtonGroup.class)
                .withCondition(g -> g.getListDataView().getItem(0) instanceof PresentedQuestion.Choice).first();
        assertThat(again.getValue()).isEqualTo(chosen);

        test($(Button.class).withText("Submit answers").single()).click();
        // Most questions are blank (an ordering question, if drawn, counts its shown order): the trainee is asked
        // first, and may go back to answering.
        ConfirmDialog ask = $(ConfirmDialog.class).single();
        assertThat(ask.getElement().getProperty("header")).matches("Submit with [89] questions unanswered\\?");
        test(ask).cancel();
        assertThat(getCurrentView()).isInstanceOf(QuizView.class);
        assertThat($(Button.class).withText("Submit answers").single().isEnabled()).isTrue();

        test($(Button.class).withText("Submit answers").single()).click();
        test($(ConfirmDialog.class).single()).confirm();

        assertThat(getCurrentView()).isInstanceOf(QuizReviewView.class);
        assertThat($(Paragraph.class).withClassName("quiz-result").single().getText()).startsWith("Not passed");
        assertThat($(Paragraph.class).withClassName("quiz-explanation").all()).isNotEmpty();
    }

    @Test
    @SignedInAs(Role.TRAINEE)
    void aPageLeftBehindNoLongerTicks_soItCannotSubmitTheAttemptOrAnnounceThatTimeIsUp() {
        navigate(QuizView.class, Map.of("moduleId", "empathy-sandwich"));
        test($(Button.class).withText("Start attempt 1").single()).click();
        long attemptId = jdbc.queryForObject("select id from quiz_attempt where trainee_id = ?", Long.class, currentUser.require().id());
        // The trainee goes to their learning page and back: the first quiz page is detached, the UI lives on.
        navigate(MyLearningView.class);
        navigate(QuizView.class, Map.of("moduleId", "empathy-sandwich"));

        clock.advance(Duration.ofMinutes(26));
        UI ui = UI.getCurrent();
        ComponentUtil.fireEvent(ui, new PollEvent(ui, true));

        assertThat($(Notification.class).exists()).as("no 'Time is up' from the page left behind").isFalse();
        assertThat(jdbc.queryForObject("select status from quiz_attempt where id = ?", String.class, attemptId))
                .as("only the trainee's current page or the server's deadline closes the attempt").isEqualTo("IN_PROGRESS");
    }

    @Test
    @SignedInAs(Role.TRAINEE)
    void afterUpOrDownTheKeyboardStaysOnTheMovedItemsButton() {
        PresentedQuestion q = new PresentedQuestion("o1", QuestionDefinition.Type.ORDERING, "Put the layers in order.", null,
                List.of(), List.of(), List.of(new PresentedQuestion.Choice("c", "Challenge"), new PresentedQuestion.Choice("v", "Validate"),
                new PresentedQuestion.Choice("s", "Strengths")), 0);
        List<Answer> saved = new ArrayList<>();
        OrderingInput input = new OrderingInput(q, null, saved::add);
        UI.getCurrent().add(input);
        UI.getCurrent().getInternals().getStateTree().runExecutionsBeforeClientResponse();
        UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations();

        test($(Button.class, input).withAttribute("aria-label", "Move up: Validate").single()).click();

        assertThat(saved).containsExactly(new Answer.Ordering(List.of("v", "c", "s")));
        // At the top its Up button is disabled, so the keyboard goes to its Down button, never back to the page.
        assertThat(focused()).isEqualTo($(Button.class, input).withAttribute("aria-label", "Move down: Validate").single());

        // Further to go: the keyboard stays on the same button, ready to press again.
        test($(Button.class, input).withAttribute("aria-label", "Move down: Validate").single()).click();
        assertThat(saved.getLast()).isEqualTo(new Answer.Ordering(List.of("c", "v", "s")));
        assertThat(focused()).isEqualTo($(Button.class, input).withAttribute("aria-label", "Move down: Validate").single());
    }

    /** The one component asked to take focus since the last look. */
    private static Component focused() {
        UI.getCurrent().getInternals().getStateTree().runExecutionsBeforeClientResponse();
        List<Component> asked = UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .filter(i -> i.getInvocation().getExpression().contains("focus"))
                .map(i -> Element.get(i.getOwner()).getComponent().orElseThrow()).toList();
        assertThat(asked).hasSize(1);
        return asked.getFirst();
    }

    @Test
    @SignedInAs(Role.ORG_ADMIN)
    void anOrgAdminGivesATraineeExtraTime_andABadValueIsExplainedOnTheFieldWithoutLosingIt() {
        String trainee = fixtures.account(currentUser.require().organizationId(), Role.TRAINEE);
        navigate(AccommodationsView.class);
        @SuppressWarnings("unchecked")
        Grid<AccommodationTerms> grid = $(Grid.class).single();
        test($(TextField.class).withCondition(f -> "Search trainees".equals(f.getAriaLabel().orElse(null))).single()).setValue(trainee);
        assertThat(test(grid).size()).isEqualTo(1);
        AccommodationTerms row = test(grid).getRow(0);
        assertThat(row.traineeId()).isEqualTo(fixtures.idOf(trainee));
        grid.select(row);

        IntegerField minutes = $(IntegerField.class).withLabel("Extra minutes per timed quiz").single();
        test(minutes).setValue(500);
        test($(Button.class).withText("Save accommodations").single()).click();
        assertThat(minutes.isInvalid()).isTrue();
        assertThat(minutes.getErrorMessage()).contains("0 to 240");
        assertThat(minutes.getValue()).isEqualTo(500);

        test(minutes).setValue(30);
        test($(Button.class).withText("Save accommodations").single()).click();
        assertThat(quiz.accommodations("", 0, 1000)).filteredOn(t -> t.traineeId() == row.traineeId())
                .extracting(AccommodationTerms::extraMinutes).containsExactly(30);
    }
}
