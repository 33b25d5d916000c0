package org.peerpath.content;

import java.util.List;

/** How a module's quiz is drawn and scored. {@code maxAttempts} 0 means unlimited; {@code timeLimitMinutes} may be null. */
public record QuizSettings(int questionsPerAttempt, int passPercent, int maxAttempts, int waitMinutes,
                           Integer timeLimitMinutes, Review review, List<String> coverTags) {

    /** What a trainee sees after an attempt. */
    public enum Review {
        SCORE_ONLY, WHICH_WRONG, FULL_FEEDBACK
    }
}
