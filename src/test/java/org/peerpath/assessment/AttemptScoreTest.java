package org.peerpath.assessment;

import org.junit.jupiter.api.Test;
import org.peerpath.assessment.QuestionResult.Outcome;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AttemptScoreTest {

    @Test
    void exactlyThePassMarkPasses_andJustBelowFails() {
        assertThat(AttemptScore.of(results(8, 2), 80)).satisfies(s -> {
            assertThat(s.percent()).isEqualByComparingTo("80.0");
            assertThat(s.passed()).isTrue();
            assertThat(s.pending()).isFalse();
        });
        assertThat(AttemptScore.of(results(7, 3), 80).passed()).isFalse();
    }

    @Test
    void partialCreditCountsTowardsTheTotal() {
        List<QuestionResult> results = new ArrayList<>(results(7, 2));
        results.add(new QuestionResult("half", Outcome.PARTLY_CORRECT, new BigDecimal("0.5"), List.of()));

        assertThat(AttemptScore.of(results, 75).percent()).isEqualByComparingTo("75.0");
    }

    @Test
    void aWrittenAnswerAwaitingReviewHoldsBackTheResult() {
        List<QuestionResult> results = new ArrayList<>(results(10, 0));
        results.add(new QuestionResult("w", Outcome.PENDING_REVIEW, BigDecimal.ZERO, List.of()));

        AttemptScore score = AttemptScore.of(results, 80);

        assertThat(score.pending()).isTrue();
        assertThat(score.passed()).isFalse();
    }

    private static List<QuestionResult> results(int right, int wrong) {
        List<QuestionResult> list = new ArrayList<>();
        for (int i = 0; i < right; i++) {
            list.add(new QuestionResult("r" + i, Outcome.CORRECT, BigDecimal.ONE, List.of()));
        }
        for (int i = 0; i < wrong; i++) {
            list.add(new QuestionResult("w" + i, Outcome.INCORRECT, BigDecimal.ZERO, List.of()));
        }
        return list;
    }
}
