package org.peerpath.identity;

/** Someone joined, or their roles, supervisor or active state changed. Published when the account is saved. */
public record StaffChanged(long accountId, long organizationId) {
}
