package org.peerpath.certification;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Verification codes: 20 characters from a 32-letter alphabet without look-alikes (no 0/O, 1/I), so 100 random
 * bits, in groups of four for reading aloud: {@code XXXX-XXXX-XXXX-XXXX-XXXX}. Only letters, digits and hyphens,
 * so a code is safe in a URL as it is.
 */
final class VerificationCodes {

    static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    static final int LENGTH = 20;
    private static final Pattern FORMAT = Pattern.compile("[A-HJ-NP-Z2-9]{4}(-[A-HJ-NP-Z2-9]{4}){4}");

    private VerificationCodes() {
    }

    static String newCode(SecureRandom random) {
        StringBuilder code = new StringBuilder(LENGTH + 4);
        for (int i = 0; i < LENGTH; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** Bits of randomness in a code: log2(32) per character. */
    static int bits() {
        return LENGTH * Integer.numberOfTrailingZeros(ALPHABET.length());
    }

    /**
     * The code as typed, tidied: upper case, spaces dropped, hyphens put back if they were left out. Empty when it
     * cannot be a code, so nothing that is not a code ever reaches the database.
     */
    static Optional<String> normalize(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String compact = typed.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "");
        if (compact.length() != LENGTH) {
            return Optional.empty();
        }
        String code = String.join("-", compact.substring(0, 4), compact.substring(4, 8), compact.substring(8, 12),
                compact.substring(12, 16), compact.substring(16, 20));
        return FORMAT.matcher(code).matches() ? Optional.of(code) : Optional.empty();
    }
}
