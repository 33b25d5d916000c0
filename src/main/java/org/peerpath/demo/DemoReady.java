package org.peerpath.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Says when every demo loader has finished (ApplicationReadyEvent comes after all runners), so that people and
 * browser tests do not act on half-loaded demo data.
 */
@Component
class DemoReady {

    static final String MESSAGE = "Demo mode ready";

    private static final Logger log = LoggerFactory.getLogger(DemoReady.class);

    private final DemoMode demoMode;

    DemoReady(DemoMode demoMode) {
        this.demoMode = demoMode;
    }

    @EventListener(ApplicationReadyEvent.class)
    void ready() {
        if (demoMode.isEnabled()) {
            log.info("{}: sign in with the accounts listed on the sign-in page", MESSAGE);
        }
    }
}
