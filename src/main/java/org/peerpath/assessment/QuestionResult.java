package org.peerpath.assessment;

import java.math.BigDecimal;
import java.util.List;

/**
 * @param score    0 to 1; partial credit where the question type allows it; zero while pending review
 * @param feedback the author's feedback for what the trainee chose, for the review after submission
 */
public record QuestionResult(String questionId, Outcome outcome, BigDecimal score, List<String> feedback) {

    public enum Outcome { CORRECT, PARTLY_CORRECT, INCORRECT, UNANSWERED, PENDING_REVIEW }

    public QuestionResult {
        feedback = List.copyOf(feedback);
    }
}
