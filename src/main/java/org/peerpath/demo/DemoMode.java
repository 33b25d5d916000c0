package org.peerpath.demo;

import org.peerpath.database.DatabaseMode;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/** {@code peerpath.demo.enabled} when set; otherwise on exactly when the embedded database runs. */
@Component
public class DemoMode {

    private final boolean enabled;

    DemoMode(DatabaseMode databaseMode, @Value("${peerpath.demo.enabled:}") String configured) {
        this.enabled = StringUtils.hasText(configured) ? Boolean.parseBoolean(configured.strip())
                : databaseMode == DatabaseMode.EMBEDDED;
    }

    public boolean isEnabled() {
        return enabled;
    }
}
