package org.peerpath.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * An attempt's total. While any written answer awaits a supervisor, the attempt has no final score:
 * {@link #pending()} is true and {@link #passed()} false.
 *
 * @param percent the share of available points, 0 to 100, rounded to one decimal
 */
public record AttemptScore(BigDecimal percent, boolean passed, boolean pending) {

    public static AttemptScore of(List<QuestionResult> results, int passPercent) {
        if (results.isEmpty()) {
            throw new IllegalArgumentException("An attempt has at least one question");
        }
        BigDecimal total = results.stream().map(QuestionResult::score).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal percent = total.multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(results.size()), 1, RoundingMode.HALF_UP);
        boolean pending = results.stream().anyMatch(r -> r.outcome() == QuestionResult.Outcome.PENDING_REVIEW);
        return new AttemptScore(percent, !pending && percent.compareTo(BigDecimal.valueOf(passPercent)) >= 0, pending);
    }
}
