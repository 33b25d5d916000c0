package org.peerpath.identity;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;

/**
 * Creates accounts directly, with a known password: for the demo organization and test fixtures only.
 * Real people always join through an invitation. Restricted to the platform itself.
 */
@Service
@Transactional
public class AccountProvisioning {

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    AccountProvisioning(UserAccountRepository accounts, PasswordEncoder passwordEncoder, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    public long createAccount(long organizationId, String email, String displayName, String password,
                              Set<Role> roles, Long supervisorId) {
        UserAccount account = new UserAccount(organizationId, email, displayName, passwordEncoder.encode(password),
                roles, clock.instant());
        account.assignSupervisor(supervisorId);
        return accounts.save(account).getId();
    }

    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    @Transactional(readOnly = true)
    public Optional<Long> findAccountId(String email) {
        return accounts.findByEmail(Emails.normalize(email)).map(UserAccount::getId);
    }
}
