package org.peerpath.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.List;

/** One round: every due reminder from every feature, each delivered at most once; then failed e-mail tried again. */
@Component
class ReminderRound {

    private static final Logger log = LoggerFactory.getLogger(ReminderRound.class);

    private final List<ReminderSource> sources;
    private final ReminderDelivery delivery;
    private final Clock clock;

    ReminderRound(List<ReminderSource> sources, ReminderDelivery delivery, Clock clock) {
        this.sources = sources;
        this.delivery = delivery;
        this.clock = clock;
    }

    /** @return how many reminders this round delivered */
    int run() {
        int delivered = 0;
        for (ReminderSource source : sources) {
            for (Reminder reminder : source.due(clock.instant())) {
                if (delivery.deliver(reminder)) {
                    delivered++;
                }
            }
        }
        int retried = delivery.retryFailedMail();
        if (retried > 0) {
            log.info("Reminder round e-mailed {} reminders whose earlier e-mail had failed", retried);
        }
        return delivered;
    }
}
