package org.peerpath.certification;

import java.math.BigDecimal;

/**
 * One requirement of a program for one trainee: how much is done of how much is required, and where the
 * evidence comes from. Counted requirements (hours, modules) have numbers; the affirmation is 0 or 1 of 1.
 */
public record RequirementProgress(String label, BigDecimal done, BigDecimal required, String unit, String source) {

    public boolean met() {
        return done.compareTo(required) >= 0;
    }

    /** 0 to 1, for progress bars and the overall percentage. */
    public BigDecimal share() {
        if (required.signum() == 0) {
            return BigDecimal.ONE;
        }
        return done.min(required).divide(required, 4, java.math.RoundingMode.HALF_UP);
    }
}
