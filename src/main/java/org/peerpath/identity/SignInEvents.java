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


/**
 * Counts failed sign-ins towards the lockout and writes security events as structured log lines.
 * Log lines name the address but never a password or a token.
 */
@Component
class SignInEvents {

    private final FailedSignIns failures;

    SignInEvents(FailedSignIns failures) {
        this.failures = failures;
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        String email = Emails.normalize(event.getAuthentication().getName());
        failures.clear(email);
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
        String email = FailedSignIns.key(event.getAuthentication().getName());
        int counted = failures.record(email);
        SecurityLog.warn("login.failure").with("email", email).with("failures", counted).log("Sign-in failed");
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
