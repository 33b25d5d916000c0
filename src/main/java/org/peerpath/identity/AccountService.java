package org.peerpath.identity;

import org.peerpath.common.SecurityLog;
import org.peerpath.common.ValidationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import java.time.Duration;

/** What every signed-in person can do with their own account. */
@Service
@Transactional
public class AccountService {

    private final UserAccountRepository accounts;
    private final CurrentUser currentUser;
    private final PasswordEncoder passwordEncoder;
    private final StaffService staff;
    private final SignedInSessions sessions;
    private final FailedSignIns failedSignIns;

    AccountService(UserAccountRepository accounts, CurrentUser currentUser, PasswordEncoder passwordEncoder,
                   StaffService staff, SignedInSessions sessions, FailedSignIns failedSignIns) {
        this.sessions = sessions;
        this.failedSignIns = failedSignIns;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.passwordEncoder = passwordEncoder;
        this.staff = staff;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public StaffMember myProfile() {
        return staff.toMember(ownAccount());
    }

    @PreAuthorize("isAuthenticated()")
    public void changePassword(String currentPassword, String newPassword) {
        UserAccount account = ownAccount();
        requireNotLocked(account, "currentPassword", "Changing your password", "Nothing was changed.");
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            failedSignIns.record(account.getEmail());
            throw ValidationException.forField("currentPassword", "This is not your current password.");
        }
        PasswordPolicy.problem(newPassword, account.getEmail()).ifPresent(problem -> {
            throw ValidationException.forField("newPassword", problem);
        });
        if (passwordEncoder.matches(newPassword, account.getPasswordHash())) {
            throw ValidationException.forField("newPassword", "Choose a password different from your current one.");
        }
        account.changePassword(passwordEncoder.encode(newPassword));
        // Whoever else is signed in with the old password (another browser, a lost phone) is signed out.
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        int ended = sessions.end(account.getId(), request == null ? null : request.getSessionId());
        SecurityLog.info("password.changed")
                .with("userId", account.getId()).with("otherSessionsEnded", ended).log("Password changed");
    }

    /**
     * Re-authentication for signing: whether {@code password} is the caller's own. A wrong password counts toward
     * the same lockout as a failed sign-in, so an open session cannot be used to guess the password; while the
     * address is locked no password is accepted here either.
     *
     * @throws ValidationException (field {@code password}) while the account is locked
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean confirmOwnPassword(String password) {
        UserAccount account = ownAccount();
        requireNotLocked(account, "password", "Signing", "Nothing was signed.");
        boolean matches = password != null && passwordEncoder.matches(password, account.getPasswordHash());
        if (!matches) {
            int failures = failedSignIns.record(account.getEmail());
            SecurityLog.warn("signature.password-mismatch").with("userId", account.getId())
                    .with("failures", failures).log("Password re-entry for a signature failed");
        }
        return matches;
    }

    private void requireNotLocked(UserAccount account, String field, String what, String nothingDone) {
        Duration locked = failedSignIns.remainingLock(account.getEmail());
        if (!locked.isZero()) {
            SecurityLog.warn("password-reentry.locked").with("userId", account.getId()).log("Password re-entry refused while locked");
            throw ValidationException.forField(field, "Too many wrong passwords. " + what + " (and signing in) is paused for "
                    + Math.max(1, locked.toMinutes()) + " more minutes. " + nothingDone);
        }
    }

    private UserAccount ownAccount() {
        return accounts.findById(currentUser.require().id())
                .orElseThrow(() -> new IllegalStateException("Signed-in account no longer exists"));
    }
}
