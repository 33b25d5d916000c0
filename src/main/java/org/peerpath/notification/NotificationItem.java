package org.peerpath.notification;

import java.time.Instant;

/** A notification as its recipient sees it. */
public record NotificationItem(long id, String subject, String body, String link, Instant createdAt, boolean read,
                               boolean emailed) {
}
