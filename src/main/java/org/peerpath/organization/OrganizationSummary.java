package org.peerpath.organization;

import java.time.Instant;

public record OrganizationSummary(long id, String name, boolean active, Instant createdAt) {
}
