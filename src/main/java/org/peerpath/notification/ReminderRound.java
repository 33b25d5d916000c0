package org.peerpath.notification;

import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.List;

/** One round: every due reminder from every feature, each delivered at most once. */
@Component
class ReminderRound {

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
        return delivered;
    }
}
