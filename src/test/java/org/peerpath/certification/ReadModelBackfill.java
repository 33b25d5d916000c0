package org.peerpath.certification;

import org.peerpath.identity.SystemCaller;
import org.springframework.context.ApplicationContext;

/** For the benchmark (another package): runs the dashboard's start-up backfill, which is internal to this feature. */
public final class ReadModelBackfill {

    private ReadModelBackfill() {
    }

    /** Creates the rows of everyone who has none, as at start-up; returns how many. */
    public static int createMissingRows(ApplicationContext context) {
        return SystemCaller.call(() -> context.getBean(StandingUpdates.class).createMissingRows());
    }
}
