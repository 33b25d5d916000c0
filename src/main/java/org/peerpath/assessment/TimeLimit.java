package org.peerpath.assessment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A quiz's time limit, enforced on the server: the attempt closes at the deadline whatever the browser shows,
 * and only answers saved before the deadline count.
 * <p>
 * "Now" always comes from the application's {@link Clock} (never {@code Instant.now()}), so the service, the views
 * and tests agree on the time; recorded moments (when an answer was saved) are passed as the instants they are.
 *
 * @param limit empty when the quiz has no time limit
 */
public record TimeLimit(Instant startedAt, Optional<Duration> limit) {

    /** A limit from {@code startedAt}: {@code minutes} (null for untimed quizzes) plus the trainee's extra minutes. */
    public static TimeLimit of(Instant startedAt, Integer minutes, int extraMinutes) {
        return new TimeLimit(startedAt, minutes == null ? Optional.empty() : Optional.of(Duration.ofMinutes(minutes + (long) extraMinutes)));
    }

    /** The limit of a stored attempt; {@code deadline} null for untimed quizzes. */
    public static TimeLimit until(Instant startedAt, Instant deadline) {
        return new TimeLimit(startedAt, Optional.ofNullable(deadline).map(d -> Duration.between(startedAt, d)));
    }

    public Optional<Instant> deadline() {
        return limit.map(startedAt::plus);
    }

    public boolean isOpen(Clock clock) {
        return isOpenAt(clock.instant());
    }

    /** Whether an answer saved at {@code savedAt} counts: saved strictly before the deadline. */
    public boolean counts(Instant savedAt) {
        return isOpenAt(savedAt);
    }

    public Optional<Duration> remaining(Clock clock) {
        Instant now = clock.instant();
        return deadline().map(d -> now.isBefore(d) ? Duration.between(now, d) : Duration.ZERO);
    }

    private boolean isOpenAt(Instant moment) {
        return deadline().map(moment::isBefore).orElse(true);
    }
}
