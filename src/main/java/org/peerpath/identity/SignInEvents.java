package org.peerpath.identity;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;

/**
 * Counts failed sign-ins towards the lockout and writes security events as structured log lines.
 * Log lines name the address but never a password or a token.
 */
@Component
class SignInEvents {

    static final Logger SECURITY_LOG = LoggerFactory.getLogger("peerpath.security");

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
        SECURITY_LOG.atInfo().addKeyValue("event", "login.success").addKeyValue("email", email).log("Sign-in succeeded");
    }

    @EventListener
    @Transactional
    public void onBadCredentials(AuthenticationFailureBadCredentialsEvent event) {
        String email = Emails.normalize(event.getAuthentication().getName());
        LoginThrottle throttle = throttles.findById(email).orElseGet(() -> new LoginThrottle(email));
        boolean lockedNow = throttle.recordFailure(clock.instant(), policy);
        throttles.save(throttle);
        SECURITY_LOG.atWarn().addKeyValue("event", "login.failure").addKeyValue("email", email)
                .addKeyValue("failures", throttle.getFailedAttempts()).log("Sign-in failed");
        if (lockedNow) {
            SECURITY_LOG.atWarn().addKeyValue("event", "login.lockout").addKeyValue("email", email)
                    .addKeyValue("minutes", policy.lockDuration().toMinutes()).log("Address locked after repeated failures");
        }
    }

    @EventListener
    public void onOtherFailure(AbstractAuthenticationFailureEvent event) {
        if (event instanceof AuthenticationFailureBadCredentialsEvent) {
            return;
        }
        String kind = event instanceof AuthenticationFailureLockedEvent ? "login.locked" : "login.refused";
        SECURITY_LOG.atWarn().addKeyValue("event", kind)
                .addKeyValue("email", Emails.normalize(event.getAuthentication().getName()))
                .addKeyValue("reason", event.getException().getClass().getSimpleName()).log("Sign-in refused");
    }

    @EventListener
    public void onLogout(LogoutSuccessEvent event) {
        SECURITY_LOG.atInfo().addKeyValue("event", "logout")
                .addKeyValue("email", Emails.normalize(event.getAuthentication().getName())).log("Signed out");
    }
}
