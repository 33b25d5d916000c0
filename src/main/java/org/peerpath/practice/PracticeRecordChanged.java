package org.peerpath.practice;

/**
 * Published (in the same transaction) whenever a trainee's evidence changes: an entry signed or
 * reopened, a supervision session confirmed or reopened. Certification recomputes progress on it.
 */
public record PracticeRecordChanged(long traineeId) {
}
