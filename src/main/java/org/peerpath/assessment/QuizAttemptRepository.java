package org.peerpath.assessment;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface QuizAttemptRepository extends JpaRepository<QuizAttempt, Long> {

    List<QuizAttempt> findByTraineeIdAndModuleIdOrderByNumber(long traineeId, String moduleId);

    List<QuizAttempt> findByTraineeIdOrderByStartedAtDesc(long traineeId);

    List<QuizAttempt> findByTraineeIdInOrderByStartedAtDesc(java.util.Collection<Long> traineeIds);

    Optional<QuizAttempt> findFirstByTraineeIdAndModuleIdAndStatus(long traineeId, String moduleId, QuizAttempt.Status status);

    /** Submission takes a row lock, so two submissions of the same attempt run one after the other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from QuizAttempt a where a.id = :id")
    Optional<QuizAttempt> lockById(long id);

    List<QuizAttempt> findByStatusAndTraineeIdInOrderBySubmittedAt(QuizAttempt.Status status, Collection<Long> traineeIds);

    List<QuizAttempt> findByModuleIdAndModuleVersionAndNumberAndStatus(String moduleId, int moduleVersion, int number, QuizAttempt.Status status);

    @Query("select a.id from QuizAttempt a where a.traineeId = :traineeId and a.moduleId = :moduleId and a.status = 'IN_PROGRESS'")
    Optional<Long> findIdInProgress(long traineeId, String moduleId);

    @Query("select a.id from QuizAttempt a where a.status = 'IN_PROGRESS' and a.deadline <= :now")
    List<Long> findOverdue(java.time.Instant now);
}
