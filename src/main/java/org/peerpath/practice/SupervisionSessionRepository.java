package org.peerpath.practice;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;

interface SupervisionSessionRepository extends JpaRepository<SupervisionSession, Long> {

    List<SupervisionSession> findByTraineeIdOrderByDateDesc(long traineeId);

    List<SupervisionSession> findBySupervisorIdAndConfirmedAtIsNullOrderByDate(long supervisorId);

    /** Confirmed minutes per trainee: [traineeId, minutes]. */
    @Query("select s.traineeId, sum(s.minutes) from SupervisionSession s where s.traineeId in :traineeIds "
            + "and s.confirmedAt is not null group by s.traineeId")
    List<Object[]> confirmedMinutes(Collection<Long> traineeIds);
}
