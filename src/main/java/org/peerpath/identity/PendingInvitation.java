package org.peerpath.identity;

import java.time.Instant;
import java.util.Set;

public record PendingInvitation(long id, String email, String displayName, Set<Role> roles, Instant expiresAt,
                                boolean expired) {
}
