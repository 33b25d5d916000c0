package org.peerpath;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Features talk only through each other's public API (services, events); internals stay internal. */
class ModularityTest {

    @Test
    void moduleBoundariesHold() {
        ApplicationModules.of(PeerpathApplication.class).verify();
    }
}
