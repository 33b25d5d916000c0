package org.peerpath.assessment;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.peerpath.content.QuizSettings;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One attempt at a module's quiz. Once submitted, nothing the trainee did can change. */
@Entity
@Table(name = "quiz_attempt")
class QuizAttempt {

    enum Status { IN_PROGRESS, AWAITING_GRADING, GRADED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "trainee_id", nullable = false, updatable = false)
    private long traineeId;

    @Column(name = "organization_id", nullable = false, updatable = false)
    private long organizationId;

    @Column(name = "module_id", nullable = false, updatable = false)
    private String moduleId;

    @Column(name = "module_version", nullable = false, updatable = false)
    private int moduleVersion;

    @Column(name = "attempt_number", nullable = false, updatable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status = Status.IN_PROGRESS;

    @Column(name = "pass_percent", nullable = false, updatable = false)
    private int passPercent;

    @Enumerated(EnumType.STRING)
    @Column(name = "review_mode", nullable = false, updatable = false)
    private QuizSettings.Review reviewMode;

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    @Column(updatable = false)
    private Instant deadline;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "closed_by_time", nullable = false)
    private boolean closedByTime;

    @Column(name = "score_percent")
    private BigDecimal scorePercent;

    private Boolean passed;

    @Column(name = "graded_at")
    private Instant gradedAt;

    @Version
    private long version;

    @OneToMany(mappedBy = "attempt", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<AttemptQuestion> questions = new ArrayList<>();

    protected QuizAttempt() {
    }

    QuizAttempt(long traineeId, long organizationId, String moduleId, int moduleVersion, int number,
                QuizSettings settings, Instant startedAt, Instant deadline) {
        this.traineeId = traineeId;
        this.organizationId = organizationId;
        this.moduleId = moduleId;
        this.moduleVersion = moduleVersion;
        this.number = number;
        this.passPercent = settings.passPercent();
        this.reviewMode = settings.review();
        this.startedAt = startedAt;
        this.deadline = deadline;
    }

    void ask(PresentedQuestion question) {
        questions.add(new AttemptQuestion(this, questions.size() + 1, question));
    }

    TimeLimit timeLimit() {
        return TimeLimit.until(startedAt, deadline);
    }

    boolean isInProgress() {
        return status == Status.IN_PROGRESS;
    }

    Optional<AttemptQuestion> question(String questionId) {
        return questions.stream().filter(q -> q.getQuestionId().equals(questionId)).findFirst();
    }

    /** Records the time of submission (or of the deadline, when time ran out) and the score so far. */
    void submitted(Instant at, boolean byTime, AttemptScore score) {
        this.submittedAt = at;
        this.closedByTime = byTime;
        scored(score, at);
    }

    void scored(AttemptScore score, Instant at) {
        if (score.pending()) {
            this.status = Status.AWAITING_GRADING;
            this.scorePercent = null;
            this.passed = null;
        } else {
            this.status = Status.GRADED;
            this.scorePercent = score.percent();
            this.passed = score.passed();
            this.gradedAt = at;
        }
    }

    Long getId() {
        return id;
    }

    long getTraineeId() {
        return traineeId;
    }

    long getOrganizationId() {
        return organizationId;
    }

    String getModuleId() {
        return moduleId;
    }

    int getModuleVersion() {
        return moduleVersion;
    }

    int getNumber() {
        return number;
    }

    Status getStatus() {
        return status;
    }

    int getPassPercent() {
        return passPercent;
    }

    QuizSettings.Review getReviewMode() {
        return reviewMode;
    }

    Instant getStartedAt() {
        return startedAt;
    }

    Instant getDeadline() {
        return deadline;
    }

    Instant getSubmittedAt() {
        return submittedAt;
    }

    boolean isClosedByTime() {
        return closedByTime;
    }

    BigDecimal getScorePercent() {
        return scorePercent;
    }

    boolean isPassed() {
        return Boolean.TRUE.equals(passed);
    }

    List<AttemptQuestion> getQuestions() {
        return questions;
    }
}
