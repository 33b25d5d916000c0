package org.peerpath.identity;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.EnumSet;

@Service
class PeerpathUserDetailsService implements UserDetailsService {

    private final UserAccountRepository accounts;
    private final LoginThrottleRepository throttles;
    private final Clock clock;

    PeerpathUserDetailsService(UserAccountRepository accounts, LoginThrottleRepository throttles, Clock clock) {
        this.accounts = accounts;
        this.throttles = throttles;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        String email = Emails.normalize(username);
        boolean locked = throttles.findById(FailedSignIns.key(email)).map(t -> t.isLocked(clock.instant())).orElse(false);
        return accounts.findByEmail(email)
                .map(a -> new PeerpathUser(a.getId(), a.getOrganizationId(), a.getEmail(), a.getDisplayName(),
                        a.getRoles(), a.getPasswordHash(), a.isActive(), locked))
                .orElseGet(() -> {
                    if (!locked) {
                        throw new UsernameNotFoundException("No account");
                    }
                    // A locked address without an account must look exactly like a locked account.
                    return new PeerpathUser(-1, -1, email, email, EnumSet.noneOf(Role.class), "{noop}", true, true);
                });
    }
}
