package org.peerpath.assessment;

/** A trainee's accommodations; {@code version} guards against two admins overwriting each other. */
public record AccommodationTerms(long traineeId, String traineeName, int extraMinutes, int extraAttempts,
                                 boolean retakeAllowed, long version) {
}
