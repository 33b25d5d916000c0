package org.peerpath.assessment;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ItemAnalysisTest {

    static ItemAnalysis.ScoredAttempt attempt(int percent, Map<String, Integer> scores) {
        Map<String, BigDecimal> s = new java.util.HashMap<>();
        scores.forEach((q, v) -> s.put(q, BigDecimal.valueOf(v)));
        return new ItemAnalysis.ScoredAttempt(BigDecimal.valueOf(percent), s);
    }

    @Test
    void facilityIsTheShareRight_andDiscriminationComparesTheTopAndBottomThirds() {
        List<ItemAnalysis.ScoredAttempt> attempts = List.of(
                attempt(90, Map.of("good", 1, "easy", 1)), attempt(85, Map.of("good", 1, "easy", 1)),
                attempt(60, Map.of("good", 1, "easy", 1)), attempt(55, Map.of("good", 0, "easy", 1)),
                attempt(30, Map.of("good", 0, "easy", 1)), attempt(20, Map.of("good", 0, "easy", 1)));

        var stats = ItemAnalysis.analyse(attempts, Map.of("good", "Which reply is a complex reflection?"));

        var easy = stats.get(0);
        var good = stats.get(1);
        assertThat(good.questionId()).isEqualTo("good");
        assertThat(good.prompt()).isEqualTo("Which reply is a complex reflection?");
        assertThat(easy.prompt()).as("a question whose prompt is not known shows its id").isEqualTo("easy");
        assertThat(good.attempts()).isEqualTo(6);
        assertThat(good.facility()).isEqualByComparingTo("0.50");
        assertThat(good.discrimination()).isEqualByComparingTo("1.00");
        assertThat(easy.facility()).isEqualByComparingTo("1.00");
        assertThat(easy.discrimination()).isEqualByComparingTo("0.00");
        assertThat(easy.flags()).as("six attempts are too few to flag").isEmpty();
    }

    @Test
    void withEnoughAttemptsQuestionsNobodyOrEverybodyGetsRightAreFlagged_asAreOnesThatDoNotDiscriminate() {
        List<ItemAnalysis.ScoredAttempt> attempts = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            // "coin" is right for alternate trainees whatever their overall score.
            attempts.add(attempt(100 - i * 5, Map.of("never", 0, "always", 1, "coin", i % 2)));
        }

        var byId = ItemAnalysis.analyse(attempts, Map.of()).stream()
                .collect(java.util.stream.Collectors.toMap(ItemAnalysis.ItemStatistics::questionId, s -> s));

        assertThat(byId.get("never").flags()).containsExactly(ItemAnalysis.Flag.NOBODY_RIGHT);
        assertThat(byId.get("always").flags()).containsExactly(ItemAnalysis.Flag.EVERYBODY_RIGHT);
        assertThat(byId.get("coin").flags()).containsExactly(ItemAnalysis.Flag.DOES_NOT_DISCRIMINATE);
    }

    @Test
    void questionsAreAnalysedOverTheAttemptsThatAskedThem() {
        var stats = ItemAnalysis.analyse(List.of(attempt(80, Map.of("a", 1)), attempt(40, Map.of("b", 0))), Map.of());
        assertThat(stats).extracting(ItemAnalysis.ItemStatistics::attempts).containsExactly(1, 1);
        assertThat(stats.getFirst().discrimination()).isNull();
    }
}
