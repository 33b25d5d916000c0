package org.peerpath.identity;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleTest {

    private final LockoutPolicy policy = new LockoutPolicy(5, Duration.ofMinutes(15), Duration.ofMinutes(15));
    private final Instant start = Instant.parse("2026-11-22T10:00:00Z");

    @Test
    void fifthFailureWithinTheWindowLocksForTheLockDuration() {
        LoginThrottle throttle = new LoginThrottle("Someone@Example.org");
        for (int i = 0; i < 4; i++) {
            assertThat(throttle.recordFailure(start.plusSeconds(i * 10L), policy)).isFalse();
        }
        assertThat(throttle.isLocked(start.plusSeconds(40))).isFalse();

        assertThat(throttle.recordFailure(start.plusSeconds(50), policy)).isTrue();

        assertThat(throttle.isLocked(start.plusSeconds(51))).isTrue();
        assertThat(throttle.remainingLock(start.plusSeconds(50))).isEqualTo(Duration.ofMinutes(15));
        assertThat(throttle.isLocked(start.plusSeconds(50).plus(Duration.ofMinutes(15)))).isFalse();
        assertThat(throttle.getEmail()).isEqualTo("someone@example.org");
    }

    @Test
    void failuresSpreadBeyondTheWindowNeverLock() {
        LoginThrottle throttle = new LoginThrottle("a@example.org");
        for (int i = 0; i < 10; i++) {
            throttle.recordFailure(start.plus(Duration.ofMinutes(16L * i)), policy);
        }
        assertThat(throttle.isLocked(start.plus(Duration.ofMinutes(16L * 9)))).isFalse();
        assertThat(throttle.getFailedAttempts()).isEqualTo(1);
    }

    @Test
    void failuresDuringALockDoNotExtendIt_andCountingRestartsAfterIt() {
        LoginThrottle throttle = new LoginThrottle("a@example.org");
        for (int i = 0; i < 5; i++) {
            throttle.recordFailure(start, policy);
        }
        assertThat(throttle.recordFailure(start.plus(Duration.ofMinutes(10)), policy)).isFalse();
        Instant afterLock = start.plus(Duration.ofMinutes(15));
        assertThat(throttle.isLocked(afterLock)).isFalse();

        assertThat(throttle.recordFailure(afterLock.plusSeconds(1), policy)).isFalse();
        assertThat(throttle.getFailedAttempts()).isEqualTo(1);
    }
}
