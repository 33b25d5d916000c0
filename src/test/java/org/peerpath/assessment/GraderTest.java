package org.peerpath.assessment;

import org.junit.jupiter.api.Test;
import org.peerpath.assessment.QuestionResult.Outcome;
import org.peerpath.content.QuestionDefinition;
import org.peerpath.content.QuestionDefinition.Category;
import org.peerpath.content.QuestionDefinition.Item;
import org.peerpath.content.QuestionDefinition.Option;
import org.peerpath.content.QuestionDefinition.RubricCriterion;
import org.peerpath.content.QuestionDefinition.Type;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GraderTest {

    private static final List<Option> OPTIONS = List.of(
            new Option("a", "You should call anyway.", "Advice, not a reflection."),
            new Option("b", "Reaching out feels like taking something from people.", "A complex reflection: it names the feeling."),
            new Option("c", "Why haven't you called?", "A closed 'why' question can sound like blame."),
            new Option("d", "You hate feeling like a burden.", "A simple reflection: accurate, adds little."));

    @Test
    void scenarioAndSingleChoiceScoreAllOrNothing_withTheFeedbackForTheChosenOption() {
        QuestionDefinition q = question(Type.SCENARIO, List.of("b"));

        assertThat(Grader.grade(q, new Answer.Choice("b"))).satisfies(r -> {
            assertThat(r.outcome()).isEqualTo(Outcome.CORRECT);
            assertThat(r.score()).isEqualByComparingTo("1");
            assertThat(r.feedback()).containsExactly("A complex reflection: it names the feeling.");
        });
        assertThat(Grader.grade(q, new Answer.Choice("a"))).satisfies(r -> {
            assertThat(r.outcome()).isEqualTo(Outcome.INCORRECT);
            assertThat(r.score()).isEqualByComparingTo("0");
            assertThat(r.feedback()).containsExactly("Advice, not a reflection.");
        });
        assertThat(Grader.grade(question(Type.SINGLE_CHOICE, List.of("d")), new Answer.Choice("d")).outcome()).isEqualTo(Outcome.CORRECT);
    }

    @Test
    void multipleResponseGivesPartialCredit_butTickingEverythingEarnsNothing() {
        QuestionDefinition q = question(Type.MULTIPLE_RESPONSE, List.of("b", "d"));

        assertThat(Grader.grade(q, new Answer.MultipleResponse(Set.of("b", "d"))).score()).isEqualByComparingTo("1");
        assertThat(Grader.grade(q, new Answer.MultipleResponse(Set.of("b"))).score()).isEqualByComparingTo("0.5");
        assertThat(Grader.grade(q, new Answer.MultipleResponse(Set.of("b"))).outcome()).isEqualTo(Outcome.PARTLY_CORRECT);
        assertThat(Grader.grade(q, new Answer.MultipleResponse(Set.of("b", "d", "a"))).score()).isEqualByComparingTo("0.5");
        assertThat(Grader.grade(q, new Answer.MultipleResponse(Set.of("a", "b", "c", "d"))).score()).isEqualByComparingTo("0");
        assertThat(Grader.grade(q, new Answer.MultipleResponse(Set.of("a", "c"))).score()).isEqualByComparingTo("0");
        assertThat(Grader.grade(q, new Answer.MultipleResponse(Set.of())).outcome()).isEqualTo(Outcome.UNANSWERED);
    }

    @Test
    void multipleResponseWithThreeRightOfFive_likeTheShippedQuestions_givesNothingForTickingEveryBox() {
        List<Option> five = List.of(
                new Option("a", "Helping someone connect with housing resources", "Right."),
                new Option("b", "Diagnosing a substance use disorder", "Clinical work."),
                new Option("c", "Sharing lived experience briefly and with a purpose", "Right."),
                new Option("d", "Supporting a recovery pathway different from your own", "Right."),
                new Option("e", "Adjusting the dose of someone's medication", "The prescriber's decision."));
        QuestionDefinition q = new QuestionDefinition("q15", Type.MULTIPLE_RESPONSE, List.of("role-boundaries"),
                "Which of these are part of a coach's role?", null, five, List.of("a", "c", "d"), null,
                List.of(), List.of(), List.of(), null, "Coaches link, share and support.");

        assertThat(Grader.grade(q, new Answer.MultipleResponse(Set.of("a", "b", "c", "d", "e"))).score())
                .as("every box ticked").isEqualByComparingTo("0");
        assertThat(Grader.grade(q, new Answer.MultipleResponse(Set.of("a", "b", "c", "d", "e"))).outcome()).isEqualTo(Outcome.INCORRECT);
        assertThat(Grader.grade(q, new Answer.MultipleResponse(Set.of("a", "c", "d"))).score()).isEqualByComparingTo("1");
        assertThat(Grader.grade(q, new Answer.MultipleResponse(Set.of("a", "c"))).score()).isEqualByComparingTo("0.6667");
        // All three right and one of the two wrong: 3/3 − 1/2.
        assertThat(Grader.grade(q, new Answer.MultipleResponse(Set.of("a", "c", "d", "b"))).score()).isEqualByComparingTo("0.5");
        // One right and one wrong: 1/3 − 1/2 is below 0.
        assertThat(Grader.grade(q, new Answer.MultipleResponse(Set.of("a", "e"))).score()).isEqualByComparingTo("0");
    }

    @Test
    void trueFalse() {
        QuestionDefinition q = new QuestionDefinition("tf", Type.TRUE_FALSE, List.of("t"), "Part 2 blocks child-abuse reports.",
                null, List.of(), List.of(), false, List.of(), List.of(), List.of(), null, "It does not.");

        assertThat(Grader.grade(q, new Answer.TrueFalse(false)).outcome()).isEqualTo(Outcome.CORRECT);
        assertThat(Grader.grade(q, new Answer.TrueFalse(true)).outcome()).isEqualTo(Outcome.INCORRECT);
    }

    @Test
    void classificationScoresTheShareOfItemsInTheRightCategory_withFeedbackForTheMisplacedOnes() {
        QuestionDefinition q = new QuestionDefinition("cl", Type.CLASSIFICATION, List.of("change-talk"), "Sort each statement.",
                null, List.of(), List.of(), null,
                List.of(new Category("change", "Change talk"), new Category("sustain", "Sustain talk")),
                List.of(new Item("i1", "I want to be there for my daughter.", "change", "Desire."),
                        new Item("i2", "Drinking is how I relax.", "sustain", "A reason to keep things as they are."),
                        new Item("i3", "I could call the clinic tomorrow.", "change", "Ability."),
                        new Item("i4", "I've got to do something.", "change", "Need.")),
                List.of(), null, "");

        QuestionResult result = Grader.grade(q, new Answer.Classification(Map.of("i1", "change", "i2", "change", "i3", "change", "i4", "sustain")));

        assertThat(result.score()).isEqualByComparingTo("0.5");
        assertThat(result.feedback()).containsExactly("A reason to keep things as they are.", "Need.");
        assertThat(Grader.grade(q, new Answer.Classification(Map.of("i1", "change", "i2", "sustain", "i3", "change", "i4", "change"))).outcome())
                .isEqualTo(Outcome.CORRECT);
    }

    @Test
    void orderingScoresTheShareOfItemsInTheRightPosition() {
        QuestionDefinition q = new QuestionDefinition("or", Type.ORDERING, List.of("four-processes"), "Put the processes in order.",
                null, List.of(), List.of(), null, List.of(),
                List.of(new Item("engaging", "Engaging", null, null), new Item("focusing", "Focusing", null, null),
                        new Item("evoking", "Evoking", null, null), new Item("planning", "Planning", null, null)),
                List.of(), null, "");

        assertThat(Grader.grade(q, new Answer.Ordering(List.of("engaging", "focusing", "evoking", "planning"))).outcome()).isEqualTo(Outcome.CORRECT);
        assertThat(Grader.grade(q, new Answer.Ordering(List.of("engaging", "focusing", "planning", "evoking"))).score()).isEqualByComparingTo("0.5");
        assertThat(Grader.grade(q, new Answer.Ordering(List.of("planning", "evoking", "focusing", "engaging"))).score()).isEqualByComparingTo("0");
    }

    @Test
    void writtenAnswersWaitForASupervisor_whoGradesAgainstTheRubric() {
        QuestionDefinition q = new QuestionDefinition("w", Type.WRITTEN, List.of("reflections"), "Write a complex reflection.",
                "I know I should call my sponsor.", List.of(), List.of(), null, List.of(), List.of(),
                List.of(new RubricCriterion("Goes beyond the words", 2), new RubricCriterion("Is a statement, not a question", 1)),
                "Part of you wants support.", "");

        assertThat(Grader.grade(q, new Answer.Written("Reaching out feels risky."))).satisfies(r -> {
            assertThat(r.outcome()).isEqualTo(Outcome.PENDING_REVIEW);
            assertThat(r.score()).isEqualByComparingTo("0");
        });
        assertThat(Grader.grade(q, new Answer.Written("  ")).outcome()).isEqualTo(Outcome.UNANSWERED);

        QuestionResult graded = Grader.gradeWritten(q, List.of(2, 0), "Good depth; end on a statement.");
        assertThat(graded.score()).isEqualByComparingTo(new BigDecimal("0.6667"));
        assertThat(graded.feedback()).containsExactly("Good depth; end on a statement.");
        assertThatThrownBy(() -> Grader.gradeWritten(q, List.of(3, 1), null)).hasMessageContaining("0 to 2 points");
        assertThatThrownBy(() -> Grader.gradeWritten(q, List.of(2), null)).hasMessageContaining("each of the 2");
    }

    @Test
    void unansweredScoresZero_andAWrongKindOfAnswerIsAProgrammingError() {
        QuestionDefinition q = question(Type.SCENARIO, List.of("b"));

        assertThat(Grader.grade(q, null).outcome()).isEqualTo(Outcome.UNANSWERED);
        assertThatThrownBy(() -> Grader.grade(q, new Answer.TrueFalse(true))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void answersSavedAtOrAfterTheDeadlineAreGradedAsUnanswered_whateverTheyAre() {
        Instant start = Instant.parse("2026-11-23T09:00:00Z");
        TimeLimit limit = TimeLimit.of(start, 25, 0);
        Instant deadline = limit.deadline().orElseThrow();
        QuestionDefinition q = question(Type.SCENARIO, List.of("b"));
        Answer right = new Answer.Choice("b");

        assertThat(Grader.grade(q, new SavedAnswer(right, deadline.minusSeconds(1)), limit).outcome()).isEqualTo(Outcome.CORRECT);
        assertThat(Grader.grade(q, new SavedAnswer(right, deadline), limit)).satisfies(r -> {
            assertThat(r.outcome()).isEqualTo(Outcome.UNANSWERED);
            assertThat(r.score()).isEqualByComparingTo("0");
            assertThat(r.feedback()).isEmpty();
        });
        assertThat(Grader.grade(q, new SavedAnswer(right, deadline.plusSeconds(90)), limit).outcome()).isEqualTo(Outcome.UNANSWERED);
        assertThat(Grader.grade(q, null, limit).outcome()).isEqualTo(Outcome.UNANSWERED);
        // Without a time limit every saved answer counts.
        assertThat(Grader.grade(q, new SavedAnswer(right, deadline.plusSeconds(90)), TimeLimit.of(start, null, 0)).outcome())
                .isEqualTo(Outcome.CORRECT);
    }

    @Test
    void aWrittenAnswerSavedTooLateDoesNotWaitForASupervisor() {
        Instant start = Instant.parse("2026-11-23T09:00:00Z");
        TimeLimit limit = TimeLimit.of(start, 10, 5);
        QuestionDefinition q = new QuestionDefinition("w", Type.WRITTEN, List.of("reflections"), "Write a complex reflection.",
                null, List.of(), List.of(), null, List.of(), List.of(), List.of(new RubricCriterion("Depth", 2)), null, "");

        assertThat(Grader.grade(q, new SavedAnswer(new Answer.Written("You feel torn."), start.plusSeconds(14 * 60)), limit).outcome())
                .isEqualTo(Outcome.PENDING_REVIEW);
        assertThat(Grader.grade(q, new SavedAnswer(new Answer.Written("You feel torn."), start.plusSeconds(15 * 60)), limit).outcome())
                .isEqualTo(Outcome.UNANSWERED);
    }

    @Test
    void partlyAnsweredClassificationAndOrderingEarnOnlyWhatIsRight() {
        QuestionDefinition classification = new QuestionDefinition("cl", Type.CLASSIFICATION, List.of("t"), "Sort.", null,
                List.of(), List.of(), null, List.of(new Category("x", "X"), new Category("y", "Y")),
                List.of(new Item("i1", "One", "x", "f1"), new Item("i2", "Two", "y", "f2"), new Item("i3", "Three", "y", "f3"),
                        new Item("i4", "Four", "x", "f4")),
                List.of(), null, "");
        QuestionResult sorted = Grader.grade(classification, new Answer.Classification(Map.of("i1", "x", "i2", "y")));
        assertThat(sorted.score()).isEqualByComparingTo("0.5");
        assertThat(sorted.feedback()).containsExactly("f3", "f4");
        assertThat(Grader.grade(classification, new Answer.Classification(Map.of("i1", "nonsense"))).outcome()).isEqualTo(Outcome.INCORRECT);

        QuestionDefinition ordering = new QuestionDefinition("or", Type.ORDERING, List.of("t"), "Order.", null, List.of(),
                List.of(), null, List.of(),
                List.of(new Item("a", "A", null, null), new Item("b", "B", null, null), new Item("c", "C", null, null)),
                List.of(), null, "");
        assertThat(Grader.grade(ordering, new Answer.Ordering(List.of("a"))).score()).isEqualByComparingTo("0.3333");
        assertThat(Grader.grade(ordering, new Answer.Ordering(List.of("c", "a", "b"))).outcome()).isEqualTo(Outcome.INCORRECT);
    }

    @Test
    void multipleResponseDeductsTheShareOfWrongOptionsTicked_notTheirNumber() {
        QuestionDefinition q = question(Type.MULTIPLE_RESPONSE, List.of("b"));

        assertThat(Grader.grade(q, new Answer.MultipleResponse(Set.of("b"))).outcome()).isEqualTo(Outcome.CORRECT);
        // One of the three wrong options ticked: 1/1 − 1/3.
        assertThat(Grader.grade(q, new Answer.MultipleResponse(Set.of("b", "c"))).score()).isEqualByComparingTo("0.6667");
        assertThat(Grader.grade(q, new Answer.MultipleResponse(Set.of("a", "b", "c", "d"))).score()).isEqualByComparingTo("0");
    }

    private static QuestionDefinition question(Type type, List<String> answer) {
        return new QuestionDefinition("q1", type, List.of("reflections"), "Which reply is a complex reflection?",
                "Dana: \"I just hate feeling like a burden.\"", OPTIONS, answer, null, List.of(), List.of(), List.of(), null,
                "Complex reflections add meaning.");
    }
}
