package org.peerpath.certification;

import jakarta.persistence.EntityManager;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.peerpath.identity.Contacts;
import org.peerpath.identity.StaffChanged;
import org.peerpath.identity.SystemCaller;
import org.peerpath.learning.ModuleCompleted;
import org.peerpath.practice.PracticeRecordChanged;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Keeps the dashboard's read model current: on every event that changes a person's standing, with the calendar, and
 * at start-up for people who have no row yet.
 */
@Component
class StandingUpdates {

    private static final Logger log = LoggerFactory.getLogger(StandingUpdates.class);
    private static final int BATCH = 200;

    private final CertificationService certification;
    private final StandingRepository standings;
    private final Contacts contacts;
    private final TransactionTemplate transaction;
    private final EntityManager entityManager;
    private final Clock clock;

    StandingUpdates(CertificationService certification, StandingRepository standings, Contacts contacts,
                    PlatformTransactionManager transactions, EntityManager entityManager, Clock clock) {
        this.certification = certification;
        this.standings = standings;
        this.contacts = contacts;
        this.entityManager = entityManager;
        this.transaction = new TransactionTemplate(transactions);
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

    /**
     * The app may have been down at midnight: catch up with the calendar once at start-up too. And a database from
     * before the read model, or one whose rows were lost, would show nobody until an event touched them: everyone
     * without a row gets one, in the background, since for a large organization that takes minutes. (Runs after
     * the content and demo loaders, which are application runners.) Two instances doing it at once are safe: each
     * row is computed under its lock.
     */
    @EventListener(ApplicationReadyEvent.class)
    public void catchUpAtStartup() {
        transaction.executeWithoutResult(status -> moveRows());
        Thread.ofPlatform().name("dashboard-backfill").daemon().start(() -> SystemCaller.run(this::createMissingRows));
    }

    /** Computes a row for everyone who has none, {@value #BATCH} people per transaction; returns how many. */
    int createMissingRows() {
        long started = System.nanoTime();
        int created = 0;
        long after = 0;
        for (List<Long> ids = contacts.accountIdsAfter(after, BATCH); !ids.isEmpty(); ids = contacts.accountIdsAfter(after, BATCH)) {
            after = ids.getLast();
            Set<Long> existing = new HashSet<>(standings.existing(ids));
            List<Long> missing = ids.stream().filter(id -> !existing.contains(id)).toList();
            if (!missing.isEmpty()) {
                try {
                    transaction.executeWithoutResult(status -> missing.forEach(id -> {
                        certification.refreshStanding(id);
                        // Each person's entities are done with; a growing persistence context would make every
                        // later query's auto-flush check them all again.
                        entityManager.flush();
                        entityManager.clear();
                    }));
                    created += missing.size();
                } catch (RuntimeException e) {
                    // One bad record must not stop the rest; these people get their row at their next event.
                    log.warn("Dashboard read model: could not create the rows of accounts {} to {}", missing.getFirst(), missing.getLast(), e);
                }
            }
        }
        log.info("Dashboard read model: created rows for {} people who had none, in {} ms", created,
                (System.nanoTime() - started) / 1_000_000);
        return created;
    }

    @Scheduled(cron = "0 5 0 * * *", zone = "${peerpath.time-zone:}")
    @SchedulerLock(name = "standing-calendar", lockAtMostFor = "PT10M")
    @Transactional
    public void moveWithTheCalendar() {
        moveRows();
    }

    private void moveRows() {
        LocalDate today = LocalDate.now(clock);
        SystemCaller.run(() -> standings.moveWithTheCalendar(today));
    }
}
