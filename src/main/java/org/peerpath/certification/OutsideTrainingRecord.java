package org.peerpath.certification;

import org.peerpath.content.Domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Outside training as typed by the trainee ({@code id} null when new) and as reviewers see it. */
public record OutsideTrainingRecord(Long id, long version, long traineeId, String title, String provider, LocalDate completedOn,
                                    BigDecimal hours, Domain domain, boolean ethics, boolean continuingEducation, String status,
                                    String note) {

    public static OutsideTrainingRecord typed(String title, String provider, LocalDate completedOn, BigDecimal hours,
                                              Domain domain, boolean ethics, boolean continuingEducation) {
        return typed(title, provider, completedOn, hours, domain, ethics, continuingEducation, null);
    }

    /** @param note optional, for the reviewer (a certificate number, what the course covered) */
    public static OutsideTrainingRecord typed(String title, String provider, LocalDate completedOn, BigDecimal hours,
                                              Domain domain, boolean ethics, boolean continuingEducation, String note) {
        return new OutsideTrainingRecord(null, 0, 0, title, provider, completedOn, hours, domain, ethics, continuingEducation,
                "NEW", note);
    }
}
