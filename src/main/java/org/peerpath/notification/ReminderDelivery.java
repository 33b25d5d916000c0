package org.peerpath.notification;

import org.peerpath.identity.Contact;
import org.peerpath.identity.Contacts;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.util.Optional;

/**
 * Delivers one reminder at most once per recipient and key. The unique key (recipient, reminder key) in the
 * database is the guarantee: when two app instances race, the second insert waits for the first to commit and
 * then fails, so only the winner e-mails.
 */
@Component
class ReminderDelivery {

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
        try {
            return Boolean.TRUE.equals(newTransaction.execute(status -> {
                if (notifications.existsByRecipientIdAndReminderKey(reminder.recipientId(), reminder.key())) {
                    return false;
                }
                Notification notification = notifications.saveAndFlush(new Notification(reminder, clock.instant()));
                if (mailer.send(recipient.get(), reminder)) {
                    notification.emailed(clock.instant());
                }
                return true;
            }));
        } catch (DataIntegrityViolationException alreadyDeliveredElsewhere) {
            return false;
        }
    }
}
