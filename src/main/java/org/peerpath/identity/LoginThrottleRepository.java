package org.peerpath.identity;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import java.time.Instant;
import java.util.Optional;

interface LoginThrottleRepository extends JpaRepository<LoginThrottle, String> {

    /**
     * Creates the address's row unless it exists, and holds its write lock either way, so that parallel failures
     * queue on one row. (INSERT IGNORE would take only a shared lock on an existing row, and two failures each
     * holding one and then asking for the write lock deadlock.)
     */
    @Modifying
    @Query(value = "insert into login_throttle (email, failed_attempts, last_failure_at) values (:email, 0, :now)"
            + " on duplicate key update email = email", nativeQuery = true)
    void createIfMissing(String email, Instant now);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from LoginThrottle t where t.email = :email")
    Optional<LoginThrottle> lockByEmail(String email);
}
