package org.peerpath.identity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EmailsTest {

    @Test
    void comparesAddressesCaseInsensitivelyWithoutBlanks() {
        assertThat(Emails.normalize("  Taylor.Brooks@Example.ORG ")).isEqualTo("taylor.brooks@example.org");
    }

    @Test
    void recognisesPlausibleAddresses() {
        assertThat(Emails.isPlausible("sam@clinic.example.org")).isTrue();
        assertThat(Emails.isPlausible("sam@clinic")).isFalse();
        assertThat(Emails.isPlausible("sam clinic@example.org")).isFalse();
        assertThat(Emails.isPlausible("")).isFalse();
    }
}
