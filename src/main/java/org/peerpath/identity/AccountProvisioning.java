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
    private final PeerpathUserDetailsService userDetails;

    AccountProvisioning(UserAccountRepository accounts, PasswordEncoder passwordEncoder, Clock clock,
                        PeerpathUserDetailsService userDetails) {
        this.accounts = accounts;
        this.userDetails = userDetails;
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

    /**
     * Demo data only: does {@code work} as the person with {@code email}, through the same services and checks
     * that person would meet in the browser.
     */
    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    public void runAs(String email, Runnable work) {
        org.springframework.security.core.userdetails.UserDetails user = userDetails.loadUserByUsername(email);
        var previous = org.springframework.security.core.context.SecurityContextHolder.getContext();
        var context = org.springframework.security.core.context.SecurityContextHolder.createEmptyContext();
        context.setAuthentication(org.springframework.security.authentication.UsernamePasswordAuthenticationToken
                .authenticated(user, null, user.getAuthorities()));
        org.springframework.security.core.context.SecurityContextHolder.setContext(context);
        try {
            work.run();
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.setContext(previous);
        }
    }
}
