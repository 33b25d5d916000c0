package org.peerpath.assessment;

import org.junit.jupiter.api.Test;
import org.peerpath.content.QuizSettings;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AttemptRulesTest {

    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    static final QuizSettings THREE_ATTEMPTS_30_MIN_WAIT = new QuizSettings(10, 80, 3, 30, 25, QuizSettings.Review.FULL_FEEDBACK, List.of());

    static AttemptRules.PastAttempt failed(int number, Instant at) {
        return new AttemptRules.PastAttempt(number, at, false, false);
    }

    @Test
    void theFirstAttemptMayStartAtOnce() {
        assertThat(new AttemptRules(THREE_ATTEMPTS_30_MIN_WAIT, 0, false).decide(List.of(), NOW))
                .isEqualTo(new AttemptRules.Decision.MayStart(1));
    }

    @Test
    void afterAFailTheTraineeWaitsTheModulesWaitingTime_toTheMinute() {
        var rules = new AttemptRules(THREE_ATTEMPTS_30_MIN_WAIT, 0, false);
        var past = List.of(failed(1, NOW.minusSeconds(29 * 60)));

        assertThat(rules.decide(past, NOW)).isEqualTo(new AttemptRules.Decision.WaitUntil(NOW.plusSeconds(60)));
        assertThat(rules.decide(past, NOW.plusSeconds(60))).isEqualTo(new AttemptRules.Decision.MayStart(2));
    }

    @Test
    void anAllowedRetakeSkipsTheWait() {
        var past = List.of(failed(1, NOW.minusSeconds(60)));
        assertThat(new AttemptRules(THREE_ATTEMPTS_30_MIN_WAIT, 0, true).decide(past, NOW))
                .isEqualTo(new AttemptRules.Decision.MayStart(2));
    }

    @Test
    void theAttemptLimitCountsExtraAttemptsGrantedToTheTrainee() {
        var past = List.of(failed(1, NOW.minusSeconds(7200)), failed(2, NOW.minusSeconds(7200)), failed(3, NOW.minusSeconds(7200)));

        assertThat(new AttemptRules(THREE_ATTEMPTS_30_MIN_WAIT, 0, false).decide(past, NOW))
                .isEqualTo(new AttemptRules.Decision.NoAttemptsLeft(3));
        assertThat(new AttemptRules(THREE_ATTEMPTS_30_MIN_WAIT, 1, false).decide(past, NOW))
                .isEqualTo(new AttemptRules.Decision.MayStart(4));
    }

    @Test
    void zeroMaxAttemptsMeansUnlimited() {
        var unlimited = new QuizSettings(10, 80, 0, 0, null, QuizSettings.Review.SCORE_ONLY, List.of());
        var past = java.util.stream.IntStream.rangeClosed(1, 20).mapToObj(i -> failed(i, NOW)).toList();
        assertThat(new AttemptRules(unlimited, 0, false).decide(past, NOW)).isEqualTo(new AttemptRules.Decision.MayStart(21));
    }

    @Test
    void nothingMoreOncePassed_andNothingWhileAWrittenAnswerWaitsForItsGrade() {
        var rules = new AttemptRules(THREE_ATTEMPTS_30_MIN_WAIT, 5, true);
        assertThat(rules.decide(List.of(new AttemptRules.PastAttempt(1, NOW, true, false)), NOW))
                .isInstanceOf(AttemptRules.Decision.AlreadyPassed.class);
        assertThat(rules.decide(List.of(new AttemptRules.PastAttempt(1, NOW, false, true)), NOW))
                .isInstanceOf(AttemptRules.Decision.AwaitingGrading.class);
    }
}
