package org.peerpath.assessment;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class TimeLimitTest {

    private final Instant start = Instant.parse("2026-11-22T10:00:00Z");

    private static Clock at(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }

    @Test
    void theAttemptClosesAtTheDeadline_andAnswersSavedAtOrAfterItDoNotCount() {
        TimeLimit limit = TimeLimit.of(start, 25, 0);
        Instant deadline = start.plus(Duration.ofMinutes(25));

        assertThat(limit.deadline()).contains(deadline);
        assertThat(limit.isOpen(at(deadline.minusMillis(1)))).isTrue();
        assertThat(limit.isOpen(at(deadline))).isFalse();
        assertThat(limit.counts(deadline.minusMillis(1))).isTrue();
        assertThat(limit.counts(deadline)).isFalse();
        assertThat(limit.counts(deadline.plusSeconds(60))).isFalse();
        assertThat(limit.remaining(at(start.plus(Duration.ofMinutes(20))))).contains(Duration.ofMinutes(5));
        assertThat(limit.remaining(at(start.plus(Duration.ofMinutes(30))))).contains(Duration.ZERO);
    }

    @Test
    void extraTimeGrantedToATraineeExtendsTheirDeadline() {
        TimeLimit limit = TimeLimit.of(start, 25, 15);

        assertThat(limit.deadline()).contains(start.plus(Duration.ofMinutes(40)));
        assertThat(limit.isOpen(at(start.plus(Duration.ofMinutes(30))))).isTrue();
    }

    @Test
    void aStoredAttemptGetsBackTheLimitItStartedWith() {
        TimeLimit started = TimeLimit.of(start, 25, 15);

        assertThat(TimeLimit.until(start, started.deadline().orElseThrow())).isEqualTo(started);
        assertThat(TimeLimit.until(start, null)).isEqualTo(TimeLimit.of(start, null, 30));
    }

    @Test
    void quizzesWithoutALimitStayOpen_andEveryAnswerCounts() {
        TimeLimit none = TimeLimit.of(start, null, 0);

        assertThat(none.deadline()).isEmpty();
        assertThat(none.isOpen(at(start.plus(Duration.ofDays(3))))).isTrue();
        assertThat(none.counts(start.plus(Duration.ofDays(3)))).isTrue();
        assertThat(none.remaining(at(start))).isEmpty();
    }
}
