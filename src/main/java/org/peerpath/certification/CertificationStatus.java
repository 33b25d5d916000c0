package org.peerpath.certification;

import java.time.LocalDate;

/**
 * Where a person stands: In training → Eligible for review → Certified → Expiring soon → Expired; or Revoked.
 * A revoked or expired credential returns to Eligible or In training only through a new certificate.
 */
public enum CertificationStatus {
    IN_TRAINING("In training"),
    ELIGIBLE("Eligible for review"),
    CERTIFIED("Certified"),
    EXPIRING_SOON("Expiring soon"),
    EXPIRED("Expired"),
    REVOKED("Revoked");

    private final String label;

    CertificationStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The current certificate, if the person has one. */
    public record CurrentCertificate(LocalDate expiresOn, boolean revoked) {
    }

    public static CertificationStatus of(boolean requirementsMet, CurrentCertificate certificate, LocalDate today, int expiringSoonDays) {
        if (certificate == null) {
            return requirementsMet ? ELIGIBLE : IN_TRAINING;
        }
        if (certificate.revoked()) {
            return REVOKED;
        }
        if (!today.isBefore(certificate.expiresOn())) {
            return EXPIRED;
        }
        if (!today.plusDays(expiringSoonDays).isBefore(certificate.expiresOn())) {
            return EXPIRING_SOON;
        }
        return CERTIFIED;
    }
}
