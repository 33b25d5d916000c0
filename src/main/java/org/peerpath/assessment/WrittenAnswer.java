package org.peerpath.assessment;

import org.peerpath.content.QuestionDefinition;

import java.time.Instant;
import java.util.List;

/** A written response waiting for a supervisor's rubric grade. */
public record WrittenAnswer(long attemptId, long traineeId, String traineeName, String moduleTitle, String questionId,
                            String prompt, String scenario, String answer, List<QuestionDefinition.RubricCriterion> rubric,
                            String sampleAnswer, Instant submittedAt) {
}
