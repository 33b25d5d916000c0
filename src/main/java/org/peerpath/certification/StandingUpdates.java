package org.peerpath.certification;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.peerpath.identity.StaffChanged;
import org.peerpath.identity.SystemCaller;
import org.peerpath.learning.ModuleCompleted;
import org.peerpath.practice.PracticeRecordChanged;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** Keeps the dashboard's read model current: on every event that changes a person's standing, and with the calendar. */
@Component
class StandingUpdates {

    private final CertificationService certification;
    private final StandingRepository standings;
    private final Clock clock;

    StandingUpdates(CertificationService certification, StandingRepository standings, Clock clock) {
        this.certification = certification;
        this.standings = standings;
        this.clock = clock;
    }

    // Synchronous listeners: the row changes in the same transaction as what moved it.
    @EventListener
    void on(StaffChanged event) {
        certification.refreshStanding(event.accountId());
    }

    @EventListener
    void on(ModuleCompleted event) {
        certification.refreshStanding(event.traineeId());
    }

    @EventListener
    void on(PracticeRecordChanged event) {
        certification.refreshStanding(event.traineeId());
    }

    /** The app may have been down at midnight: catch up with the calendar once at start-up too. */
    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void catchUpAtStartup() {
        moveRows();
    }

    @Scheduled(cron = "0 5 0 * * *", zone = "UTC")
    @SchedulerLock(name = "standing-calendar", lockAtMostFor = "PT10M")
    @Transactional
    public void moveWithTheCalendar() {
        moveRows();
    }

    private void moveRows() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        SystemCaller.run(() -> standings.moveWithTheCalendar(today));
    }
}
