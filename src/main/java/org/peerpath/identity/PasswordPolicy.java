package org.peerpath.identity;

import java.util.Optional;

/**
 * Length over complexity, as NIST SP 800-63B advises: at least 12 characters, no composition rules,
 * but not the e-mail address and not one character repeated.
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    /** bcrypt reads at most 72 bytes of a password (and Spring's encoder refuses longer ones). */
    static final int MAX_BYTES = 72;

    private PasswordPolicy() {
    }

    /** @return why the password is not acceptable, or empty when it is */
    static Optional<String> problem(String password, String email) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("Use at least " + MIN_LENGTH + " characters. A few unrelated words make a strong, memorable password.");
        }
        if (password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of("Use at most " + MAX_BYTES + " characters (fewer if it has accented or non-Latin letters).");
        }
        if (password.chars().distinct().count() < 4) {
            return Optional.of("Use a password with more different characters.");
        }
        String normalizedEmail = Emails.normalize(email);
        if (!normalizedEmail.isEmpty() && password.toLowerCase(java.util.Locale.ROOT).contains(normalizedEmail.split("@")[0])
                && normalizedEmail.split("@")[0].length() >= 4) {
            return Optional.of("Don't use your e-mail address in your password.");
        }
        return Optional.empty();
    }
}
