package org.peerpath.identity;

import java.util.Optional;

/** What identity needs to know about organizations; the organization feature provides it. */
public interface OrganizationDirectory {

    Optional<String> nameOf(long organizationId);
}
