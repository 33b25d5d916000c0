package org.peerpath.certification;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Continuing education toward renewing a certificate: approved continuing education completed after
 * {@code countsAfter} (the certificate's issue day), against what the program asks. {@code late} when the
 * certificate has expired; {@code renewedUntil} is the expiry a renewal today would give.
 */
public record RenewalProgress(BigDecimal continuingEducationDone, BigDecimal continuingEducationRequired,
                              BigDecimal ethicsDone, BigDecimal ethicsRequired, LocalDate countsAfter, boolean late,
                              LocalDate renewedUntil) {

    public boolean met() {
        return continuingEducationDone.compareTo(continuingEducationRequired) >= 0 && ethicsDone.compareTo(ethicsRequired) >= 0;
    }

    /** "continuing education 15 of 20 h", "ethics 0 of 6 h": what is still short. */
    public List<String> missing() {
        List<String> missing = new ArrayList<>();
        if (continuingEducationDone.compareTo(continuingEducationRequired) < 0) {
            missing.add("continuing education " + hours(continuingEducationDone) + " of " + hours(continuingEducationRequired) + " h");
        }
        if (ethicsDone.compareTo(ethicsRequired) < 0) {
            missing.add("ethics " + hours(ethicsDone) + " of " + hours(ethicsRequired) + " h");
        }
        return missing;
    }

    /** "continuing education 15 of 20 h, ethics 0 of 6 h": the whole picture, met or not. */
    public String summary() {
        return "continuing education " + hours(continuingEducationDone) + " of " + hours(continuingEducationRequired)
                + " h, ethics " + hours(ethicsDone) + " of " + hours(ethicsRequired) + " h";
    }

    private static String hours(BigDecimal hours) {
        return hours.stripTrailingZeros().toPlainString();
    }
}
