package org.peerpath.notification;

import java.time.Instant;
import java.util.List;

/**
 * A feature's reminders that are due at {@code now}. Sources may return reminders already delivered:
 * delivery skips keys a recipient has had before, so sources stay simple and stateless.
 * Called by the scheduled job as the platform itself (no signed-in person).
 */
public interface ReminderSource {

    List<Reminder> due(Instant now);
}
