package org.peerpath.identity;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Who is calling. Services use it for ownership checks that role annotations cannot express:
 * the same organization, one's own records, one's own trainees.
 */
@Component
public class CurrentUser {

    public Optional<PeerpathUser> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof PeerpathUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    public PeerpathUser require() {
        return find().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("Not signed in"));
    }

    /** Fails unless the caller belongs to {@code organizationId}. */
    public PeerpathUser requireOrganization(long organizationId) {
        PeerpathUser user = require();
        if (user.organizationId() != organizationId) {
            throw new AccessDeniedException("Not a member of this organization");
        }
        return user;
    }
}
