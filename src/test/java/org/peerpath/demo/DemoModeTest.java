package org.peerpath.demo;

import org.junit.jupiter.api.Test;
import org.peerpath.database.DatabaseMode;

import static org.assertj.core.api.Assertions.assertThat;

class DemoModeTest {

    @Test
    void onByDefaultWithTheEmbeddedDatabaseOnly() {
        assertThat(new DemoMode(DatabaseMode.EMBEDDED, "").isEnabled()).isTrue();
        assertThat(new DemoMode(DatabaseMode.EXTERNAL, "").isEnabled()).isFalse();
    }

    @Test
    void explicitSettingWins() {
        assertThat(new DemoMode(DatabaseMode.EXTERNAL, "true").isEnabled()).isTrue();
        assertThat(new DemoMode(DatabaseMode.EMBEDDED, "false").isEnabled()).isFalse();
    }

    @Test
    void signInPageShowsDemoAccountsOnlyInDemoMode() {
        assertThat(new DemoAccounts(new DemoMode(DatabaseMode.EMBEDDED, "")).hints())
                .extracting(h -> h.email())
                .contains("trainee@demo.peerpath.org", "supervisor@demo.peerpath.org",
                        "orgadmin@demo.peerpath.org", "admin@demo.peerpath.org");
        assertThat(new DemoAccounts(new DemoMode(DatabaseMode.EXTERNAL, "")).hints()).isEmpty();
    }
}
