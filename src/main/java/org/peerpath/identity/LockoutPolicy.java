package org.peerpath.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How many failed sign-ins lock an address, and for how long.
 * Defaults follow common guidance: 5 failures within 15 minutes lock the address for 15 minutes.
 */
@ConfigurationProperties("peerpath.security.lockout")
public record LockoutPolicy(@DefaultValue("5") int maxFailures,
                            @DefaultValue("15m") Duration window,
                            @DefaultValue("15m") Duration lockDuration) {
}
