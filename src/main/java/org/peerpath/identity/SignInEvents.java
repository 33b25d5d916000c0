package org.peerpath.identity;

import org.peerpath.common.SecurityLog;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureDisabledEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;

/**
 * Counts failed sign-ins towards the lockout and writes security events as structured log lines.
 * Log lines name the address but never a password or a token.
 */
@Component
class SignInEvents {

    private final LoginThrottleRepository throttles;
    private final LockoutPolicy policy;
    private final Clock clock;

    SignInEvents(LoginThrottleRepository throttles, LockoutPolicy policy, Clock clock) {
        this.throttles = throttles;
        this.policy = policy;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        String email = Emails.normalize(event.getAuthentication().getName());
        throttles.deleteById(email);
        SecurityLog.info("login.success").with("email", email).log("Sign-in succeeded");
    }

    @EventListener
    @Transactional
    public void onBadCredentials(AuthenticationFailureBadCredentialsEvent event) {
        countFailure(event);
    }

    /**
     * A deactivated account is checked only after its password (see SecurityConfiguration), and its failures
     * count like any other, so that neither the timing nor the lockout tells a former account from a stranger.
     */
    @EventListener
    @Transactional
    public void onDisabled(AuthenticationFailureDisabledEvent event) {
        countFailure(event);
    }

    private void countFailure(AbstractAuthenticationFailureEvent event) {
        String email = throttleKey(event.getAuthentication().getName());
        Instant now = clock.instant();
        // Parallel guesses must each count: the row is created if missing and then locked for the update.
        throttles.createIfMissing(email, now);
        LoginThrottle throttle = throttles.lockByEmail(email).orElseThrow();
        boolean lockedNow = throttle.recordFailure(now, policy);
        throttles.save(throttle);
        SecurityLog.warn("login.failure").with("email", email)
                .with("failures", throttle.getFailedAttempts()).log("Sign-in failed");
        if (lockedNow) {
            SecurityLog.warn("login.lockout").with("email", email)
                    .with("minutes", policy.lockDuration().toMinutes()).log("Address locked after repeated failures");
        }
    }

    /** The throttle's key: the normalized address, cut to the column's length (longer input is no address). */
    static String throttleKey(String username) {
        String email = Emails.normalize(username);
        return email.length() > 254 ? email.substring(0, 254) : email;
    }

    @EventListener
    public void onOtherFailure(AbstractAuthenticationFailureEvent event) {
        if (event instanceof AuthenticationFailureBadCredentialsEvent || event instanceof AuthenticationFailureDisabledEvent) {
            return;
        }
        String kind = event instanceof AuthenticationFailureLockedEvent ? "login.locked" : "login.refused";
        SecurityLog.warn(kind)
                .with("email", Emails.normalize(event.getAuthentication().getName()))
                .with("reason", event.getException().getClass().getSimpleName()).log("Sign-in refused");
    }

    @EventListener
    public void onLogout(LogoutSuccessEvent event) {
        SecurityLog.info("logout")
                .with("email", Emails.normalize(event.getAuthentication().getName())).log("Signed out");
    }
}
