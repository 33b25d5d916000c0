package org.peerpath.assessment;

import org.junit.jupiter.api.Test;
import org.peerpath.content.ContentValidator;
import org.peerpath.content.ModuleDefinition;
import org.peerpath.content.QuestionDefinition;
import org.peerpath.content.QuestionDefinition.Item;
import org.peerpath.content.QuestionDefinition.Option;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class DrawAndPresentationTest {

    private final List<ModuleDefinition> modules = ContentValidator.check(Path.of("course-content")).content().modules();

    @Test
    void everyAttemptCoversEachRequiredTag_andRetakesDrawAgain() {
        for (ModuleDefinition module : modules) {
            int count = module.quiz().questionsPerAttempt();
            List<String> cover = module.quiz().coverTags();
            List<QuestionDefinition> first = QuestionDraw.draw(module.questions(), count, cover, new Random(1));
            List<QuestionDefinition> retake = QuestionDraw.draw(module.questions(), count, cover, new Random(2));

            assertThat(first).as(module.id()).hasSize(count).doesNotHaveDuplicates();
            for (String tag : cover) {
                assertThat(first).as(module.id() + " covers " + tag).anyMatch(q -> q.tags().contains(tag));
            }
            assertThat(retake.stream().map(QuestionDefinition::id).toList())
                    .as(module.id() + ": a retake draws anew").isNotEqualTo(first.stream().map(QuestionDefinition::id).toList());
        }
    }

    @Test
    void whatReachesTheBrowserBeforeSubmissionHoldsNoAnswerKey() {
        Random random = new Random(7);
        for (ModuleDefinition module : modules) {
            for (QuestionDefinition q : module.questions()) {
                PresentedQuestion shown = PresentedQuestion.of(q, random);
                String everything = shown.toString();

                for (Option option : q.options()) {
                    assertThat(everything).as(q.id()).doesNotContain(option.feedback());
                }
                for (Item item : q.items()) {
                    if (item.feedback() != null) {
                        assertThat(everything).as(q.id()).doesNotContain(item.feedback());
                    }
                }
                assertThat(everything).as(q.id()).doesNotContain(q.explanation());
                if (q.sampleAnswer() != null) {
                    assertThat(everything).as(q.id()).doesNotContain(q.sampleAnswer());
                }
                // Same options and items as the definition, nothing more.
                assertThat(shown.options().stream().map(PresentedQuestion.Choice::id).collect(Collectors.toSet()))
                        .isEqualTo(q.options().stream().map(Option::id).collect(Collectors.toSet()));
                if (q.type() == QuestionDefinition.Type.ORDERING) {
                    assertThat(shown.items().stream().map(PresentedQuestion.Choice::id).toList())
                            .as(q.id() + " must not be shown in the right order")
                            .isNotEqualTo(q.items().stream().map(Item::id).toList());
                }
            }
        }
    }

    @Test
    void optionsAreShuffledPerAttempt() {
        QuestionDefinition q = modules.getFirst().questions().stream()
                .filter(x -> x.options().size() >= 4).findFirst().orElseThrow();
        Set<List<String>> orders = new java.util.HashSet<>();
        Random random = new Random(3);
        for (int i = 0; i < 20; i++) {
            orders.add(PresentedQuestion.of(q, random).options().stream().map(PresentedQuestion.Choice::id).toList());
        }
        assertThat(orders).hasSizeGreaterThan(1);
    }
}
