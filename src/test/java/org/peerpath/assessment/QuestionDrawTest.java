package org.peerpath.assessment;

import org.junit.jupiter.api.Test;
import org.peerpath.content.QuestionDefinition;
import org.peerpath.content.QuestionDefinition.Type;

import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The draw on a small made-up bank, where every case can be seen by eye. */
class QuestionDrawTest {

    static QuestionDefinition q(String id, String... tags) {
        return new QuestionDefinition(id, Type.TRUE_FALSE, List.of(tags), "Prompt " + id, null, List.of(), List.of(), true,
                List.of(), List.of(), List.of(), null, null);
    }

    static final List<QuestionDefinition> BANK = List.of(
            q("q1", "boundaries", "ethics"), q("q2", "boundaries"), q("q3", "reflections"), q("q4", "reflections"),
            q("q5", "wellness"), q("q6", "wellness"), q("q7", "spirit"), q("q8", "spirit"));

    static List<String> ids(List<QuestionDefinition> drawn) {
        return drawn.stream().map(QuestionDefinition::id).toList();
    }

    @Test
    void everyCoverTagIsCovered_withoutAskingAnyQuestionTwice_whateverTheRandomSeed() {
        List<String> cover = List.of("boundaries", "ethics", "reflections", "wellness");
        for (int seed = 0; seed < 200; seed++) {
            List<QuestionDefinition> drawn = QuestionDraw.draw(BANK, 5, cover, new Random(seed));

            assertThat(ids(drawn)).as("seed %d", seed).hasSize(5).doesNotHaveDuplicates();
            for (String tag : cover) {
                assertThat(drawn).as("seed %d covers %s", seed, tag).anyMatch(x -> x.tags().contains(tag));
            }
        }
    }

    @Test
    void withMoreCoverTagsThanQuestionsEachDrawnQuestionCoversADifferentTag_inTheOrderTheModuleListsThem() {
        List<String> cover = List.of("spirit", "wellness", "reflections", "boundaries", "ethics");
        for (int seed = 0; seed < 50; seed++) {
            List<QuestionDefinition> drawn = QuestionDraw.draw(BANK, 3, cover, new Random(seed));

            assertThat(ids(drawn)).hasSize(3).doesNotHaveDuplicates();
            assertThat(drawn.stream().map(x -> x.tags().getFirst()))
                    .containsExactlyInAnyOrder("spirit", "wellness", "reflections");
        }
    }

    @Test
    void aTagNoQuestionCarriesIsSkipped_andAskingForMoreThanTheBankGivesTheWholeBankOnce() {
        List<QuestionDefinition> drawn = QuestionDraw.draw(BANK, 20, List.of("no-such-tag", "spirit"), new Random(1));

        assertThat(ids(drawn)).hasSize(BANK.size()).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(ids(BANK));
    }

    @Test
    void retakesDrawDifferentQuestionsAndOrders() {
        long distinct = IntStream.range(0, 20)
                .mapToObj(seed -> ids(QuestionDraw.draw(BANK, 4, List.of("boundaries"), new Random(seed))))
                .distinct().count();

        assertThat(distinct).isGreaterThan(10);
    }
}
