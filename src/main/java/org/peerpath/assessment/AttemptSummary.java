package org.peerpath.assessment;

import java.math.BigDecimal;
import java.time.Instant;

/** One attempt in a history list. {@code scorePercent} and {@code passed} are null until the final grade. */
public record AttemptSummary(long id, long traineeId, String moduleId, String moduleTitle, int number, String status,
                             BigDecimal scorePercent, Boolean passed, Instant startedAt, Instant submittedAt,
                             boolean closedByTime) {
}
