package org.peerpath.certification;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What the public verification page shows for a known code: enough to check a credential, nothing more. A renewed
 * certificate ({@link State#RENEWED}) tells where its newest successor stands, but never that successor's code.
 */
public record Verification(String holderName, String programTitle, String issuer, LocalDate issuedOn, LocalDate expiresOn,
                           State state, Instant revokedAt, Successor successor) {

    public enum State { VALID, EXPIRED, REVOKED, RENEWED }

    /** The newest certificate that followed a renewed one: its expiry and whether it is valid, expired or revoked. */
    public record Successor(LocalDate expiresOn, State state) {
    }
}
