package org.peerpath.practice;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface PracticeLogLockRepository extends Repository<PracticeLogLock, Long> {

    /**
     * Creates the trainee's lock row if needed and holds it exclusively until the transaction ends. One statement:
     * a plain insert-if-absent followed by a locking read could let two tabs each take a shared lock and deadlock.
     */
    @Modifying(flushAutomatically = true)
    @Query(value = "insert into practice_log_lock (trainee_id) values (:traineeId) on duplicate key update trainee_id = trainee_id",
            nativeQuery = true)
    void lock(long traineeId);
}
