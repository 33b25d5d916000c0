package org.peerpath.notification;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.peerpath.identity.SystemCaller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs a reminder round on schedule. ShedLock keeps a second app instance from running a round at the same
 * time; {@link ReminderDelivery} keeps each reminder once-only even if rounds overlap anyway (a lock that
 * outlived {@code lockAtMostFor}, a manual run).
 */
@Component
public class ReminderJob {

    private static final Logger log = LoggerFactory.getLogger(ReminderJob.class);

    private final ReminderRound round;

    ReminderJob(ReminderRound round) {
        this.round = round;
    }

    @Scheduled(cron = "${peerpath.reminders.cron}", zone = "${peerpath.time-zone:}")
    @SchedulerLock(name = "reminders", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    public void sendDueReminders() {
        int delivered = SystemCaller.call(round::run);
        log.info("Reminder round delivered {} reminders", delivered);
    }
}
