package org.peerpath.notification;

import java.util.Objects;

/**
 * Something a person should be told once. {@code key} identifies the occasion (e.g. "expiry-30:certificate-17"):
 * a recipient never gets two reminders with the same key, however often or wherever the job runs.
 */
public record Reminder(long recipientId, String key, String subject, String body, String link) {

    public Reminder {
        Objects.requireNonNull(key);
        Objects.requireNonNull(subject);
        Objects.requireNonNull(body);
        if (key.length() > 200) {
            throw new IllegalArgumentException("Reminder keys are at most 200 characters: " + key);
        }
    }
}
