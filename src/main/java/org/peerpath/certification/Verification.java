package org.peerpath.certification;

import java.time.Instant;
import java.time.LocalDate;

/** What the public verification page shows for a known code: enough to check a credential, nothing more. */
public record Verification(String holderName, String programTitle, String issuer, LocalDate issuedOn, LocalDate expiresOn,
                           State state, Instant revokedAt) {

    public enum State { VALID, EXPIRED, REVOKED }
}
