package org.peerpath.assessment;

import org.peerpath.content.QuizSettings;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * Whether a trainee may start another attempt: attempt limit (plus any extra attempts granted to them), the
 * waiting time after a failed attempt (unless their org admin allowed a retake now), and nothing more once
 * passed or while a result waits for a supervisor.
 */
public record AttemptRules(QuizSettings settings, int extraAttempts, boolean retakeAllowed) {

    /** An earlier, submitted attempt. */
    public record PastAttempt(int number, Instant submittedAt, boolean passed, boolean awaitingGrading) {
    }

    public sealed interface Decision {
        record MayStart(int attemptNumber) implements Decision {
        }

        record AlreadyPassed() implements Decision {
        }

        record AwaitingGrading() implements Decision {
        }

        record NoAttemptsLeft(int allowed) implements Decision {
        }

        record WaitUntil(Instant until) implements Decision {
        }
    }

    /** 0 means unlimited. */
    public int allowedAttempts() {
        return settings.maxAttempts() == 0 ? 0 : settings.maxAttempts() + extraAttempts;
    }

    public Decision decide(List<PastAttempt> past, Instant now) {
        if (past.stream().anyMatch(PastAttempt::passed)) {
            return new Decision.AlreadyPassed();
        }
        if (past.stream().anyMatch(PastAttempt::awaitingGrading)) {
            return new Decision.AwaitingGrading();
        }
        int allowed = allowedAttempts();
        if (allowed > 0 && past.size() >= allowed) {
            return new Decision.NoAttemptsLeft(allowed);
        }
        int next = past.stream().mapToInt(PastAttempt::number).max().orElse(0) + 1;
        if (!retakeAllowed && settings.waitMinutes() > 0) {
            Instant lastSubmitted = past.stream().map(PastAttempt::submittedAt).max(Comparator.naturalOrder()).orElse(null);
            if (lastSubmitted != null) {
                Instant until = lastSubmitted.plus(Duration.ofMinutes(settings.waitMinutes()));
                if (now.isBefore(until)) {
                    return new Decision.WaitUntil(until);
                }
            }
        }
        return new Decision.MayStart(next);
    }
}
