package org.peerpath.identity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTest {

    @Test
    void acceptsLongPassphrases() {
        assertThat(PasswordPolicy.problem("river stone lantern", "taylor@example.org")).isEmpty();
        assertThat(PasswordPolicy.problem("peerpath-demo", "trainee@demo.peerpath.org")).isEmpty();
    }

    @Test
    void rejectsShortRepetitiveOrPersonalPasswords() {
        assertThat(PasswordPolicy.problem("short-pass", "a@example.org")).get().asString().contains("at least 12");
        assertThat(PasswordPolicy.problem(null, "a@example.org")).isPresent();
        assertThat(PasswordPolicy.problem("aaaaaaaaaaaaaa", "a@example.org")).get().asString().contains("different characters");
        assertThat(PasswordPolicy.problem("jordan.rivera-2026", "jordan.rivera@example.org")).get().asString().contains("e-mail");
        assertThat(PasswordPolicy.problem("x".repeat(64) + "yz0123456789".repeat(6), "a@example.org")).get().asString().contains("at most");
    }

    /** bcrypt only reads 72 bytes; Spring's encoder throws on more, which must be a message, not an error page. */
    @Test
    void passwordsAreLimitedTo72BytesAsBcryptReadsThem() {
        String seventyTwo = "correct horse battery staple ".repeat(3).substring(0, 72);
        assertThat(PasswordPolicy.problem(seventyTwo, "a@example.org")).isEmpty();
        assertThat(PasswordPolicy.problem(seventyTwo + "x", "a@example.org")).get().asString().contains("at most 72");
        // 60 characters, but 78 bytes in UTF-8.
        assertThat(PasswordPolicy.problem("ñandú río ".repeat(6), "a@example.org")).get().asString().contains("at most 72");
        assertThat(new org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder().encode(seventyTwo)).isNotBlank();
    }
}
