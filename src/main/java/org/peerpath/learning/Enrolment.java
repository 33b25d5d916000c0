package org.peerpath.learning;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** A trainee working through one version of a module. The version never changes once started. */
@Entity
@Table(name = "learning_enrolment")
class Enrolment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "trainee_id", nullable = false, updatable = false)
    private long traineeId;

    @Column(name = "module_id", nullable = false, updatable = false)
    private String moduleId;

    @Column(name = "module_version", nullable = false, updatable = false)
    private int moduleVersion;

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    @Column(name = "last_lesson_id")
    private String lastLessonId;

    @Column(name = "quiz_passed_at")
    private Instant quizPassedAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "learning_lesson_read", joinColumns = @JoinColumn(name = "enrolment_id"))
    private Set<LessonRead> lessonsRead = new HashSet<>();

    @Version
    private long version;

    protected Enrolment() {
    }

    Enrolment(long traineeId, String moduleId, int moduleVersion, Instant now) {
        this.traineeId = traineeId;
        this.moduleId = moduleId;
        this.moduleVersion = moduleVersion;
        this.startedAt = now;
    }

    @Embeddable
    static class LessonRead {

        @Column(name = "lesson_id", nullable = false)
        private String lessonId;

        @Column(name = "read_at", nullable = false)
        private Instant readAt;

        protected LessonRead() {
        }

        LessonRead(String lessonId, Instant readAt) {
            this.lessonId = lessonId;
            this.readAt = readAt;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof LessonRead other && Objects.equals(other.lessonId, lessonId);
        }

        @Override
        public int hashCode() {
            return Objects.hashCode(lessonId);
        }
    }

    void opened(String lessonId) {
        this.lastLessonId = lessonId;
    }

    /** Reading a lesson twice keeps the first time. */
    void read(String lessonId, Instant now) {
        if (!readLessonIds().contains(lessonId)) {
            lessonsRead.add(new LessonRead(lessonId, now));
        }
    }

    void quizPassed(Instant now) {
        if (quizPassedAt == null) {
            quizPassedAt = now;
        }
    }

    void completed(Instant now) {
        if (completedAt == null) {
            completedAt = now;
        }
    }

    Set<String> readLessonIds() {
        return lessonsRead.stream().map(r -> r.lessonId).collect(Collectors.toSet());
    }

    long getTraineeId() {
        return traineeId;
    }

    String getModuleId() {
        return moduleId;
    }

    int getModuleVersion() {
        return moduleVersion;
    }

    String getLastLessonId() {
        return lastLessonId;
    }

    boolean isQuizPassed() {
        return quizPassedAt != null;
    }

    Instant getCompletedAt() {
        return completedAt;
    }
}
