package org.peerpath.notification;

import org.peerpath.identity.Contact;
import org.peerpath.identity.Contacts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Delivers one reminder at most once per recipient and key. The unique key (recipient, reminder key) in the
 * database is the guarantee: when two app instances race, the second insert waits for the first to commit and
 * then fails, so only the winner e-mails.
 *
 * <p>The notification is committed first and e-mailed after: mail sent inside the transaction would go again if
 * the commit then failed. A failed send is retried by later rounds, a bounded number of times; each try is claimed
 * in the database first, so two rounds never send the same one together.
 */
@Component
class ReminderDelivery {

    static final int MAX_MAIL_ATTEMPTS = 5;
    /** A try younger than this is never retried: it may still be under way in another round. */
    static final Duration RETRY_AFTER = Duration.ofMinutes(30);
    private static final int RETRIES_PER_ROUND = 500;
    private static final Logger log = LoggerFactory.getLogger(ReminderDelivery.class);

    private final NotificationRepository notifications;
    private final Contacts contacts;
    private final ReminderMailer mailer;
    private final TransactionTemplate newTransaction;
    private final Clock clock;

    ReminderDelivery(NotificationRepository notifications, Contacts contacts, ReminderMailer mailer,
                     PlatformTransactionManager transactions, Clock clock) {
        this.notifications = notifications;
        this.contacts = contacts;
        this.mailer = mailer;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** @return whether this call delivered it (false when it had been delivered before) */
    boolean deliver(Reminder reminder) {
        Optional<Contact> recipient = contacts.contact(reminder.recipientId());
        if (recipient.isEmpty()) {
            return false;
        }
        boolean mailing = mailer.mails(recipient.get());
        Long recorded;
        try {
            recorded = newTransaction.execute(status -> {
                if (notifications.existsByRecipientIdAndReminderKey(reminder.recipientId(), reminder.key())) {
                    return null;
                }
                return notifications.saveAndFlush(new Notification(reminder, clock.instant(), mailing)).getId();
            });
        } catch (DataIntegrityViolationException alreadyDeliveredElsewhere) {
            return false;
        }
        if (recorded == null) {
            return false;
        }
        if (mailing) {
            mail(recorded, recipient.get(), reminder, 1);
        }
        return true;
    }

    /** Tries again the e-mails that failed (or whose sender stopped before recording them). @return how many went */
    int retryFailedMail() {
        Instant now = clock.instant();
        int sent = 0;
        for (Notification notification : notifications.findMailToRetry(MAX_MAIL_ATTEMPTS, now.minus(RETRY_AFTER), Limit.of(RETRIES_PER_ROUND))) {
            int attempt = notification.getEmailAttempts() + 1;
            boolean claimed = Boolean.TRUE.equals(newTransaction.execute(status ->
                    notifications.claimMailAttempt(notification.getId(), notification.getEmailAttempts(), now) == 1));
            Optional<Contact> recipient = contacts.contact(notification.getRecipientId());
            if (claimed && recipient.isPresent() && mail(notification.getId(), recipient.get(), notification.toReminder(), attempt)) {
                sent++;
            }
        }
        return sent;
    }

    private boolean mail(long notificationId, Contact to, Reminder reminder, int attempt) {
        if (!mailer.send(to, reminder)) {
            if (attempt >= MAX_MAIL_ATTEMPTS) {
                log.warn("Reminder '{}' to account {} was not e-mailed after {} tries; it stays in the app's list",
                        reminder.key(), to.id(), attempt);
            }
            return false;
        }
        newTransaction.executeWithoutResult(status -> notifications.markEmailed(notificationId, clock.instant()));
        return true;
    }
}
