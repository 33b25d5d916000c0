package org.peerpath.assessment;

import java.time.Instant;

/** An answer as the server saved it, and when: the time decides whether it counts under a time limit. */
public record SavedAnswer(Answer answer, Instant savedAt) {
}
