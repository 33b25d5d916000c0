package org.peerpath.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Duration;
import java.time.Instant;

/**
 * Failed sign-ins for one e-mail address. After {@link LockoutPolicy#maxFailures()} failures within
 * {@link LockoutPolicy#window()} the address is locked for {@link LockoutPolicy#lockDuration()}.
 * Counted per address, not per account, so that "locked" says nothing about whether an account exists.
 */
@Entity
@Table(name = "login_throttle")
class LoginThrottle {

    @Id
    private String email;

    @Column(name = "failed_attempts", nullable = false)
    private int failedAttempts;

    @Column(name = "last_failure_at", nullable = false)
    private Instant lastFailureAt;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    protected LoginThrottle() {
    }

    LoginThrottle(String email) {
        this.email = Emails.normalize(email);
    }

    /** @return true when this failure locked the address */
    boolean recordFailure(Instant now, LockoutPolicy policy) {
        boolean windowExpired = lastFailureAt == null || lastFailureAt.plus(policy.window()).isBefore(now);
        boolean lockExpired = lockedUntil != null && !lockedUntil.isAfter(now);
        if (windowExpired || lockExpired) {
            failedAttempts = 0;
            lockedUntil = null;
        }
        failedAttempts++;
        lastFailureAt = now;
        if (failedAttempts >= policy.maxFailures() && lockedUntil == null) {
            lockedUntil = now.plus(policy.lockDuration());
            return true;
        }
        return false;
    }

    boolean isLocked(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    Duration remainingLock(Instant now) {
        return isLocked(now) ? Duration.between(now, lockedUntil) : Duration.ZERO;
    }

    int getFailedAttempts() {
        return failedAttempts;
    }

    String getEmail() {
        return email;
    }
}
