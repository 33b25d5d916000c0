package org.peerpath.common;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;

/**
 * One clock for the whole application, so that tests can move time instead of waiting for it. Its zone is the
 * one calendar days are counted in: what "today" is for "no future dates", when a certificate expires, when the
 * daily jobs run. Instants are stored in UTC whatever the zone.
 */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

    @Bean
    Clock clock(@Value("${peerpath.time-zone:}") String zone) {
        return Clock.system(zoneOf(zone));
    }

    static ZoneId zoneOf(String configured) {
        if (!StringUtils.hasText(configured)) {
            return ZoneId.systemDefault();
        }
        try {
            return ZoneId.of(configured.strip());
        } catch (DateTimeException e) {
            throw new IllegalStateException("PEERPATH_TIME_ZONE (peerpath.time-zone) '" + configured
                    + "' is not a time zone. Use a region id such as America/Chicago or Europe/Dublin.", e);
        }
    }
}
