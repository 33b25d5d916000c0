package org.peerpath.practice;

import java.time.Instant;

/**
 * One trainee's backlog: how many entries wait for sign-off and since when. Whoever supervises the trainee now
 * reviews it, so the backlog names no supervisor.
 */
public record PendingSignOff(long traineeId, int entries, Instant oldestSubmittedAt) {
}
