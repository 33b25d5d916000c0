package org.peerpath.assessment;

import java.time.Instant;
import java.util.List;

/**
 * A module's quiz as its trainee sees it before starting: the rules, their attempts so far, and whether
 * (and when) they may start.
 *
 * @param allowedAttempts 0 means unlimited
 * @param timeLimitMinutes including the trainee's extra time; null when untimed
 */
public record QuizOverview(String moduleId, String title, int questions, int passPercent, int allowedAttempts,
                           Integer timeLimitMinutes, int waitMinutes, Availability availability, Instant availableAt,
                           Long attemptInProgress, List<AttemptSummary> attempts) {

    public enum Availability { CAN_START, IN_PROGRESS, PASSED, AWAITING_GRADING, NO_ATTEMPTS_LEFT, WAIT }
}
