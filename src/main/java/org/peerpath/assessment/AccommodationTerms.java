package org.peerpath.assessment;

/**
 * A trainee's accommodations; {@code version} guards against two admins overwriting each other. It is
 * {@link #NOT_GRANTED} while the trainee has none on record, so that an admin who saw "none" cannot overwrite a
 * grant someone else made meanwhile (a new record starts at version 0).
 */
public record AccommodationTerms(long traineeId, String traineeName, int extraMinutes, int extraAttempts,
                                 boolean retakeAllowed, long version) {

    public static final long NOT_GRANTED = -1;
}
