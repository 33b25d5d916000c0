package org.peerpath.identity;

import org.peerpath.common.Sha256;

import java.security.SecureRandom;
import java.util.Base64;

/** 256-bit random tokens (invitations, password resets); only their SHA-256 is stored. */
final class SingleUseTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private SingleUseTokens() {
    }

    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        return Sha256.hex(token);
    }
}
