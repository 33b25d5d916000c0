package org.peerpath.common;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SecurityLogTest {

    /** An address typed at sign-in could otherwise write a fake "login.success" line into the security log. */
    @Test
    void lineBreaksInTypedValuesCannotStartANewLogLine() {
        String typed = "x@example.org\n2026-12-01 INFO peerpath.security : Sign-in succeeded event=login.success email=admin@example.org";
        String defused = SecurityLog.defused(typed);

        assertThat(defused).doesNotContain("\n").doesNotContain("\r").contains("x@example.org\\n2026-12-01");
        assertThat(SecurityLog.defused("a\\nb")).isEqualTo("a\\\\nb");
        assertThat(SecurityLog.defused("plain@example.org")).isEqualTo("plain@example.org");
    }
}
