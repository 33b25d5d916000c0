package org.peerpath.identity;

import java.time.Instant;
import java.util.Set;

/** A person in an organization, as administrators and other features see them. */
public record StaffMember(long id, long organizationId, String email, String displayName, Set<Role> roles,
                          Long supervisorId, String supervisorName, boolean active, Instant deactivatedAt,
                          long version) {

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }
}
