package org.peerpath.practice;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;

interface SupervisionSessionRepository extends JpaRepository<SupervisionSession, Long> {

    List<SupervisionSession> findByTraineeIdOrderByDateDesc(long traineeId);

    /** Sessions waiting for this supervisor: neither confirmed nor declined. */
    List<SupervisionSession> findBySupervisorIdAndConfirmedAtIsNullAndDeclinedAtIsNullOrderByDate(long supervisorId);

    /** Confirming, declining and changing a session take a row lock first, so they run one after the other. */
    @org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from SupervisionSession s where s.id = :id")
    java.util.Optional<SupervisionSession> lockById(long id);

    /** Confirmed minutes per trainee: [traineeId, minutes]. */
    @Query("select s.traineeId, sum(s.minutes) from SupervisionSession s where s.traineeId in :traineeIds "
            + "and s.confirmedAt is not null group by s.traineeId")
    List<Object[]> confirmedMinutes(Collection<Long> traineeIds);
}
