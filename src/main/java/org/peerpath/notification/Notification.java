package org.peerpath.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

@Entity
@Table(name = "notification")
class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "recipient_id", nullable = false, updatable = false)
    private long recipientId;

    @Column(name = "reminder_key", nullable = false, updatable = false)
    private String reminderKey;

    @Column(nullable = false, updatable = false)
    private String subject;

    @Column(nullable = false, updatable = false)
    private String body;

    @Column(updatable = false)
    private String link;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "emailed_at")
    private Instant emailedAt;

    @Column(name = "read_at")
    private Instant readAt;

    /** Tries to e-mail it so far; 0 when no e-mail was meant (no SMTP, or the person was inactive). */
    @Column(name = "email_attempts", nullable = false)
    private int emailAttempts;

    @Column(name = "email_attempted_at")
    private Instant emailAttemptedAt;

    protected Notification() {
    }

    /** @param mailing whether it is to be e-mailed too: the one who records it makes the first try, right after commit */
    Notification(Reminder reminder, Instant now, boolean mailing) {
        this.recipientId = reminder.recipientId();
        this.reminderKey = reminder.key();
        this.subject = reminder.subject();
        this.body = reminder.body();
        this.link = reminder.link();
        this.createdAt = now;
        if (mailing) {
            this.emailAttempts = 1;
            this.emailAttemptedAt = now;
        }
    }

    Reminder toReminder() {
        return new Reminder(recipientId, reminderKey, subject, body, link);
    }

    void read(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    NotificationItem toItem() {
        return new NotificationItem(id, subject, body, link, createdAt, readAt != null, emailedAt != null);
    }

    Long getId() {
        return id;
    }

    long getRecipientId() {
        return recipientId;
    }

    int getEmailAttempts() {
        return emailAttempts;
    }
}
