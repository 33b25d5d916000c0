package org.peerpath.identity;

import org.peerpath.common.SecurityLog;
import org.peerpath.common.ValidationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/** What every signed-in person can do with their own account. */
@Service
@Transactional
public class AccountService {

    private final UserAccountRepository accounts;
    private final CurrentUser currentUser;
    private final PasswordEncoder passwordEncoder;
    private final StaffService staff;
    private final SignedInSessions sessions;

    AccountService(UserAccountRepository accounts, CurrentUser currentUser, PasswordEncoder passwordEncoder,
                   StaffService staff, SignedInSessions sessions) {
        this.sessions = sessions;
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
        // Whoever else is signed in with the old password (another browser, a lost phone) is signed out.
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        int ended = sessions.end(account.getId(), request == null ? null : request.getSessionId());
        SecurityLog.info("password.changed")
                .with("userId", account.getId()).with("otherSessionsEnded", ended).log("Password changed");
    }

    /** Re-authentication for signing: whether {@code password} is the caller's own. Failures are logged. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean confirmOwnPassword(String password) {
        UserAccount account = ownAccount();
        boolean matches = password != null && passwordEncoder.matches(password, account.getPasswordHash());
        if (!matches) {
            SecurityLog.warn("signature.password-mismatch").with("userId", account.getId()).log("Password re-entry for a signature failed");
        }
        return matches;
    }

    private UserAccount ownAccount() {
        return accounts.findById(currentUser.require().id())
                .orElseThrow(() -> new IllegalStateException("Signed-in account no longer exists"));
    }
}
