package org.peerpath.identity;

import java.util.Set;

/** What the invited person sees before accepting. */
public record InvitationDetails(String email, String displayName, String organizationName, Set<Role> roles) {
}
