package org.peerpath.identity;

import java.time.Instant;

/** The one moment a reset token exists in plain: shown to the admin who issued it, mailed when mail is configured. */
public record PasswordResetLink(String email, String url, Instant expiresAt, boolean mailed) {
}
