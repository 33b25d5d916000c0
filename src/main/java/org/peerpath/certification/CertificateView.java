package org.peerpath.certification;

import java.time.Instant;
import java.time.LocalDate;

public record CertificateView(long id, long version, String code, long holderId, String holderName, String programTitle,
                              int programVersion, String issuer, LocalDate issuedOn, LocalDate expiresOn, Instant revokedAt,
                              String revokeReason, Long previousCertificateId) {

    public boolean revoked() {
        return revokedAt != null;
    }
}
