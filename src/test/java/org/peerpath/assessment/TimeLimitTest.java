package org.peerpath.assessment;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class TimeLimitTest {

    private final Instant start = Instant.parse("2026-11-22T10:00:00Z");

    @Test
    void theAttemptClosesAtTheDeadline_andAnswersSavedAfterItDoNotCount() {
        TimeLimit limit = TimeLimit.of(start, 25, 0);

        assertThat(limit.deadline()).contains(start.plus(Duration.ofMinutes(25)));
        assertThat(limit.isOpen(start.plus(Duration.ofMinutes(24)).plusSeconds(59))).isTrue();
        assertThat(limit.isOpen(start.plus(Duration.ofMinutes(25)))).isFalse();
        assertThat(limit.counts(start.plus(Duration.ofMinutes(26)))).isFalse();
        assertThat(limit.remaining(start.plus(Duration.ofMinutes(20)))).contains(Duration.ofMinutes(5));
        assertThat(limit.remaining(start.plus(Duration.ofMinutes(30)))).contains(Duration.ZERO);
    }

    @Test
    void extraTimeGrantedToATraineeExtendsTheirDeadline() {
        assertThat(TimeLimit.of(start, 25, 15).deadline()).contains(start.plus(Duration.ofMinutes(40)));
    }

    @Test
    void quizzesWithoutALimitStayOpen() {
        TimeLimit none = TimeLimit.of(start, null, 0);

        assertThat(none.deadline()).isEmpty();
        assertThat(none.isOpen(start.plus(Duration.ofDays(3)))).isTrue();
    }
}
