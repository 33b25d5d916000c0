package org.peerpath.certification;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A row of the organization dashboard, for the person's main program ({@link ProgramSelection}). {@code status} is
 * null for staff who are not in a program; the certificate fields are those of the person's current (latest)
 * certificate of that program, null without one.
 */
public record StaffStanding(long personId, String name, String roles, String supervisor, boolean active, String programId, String program,
                            CertificationStatus status, int percent, BigDecimal educationHours, BigDecimal practiceHours,
                            BigDecimal supervisionHours, LocalDate certificateExpiresOn, String certificateCode,
                            boolean certificateRevoked, boolean requirementsMet) {

    /** Whether a certificate may be issued now, by the same rule the service applies ({@link CertificateRules}). */
    public boolean issuable() {
        return status != null && CertificateRules.mayIssue(requirementsMet, certificateCode != null, certificateRevoked);
    }
}
