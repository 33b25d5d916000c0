package org.peerpath.identity;

import java.time.Instant;

/** The one moment the plain token exists: shown to the inviting admin, mailed when mail is configured. */
public record InvitationLink(String email, String url, Instant expiresAt, boolean mailed) {
}
