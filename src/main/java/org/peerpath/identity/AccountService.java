package org.peerpath.identity;

import org.peerpath.common.SecurityLog;
import org.peerpath.common.ValidationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;

/** What every signed-in person can do with their own account. */
@Service
@Transactional
public class AccountService {

    private final UserAccountRepository accounts;
    private final CurrentUser currentUser;
    private final PasswordEncoder passwordEncoder;
    private final StaffService staff;
    private final LoginThrottleRepository throttles;
    private final LockoutPolicy lockout;
    private final Clock clock;

    AccountService(UserAccountRepository accounts, CurrentUser currentUser, PasswordEncoder passwordEncoder,
                   StaffService staff, LoginThrottleRepository throttles, LockoutPolicy lockout, Clock clock) {
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.passwordEncoder = passwordEncoder;
        this.staff = staff;
        this.throttles = throttles;
        this.lockout = lockout;
        this.clock = clock;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public StaffMember myProfile() {
        return staff.toMember(ownAccount());
    }

    @PreAuthorize("isAuthenticated()")
    public void changePassword(String currentPassword, String newPassword) {
        UserAccount account = ownAccount();
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            throw ValidationException.forField("currentPassword", "This is not your current password.");
        }
        PasswordPolicy.problem(newPassword, account.getEmail()).ifPresent(problem -> {
            throw ValidationException.forField("newPassword", problem);
        });
        if (passwordEncoder.matches(newPassword, account.getPasswordHash())) {
            throw ValidationException.forField("newPassword", "Choose a password different from your current one.");
        }
        account.changePassword(passwordEncoder.encode(newPassword));
        SecurityLog.info("password.changed")
                .with("userId", account.getId()).log("Password changed");
    }

    /**
     * Re-authentication for signing: whether {@code password} is the caller's own. A wrong password counts toward
     * the same lockout as a failed sign-in, so an open session cannot be used to guess the password; while the
     * address is locked no password is accepted here either. Runs in its own transaction: the failure stays
     * counted although the caller's transaction rolls back.
     *
     * @throws ValidationException (field {@code password}) while the account is locked
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean confirmOwnPassword(String password) {
        UserAccount account = ownAccount();
        String email = Emails.normalize(account.getEmail());
        Instant now = clock.instant();
        LoginThrottle throttle = throttles.findById(email).orElseGet(() -> new LoginThrottle(email));
        if (throttle.isLocked(now)) {
            SecurityLog.warn("signature.locked").with("userId", account.getId()).log("Password re-entry refused while locked");
            throw ValidationException.forField("password", "Too many wrong passwords. Signing (and signing in) is paused for "
                    + Math.max(1, throttle.remainingLock(now).toMinutes()) + " more minutes. Nothing was signed.");
        }
        boolean matches = password != null && passwordEncoder.matches(password, account.getPasswordHash());
        if (!matches) {
            boolean lockedNow = throttle.recordFailure(now, lockout);
            throttles.save(throttle);
            SecurityLog.warn("signature.password-mismatch").with("userId", account.getId())
                    .with("failures", throttle.getFailedAttempts()).log("Password re-entry for a signature failed");
            if (lockedNow) {
                SecurityLog.warn("login.lockout").with("email", email)
                        .with("minutes", lockout.lockDuration().toMinutes()).log("Address locked after repeated failures");
            }
        }
        return matches;
    }

    private UserAccount ownAccount() {
        return accounts.findById(currentUser.require().id())
                .orElseThrow(() -> new IllegalStateException("Signed-in account no longer exists"));
    }
}
