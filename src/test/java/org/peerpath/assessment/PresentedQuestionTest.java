package org.peerpath.assessment;

import org.junit.jupiter.api.Test;
import org.peerpath.content.QuestionDefinition;
import org.peerpath.content.QuestionDefinition.Category;
import org.peerpath.content.QuestionDefinition.Item;
import org.peerpath.content.QuestionDefinition.Option;
import org.peerpath.content.QuestionDefinition.RubricCriterion;
import org.peerpath.content.QuestionDefinition.Type;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the browser gets before submission, on made-up questions whose key strings are easy to spot: no field
 * that could hold the key, no right option marked or placed first, no item's category, no ordering in its order.
 */
class PresentedQuestionTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    static final QuestionDefinition SCENARIO = new QuestionDefinition("s1", Type.SCENARIO, List.of("t"),
            "Which reply keeps the boundary?", "Kim asks to borrow money.",
            List.of(new Option("a", "Lend a little.", "FEEDBACK-A lending blurs roles"),
                    new Option("b", "Name the limit warmly and offer resources.", "FEEDBACK-B right: warm and clear"),
                    new Option("c", "Ignore the question.", "FEEDBACK-C avoidance"),
                    new Option("d", "Ask a colleague to lend it.", "FEEDBACK-D still a loan")),
            List.of("b"), null, List.of(), List.of(), List.of(), null, "EXPLANATION-S1 boundaries protect both");

    static final QuestionDefinition CLASSIFICATION = new QuestionDefinition("c1", Type.CLASSIFICATION, List.of("t"),
            "Sort each statement.", null, List.of(), List.of(), null,
            List.of(new Category("change", "Change talk"), new Category("sustain", "Sustain talk")),
            List.of(new Item("i1", "I want to be there for my kids.", "change", "ITEMFEEDBACK-1 desire"),
                    new Item("i2", "Drinking is how I relax.", "sustain", "ITEMFEEDBACK-2 status quo"),
                    new Item("i3", "I could call tomorrow.", "change", "ITEMFEEDBACK-3 ability")),
            List.of(), null, "EXPLANATION-C1 darn-cat");

    static final QuestionDefinition ORDERING = new QuestionDefinition("o1", Type.ORDERING, List.of("t"),
            "Put the layers in order.", null, List.of(), List.of(), null, List.of(),
            List.of(new Item("validate", "Validate", null, null), new Item("challenge", "Challenge", null, null)),
            List.of(), null, "EXPLANATION-O1 order");

    static final QuestionDefinition TRUE_FALSE = new QuestionDefinition("t1", Type.TRUE_FALSE, List.of("t"),
            "Coaches diagnose.", null, List.of(), List.of(), false, List.of(), List.of(), List.of(), null,
            "EXPLANATION-T1 scope");

    static final QuestionDefinition WRITTEN = new QuestionDefinition("w1", Type.WRITTEN, List.of("t"),
            "Write a complex reflection.", "I know I should go.", List.of(), List.of(), null, List.of(), List.of(),
            List.of(new RubricCriterion("RUBRIC-depth", 2), new RubricCriterion("RUBRIC-statement", 1)),
            "SAMPLE-ANSWER part of you wants to go", "EXPLANATION-W1 reflections");

    static final List<QuestionDefinition> ALL = List.of(SCENARIO, CLASSIFICATION, ORDERING, TRUE_FALSE, WRITTEN);

    @Test
    void theRecordHasNoFieldThatCouldHoldTheKey() {
        assertThat(names(PresentedQuestion.class.getRecordComponents())).containsExactlyInAnyOrder(
                "id", "type", "prompt", "scenario", "options", "categories", "items", "maxRubricPoints");
        assertThat(names(PresentedQuestion.Choice.class.getRecordComponents())).containsExactlyInAnyOrder("id", "text");
    }

    @Test
    void noKeyFeedbackExplanationSampleOrRubricTextReachesTheSerialisedQuestion() {
        Random random = new Random(11);
        for (QuestionDefinition q : ALL) {
            String json = JSON.writeValueAsString(PresentedQuestion.of(q, random));

            assertThat(json).as(q.id()).doesNotContain("FEEDBACK", "EXPLANATION", "SAMPLE-ANSWER", "RUBRIC-",
                    "\"answer", "answerTrue", "correct", "\"category\"", "\"feedback\"", "false");
        }
        assertThat(JSON.writeValueAsString(PresentedQuestion.of(WRITTEN, random))).contains("\"maxRubricPoints\":3");
    }

    @Test
    void classificationItemsCarryNoCategory_onlyTheListOfAllCategories() {
        JsonNode shown = JSON.readTree(JSON.writeValueAsString(PresentedQuestion.of(CLASSIFICATION, new Random(5))));

        for (JsonNode item : shown.get("items")) {
            assertThat(new HashSet<>(item.propertyNames())).isEqualTo(Set.of("id", "text"));
        }
        assertThat(shown.get("categories")).hasSize(2);
    }

    @Test
    void theRightOptionIsNotGivenAwayByItsPosition() {
        Random random = new Random(9);
        Set<Integer> positions = new HashSet<>();
        for (int i = 0; i < 40; i++) {
            List<String> ids = PresentedQuestion.of(SCENARIO, random).options().stream().map(PresentedQuestion.Choice::id).toList();
            positions.add(ids.indexOf("b"));
        }
        assertThat(positions).as("positions of the right option over 40 attempts").hasSizeGreaterThan(2);
    }

    @Test
    void anOrderingQuestionIsNeverShownInItsRightOrder_evenWithTwoItems() {
        for (int seed = 0; seed < 50; seed++) {
            assertThat(PresentedQuestion.of(ORDERING, new Random(seed)).items())
                    .extracting(PresentedQuestion.Choice::id).containsExactly("challenge", "validate");
        }
    }

    @Test
    void anAnswerIsAcceptedOnlyWhenItIsOfTheQuestionsKindAndNamesWhatTheQuestionShows() {
        Random random = new Random(3);
        PresentedQuestion scenario = PresentedQuestion.of(SCENARIO, random);
        PresentedQuestion classification = PresentedQuestion.of(CLASSIFICATION, random);
        PresentedQuestion ordering = PresentedQuestion.of(ORDERING, random);
        PresentedQuestion written = PresentedQuestion.of(WRITTEN, random);

        assertThat(scenario.problemWith(new Answer.Choice("b"))).isEmpty();
        assertThat(scenario.problemWith(new Answer.Choice(null))).as("a choice taken back").isEmpty();
        assertThat(scenario.problemWith(new Answer.Written("b"))).hasValueSatisfying(p -> assertThat(p).contains("which takes one of its options"));
        assertThat(scenario.problemWith(new Answer.Choice("z"))).hasValueSatisfying(p -> assertThat(p).contains("does not offer"));
        assertThat(PresentedQuestion.of(TRUE_FALSE, random).problemWith(new Answer.Choice("a"))).isPresent();

        assertThat(classification.problemWith(new Answer.Classification(Map.of("i1", "change")))).as("partly sorted").isEmpty();
        assertThat(classification.problemWith(new Answer.Classification(Map.of("i1", "other")))).isPresent();
        assertThat(classification.problemWith(new Answer.Classification(Map.of("i9", "change")))).isPresent();

        assertThat(ordering.problemWith(new Answer.Ordering(List.of("validate", "challenge")))).isEmpty();
        assertThat(ordering.problemWith(new Answer.Ordering(List.of("validate")))).hasValueSatisfying(p -> assertThat(p).contains("each of the question's items once"));
        assertThat(ordering.problemWith(new Answer.Ordering(List.of("validate", "validate")))).isPresent();
        assertThat(ordering.problemWith(new Answer.Classification(Map.of()))).isPresent();

        assertThat(written.problemWith(new Answer.Written("x".repeat(PresentedQuestion.MAX_WRITTEN_LENGTH)))).isEmpty();
        assertThat(written.problemWith(new Answer.Written("x".repeat(PresentedQuestion.MAX_WRITTEN_LENGTH + 1)))).isPresent();
    }

    private static List<String> names(RecordComponent[] components) {
        return Arrays.stream(components).map(RecordComponent::getName).toList();
    }
}
