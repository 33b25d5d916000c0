package org.peerpath.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A question as it was presented in one attempt, with the trainee's saved answer and, later, its grade. */
@Entity
@Table(name = "quiz_attempt_question")
class AttemptQuestion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "attempt_id", nullable = false, updatable = false)
    private QuizAttempt attempt;

    @Column(nullable = false, updatable = false)
    private int position;

    @Column(name = "question_id", nullable = false, updatable = false)
    private String questionId;

    @Column(nullable = false, updatable = false)
    private String presented;

    private String answer;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Enumerated(EnumType.STRING)
    private QuestionResult.Outcome outcome;

    private BigDecimal score;

    private String feedback;

    @Column(name = "rubric_points")
    private String rubricPoints;

    @Column(name = "grader_id")
    private Long graderId;

    @Column(name = "grader_comment")
    private String graderComment;

    @Column(name = "graded_at")
    private Instant gradedAt;

    protected AttemptQuestion() {
    }

    AttemptQuestion(QuizAttempt attempt, int position, PresentedQuestion question) {
        this.attempt = attempt;
        this.position = position;
        this.questionId = question.id();
        this.presented = AttemptJson.write(question);
    }

    void answered(Answer answer, Instant at) {
        this.answer = AttemptJson.write(answer);
        this.answeredAt = at;
    }

    void graded(QuestionResult result) {
        this.outcome = result.outcome();
        this.score = result.score().setScale(4, java.math.RoundingMode.HALF_UP); // as the column stores it
        this.feedback = AttemptJson.write(result.feedback());
    }

    void gradedBySupervisor(QuestionResult result, List<Integer> points, long graderId, String comment, Instant at) {
        graded(result);
        this.rubricPoints = AttemptJson.write(points);
        this.graderId = graderId;
        this.graderComment = comment == null || comment.isBlank() ? null : comment.strip();
        this.gradedAt = at;
    }

    QuestionResult result() {
        return outcome == null ? null : new QuestionResult(questionId, outcome, score, AttemptJson.strings(feedback));
    }

    String getQuestionId() {
        return questionId;
    }

    int getPosition() {
        return position;
    }

    PresentedQuestion presented() {
        return AttemptJson.presented(presented);
    }

    Answer answer() {
        return AttemptJson.answer(answer);
    }

    SavedAnswer saved() {
        return answer == null ? null : new SavedAnswer(answer(), answeredAt);
    }

    Instant getAnsweredAt() {
        return answeredAt;
    }

    QuestionResult.Outcome getOutcome() {
        return outcome;
    }

    BigDecimal getScore() {
        return score;
    }

    List<Integer> rubricPoints() {
        return AttemptJson.integers(rubricPoints);
    }

    String getGraderComment() {
        return graderComment;
    }
}
