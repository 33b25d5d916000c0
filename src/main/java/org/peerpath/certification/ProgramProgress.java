package org.peerpath.certification;

import java.time.LocalDate;
import java.util.List;

/**
 * A trainee's standing in their program: each requirement, the status, what is missing and the projection; for a
 * holder of a certificate that is not revoked, the continuing education toward its renewal; and what may happen
 * next (issue or renew), with the reason when it is not possible yet.
 */
public record ProgramProgress(long traineeId, String traineeName, String programId, int programVersion, String programTitle,
                              List<RequirementProgress> requirements, int percent, CertificationStatus status,
                              List<String> missing, LocalDate projectedPracticeComplete, String ethicsStatement,
                              boolean ethicsAttested, CertificateView certificate, RenewalProgress renewal,
                              CertificateRules.NextStep next, int expiringSoonDays) {

    /** Whether the program asks for a signed ethics affirmation (not every program does). */
    public boolean affirmationRequired() {
        return ethicsStatement != null && !ethicsStatement.isBlank();
    }

    /** Whether a certificate may be issued now (a first one, or a new one after a revocation). */
    public boolean issuable() {
        return next.action() == CertificateRules.Action.ISSUE && next.possible();
    }

    /** Whether the current (or expired) certificate may be renewed now. */
    public boolean renewable() {
        return next.action() == CertificateRules.Action.RENEW && next.possible();
    }
}
