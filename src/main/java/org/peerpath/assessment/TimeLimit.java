package org.peerpath.assessment;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A quiz's time limit, enforced on the server: the attempt closes at the deadline whatever the browser shows,
 * and only answers saved before the deadline count.
 *
 * @param limit empty when the quiz has no time limit
 */
public record TimeLimit(Instant startedAt, Optional<Duration> limit) {

    public static TimeLimit of(Instant startedAt, Integer minutes, int extraMinutes) {
        return new TimeLimit(startedAt, minutes == null ? Optional.empty() : Optional.of(Duration.ofMinutes(minutes + (long) extraMinutes)));
    }

    public Optional<Instant> deadline() {
        return limit.map(startedAt::plus);
    }

    public boolean isOpen(Instant now) {
        return deadline().map(now::isBefore).orElse(true);
    }

    /** Whether an answer saved at {@code savedAt} counts. */
    public boolean counts(Instant savedAt) {
        return isOpen(savedAt);
    }

    public Optional<Duration> remaining(Instant now) {
        return deadline().map(d -> now.isBefore(d) ? Duration.between(now, d) : Duration.ZERO);
    }
}
