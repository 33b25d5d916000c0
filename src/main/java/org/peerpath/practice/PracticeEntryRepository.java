package org.peerpath.practice;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

interface PracticeEntryRepository extends JpaRepository<PracticeEntry, Long> {

    List<PracticeEntry> findByTraineeIdOrderByDateDescStartDesc(long traineeId);

    /** Reviewing takes a row lock first, so two reviewers of one entry run one after the other. */
    @org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    @Query("select e from PracticeEntry e where e.id = :id")
    java.util.Optional<PracticeEntry> lockById(long id);

    List<PracticeEntry> findByTraineeIdAndDate(long traineeId, LocalDate date);

    List<PracticeEntry> findByTraineeIdInAndStatusOrderByTraineeIdAscDateAscStartAsc(Collection<Long> traineeIds, EntryStatus status);

    /** Minutes per domain and status: [domain, status, minutes]. */
    @Query("select e.domain, e.status, sum(e.minutes) from PracticeEntry e where e.traineeId = :traineeId group by e.domain, e.status")
    List<Object[]> minutesByDomainAndStatus(long traineeId);

    /** Signed minutes per trainee and domain: [traineeId, domain, minutes]. */
    @Query("select e.traineeId, e.domain, sum(e.minutes) from PracticeEntry e where e.traineeId in :traineeIds "
            + "and e.status = org.peerpath.practice.EntryStatus.APPROVED group by e.traineeId, e.domain")
    List<Object[]> signedMinutes(Collection<Long> traineeIds);

    /** Signed minutes per month of an organization: [year, month, minutes]. */
    @Query("select year(e.date), month(e.date), sum(e.minutes) from PracticeEntry e where e.organizationId = :organizationId "
            + "and e.status = org.peerpath.practice.EntryStatus.APPROVED and e.date between :from and :to "
            + "group by year(e.date), month(e.date)")
    List<Object[]> signedMinutesPerMonth(long organizationId, LocalDate from, LocalDate to);

    @Query("select sum(e.minutes) from PracticeEntry e where e.traineeId = :traineeId "
            + "and e.status = org.peerpath.practice.EntryStatus.APPROVED and e.date >= :from")
    Long signedMinutesSince(long traineeId, LocalDate from);

    /** [traineeId, count, oldest submittedAt]. */
    @Query("select e.traineeId, count(e), min(e.submittedAt) from PracticeEntry e "
            + "where e.status = org.peerpath.practice.EntryStatus.SUBMITTED and e.submittedAt < :before "
            + "group by e.traineeId")
    List<Object[]> waitingForSignOff(Instant before);
}
