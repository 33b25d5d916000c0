package org.peerpath.identity;

import org.peerpath.common.SecurityLog;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Counts wrong passwords per address toward the lockout: at sign-in and when a password is re-entered to sign
 * practice hours or to change it, so that an open session cannot be used to guess the password either.
 */
@Component
class FailedSignIns {

    private final LoginThrottleRepository throttles;
    private final LockoutPolicy policy;
    private final Clock clock;

    FailedSignIns(LoginThrottleRepository throttles, LockoutPolicy policy, Clock clock) {
        this.throttles = throttles;
        this.policy = policy;
        this.clock = clock;
    }

    /** The throttle's key: the normalized address, cut to the column's length (longer input is no address). */
    static String key(String username) {
        String email = Emails.normalize(username);
        return email.length() > 254 ? email.substring(0, 254) : email;
    }

    /**
     * Committed on its own: the caller usually goes on to refuse (and roll back) what it was asked to do.
     *
     * @return how many failures are counted now
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public int record(String username) {
        String email = key(username);
        Instant now = clock.instant();
        // Parallel guesses must each count: the row is created if missing and then locked for the update.
        throttles.createIfMissing(email, now);
        LoginThrottle throttle = throttles.lockByEmail(email).orElseThrow();
        boolean lockedNow = throttle.recordFailure(now, policy);
        throttles.save(throttle);
        if (lockedNow) {
            SecurityLog.warn("login.lockout").with("email", email)
                    .with("minutes", policy.lockDuration().toMinutes()).log("Address locked after repeated failures");
        }
        return throttle.getFailedAttempts();
    }

    /** How long the address stays locked; zero when it is not. */
    Duration remainingLock(String username) {
        Instant now = clock.instant();
        return throttles.findById(key(username)).map(t -> t.remainingLock(now)).orElse(Duration.ZERO);
    }

    void clear(String username) {
        throttles.deleteById(key(username));
    }
}
