package org.peerpath.certification;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Optional;

/** When the practice-hour requirement will be met at the trainee's recent pace (signed hours in the last 90 days). */
public final class Projection {

    public static final int WINDOW_DAYS = 90;

    private Projection() {
    }

    public static Optional<LocalDate> practiceComplete(BigDecimal remaining, BigDecimal signedInWindow, LocalDate today) {
        if (remaining.signum() <= 0) {
            return Optional.of(today);
        }
        if (signedInWindow.signum() <= 0) {
            return Optional.empty();
        }
        BigDecimal perDay = signedInWindow.divide(BigDecimal.valueOf(WINDOW_DAYS), 6, RoundingMode.HALF_UP);
        long days = remaining.divide(perDay, 0, RoundingMode.UP).longValue();
        return Optional.of(today.plusDays(days));
    }
}
