package org.peerpath.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** Extra time and attempts for one trainee on every quiz, and a one-off permission to retake without waiting. */
@Entity
@Table(name = "quiz_accommodation")
class Accommodation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "trainee_id", nullable = false, updatable = false)
    private long traineeId;

    @Column(name = "organization_id", nullable = false, updatable = false)
    private long organizationId;

    @Column(name = "extra_minutes", nullable = false)
    private int extraMinutes;

    @Column(name = "extra_attempts", nullable = false)
    private int extraAttempts;

    @Column(name = "retake_allowed", nullable = false)
    private boolean retakeAllowed;

    @Column(name = "updated_by", nullable = false)
    private long updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Accommodation() {
    }

    Accommodation(long traineeId, long organizationId) {
        this.traineeId = traineeId;
        this.organizationId = organizationId;
    }

    void grant(int extraMinutes, int extraAttempts, long by, Instant at) {
        this.extraMinutes = extraMinutes;
        this.extraAttempts = extraAttempts;
        touched(by, at);
    }

    void allowRetake(long by, Instant at) {
        this.retakeAllowed = true;
        touched(by, at);
    }

    /** The permission to skip the wait is used up by the attempt it allowed. */
    void retakeUsed() {
        this.retakeAllowed = false;
    }

    private void touched(long by, Instant at) {
        this.updatedBy = by;
        this.updatedAt = at;
    }

    Long getId() {
        return id;
    }

    long getTraineeId() {
        return traineeId;
    }

    int getExtraMinutes() {
        return extraMinutes;
    }

    int getExtraAttempts() {
        return extraAttempts;
    }

    boolean isRetakeAllowed() {
        return retakeAllowed;
    }

    long getVersion() {
        return version;
    }
}
