package org.peerpath.practice;

import java.time.Instant;

/** A supervisor's backlog for one trainee: how many entries wait for sign-off and since when. */
public record PendingSignOff(long supervisorId, long traineeId, int entries, Instant oldestSubmittedAt) {
}
