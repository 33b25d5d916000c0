package org.peerpath.common;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TimeConfigurationTest {

    /** 02:30 UTC on 2 December is still the evening of 1 December in Chicago: "today" follows the configured zone. */
    @Test
    void todayIsCountedInTheConfiguredZone() {
        var clock = new TimeConfiguration().clock("America/Chicago");
        Instant lateEveningInChicago = Instant.parse("2026-12-02T02:30:00Z");

        assertThat(clock.getZone()).isEqualTo(ZoneId.of("America/Chicago"));
        assertThat(LocalDate.ofInstant(lateEveningInChicago, clock.getZone())).isEqualTo(LocalDate.of(2026, 12, 1));
    }

    @Test
    void noSettingMeansTheServersZone_andANonsenseZoneStopsStartUpWithAClearMessage() {
        assertThat(TimeConfiguration.zoneOf("")).isEqualTo(ZoneId.systemDefault());
        assertThat(TimeConfiguration.zoneOf(" Europe/Dublin ")).isEqualTo(ZoneId.of("Europe/Dublin"));
        assertThatThrownBy(() -> TimeConfiguration.zoneOf("Central Time"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("America/Chicago");
    }
}
