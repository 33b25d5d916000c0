package org.peerpath.demo;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

import java.util.Map;

/**
 * A demo instance lists its accounts and their shared password on the sign-in page, platform admin included, so
 * it answers only on this machine (127.0.0.1) unless {@code server.address} ({@code SERVER_ADDRESS}) says
 * otherwise. The same rule as {@link DemoMode}: demo is on when configured, else exactly with the embedded database.
 */
public final class DemoListensOnLoopback implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.containsProperty("server.address")) {
            return;
        }
        String configured = environment.getProperty("peerpath.demo.enabled", "");
        boolean embeddedDatabase = !StringUtils.hasText(environment.getProperty("spring.datasource.url", ""));
        boolean demo = StringUtils.hasText(configured) ? Boolean.parseBoolean(configured.strip()) : embeddedDatabase;
        if (demo) {
            environment.getPropertySources().addLast(new MapPropertySource("peerpath-demo-loopback",
                    Map.of("server.address", "127.0.0.1")));
        }
    }
}
