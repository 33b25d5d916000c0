package org.peerpath.assessment;

import org.peerpath.content.QuizSettings;

import java.math.BigDecimal;
import java.util.List;

/**
 * A submitted attempt as the module's review setting allows its trainee to see it: score only, which
 * questions were wrong, or full feedback with the right answers and the author's explanations.
 * {@code questions} is empty for score-only review.
 */
public record AttemptReview(long attemptId, String moduleId, String title, int number, String status,
                            BigDecimal scorePercent, Boolean passed, int passPercent, boolean closedByTime,
                            QuizSettings.Review mode, List<ReviewedQuestion> questions) {

    /** {@code yourAnswer}, {@code rightAnswer}, {@code feedback} and {@code explanation} are empty unless FULL_FEEDBACK. */
    public record ReviewedQuestion(int position, String prompt, QuestionResult.Outcome outcome, BigDecimal score,
                                   String yourAnswer, String rightAnswer, List<String> feedback, String explanation) {
    }
}
