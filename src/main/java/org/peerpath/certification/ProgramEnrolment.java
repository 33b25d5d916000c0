package org.peerpath.certification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A trainee's enrolment in one program, at the version they are held to: a program change applies to new enrolments,
 * not to history. A trainee may be enrolled in several programs, once each.
 */
@Entity
@Table(name = "certification_enrolment")
class ProgramEnrolment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "trainee_id", nullable = false, updatable = false)
    private long traineeId;

    @Column(name = "program_id", nullable = false, updatable = false)
    private String programId;

    @Column(name = "program_version", nullable = false, updatable = false)
    private int programVersion;

    @Column(name = "enrolled_at", nullable = false, updatable = false)
    private Instant enrolledAt;

    protected ProgramEnrolment() {
    }

    ProgramEnrolment(long traineeId, String programId, int programVersion, Instant now) {
        this.traineeId = traineeId;
        this.programId = programId;
        this.programVersion = programVersion;
        this.enrolledAt = now;
    }

    Long getId() {
        return id;
    }

    long getTraineeId() {
        return traineeId;
    }

    Instant getEnrolledAt() {
        return enrolledAt;
    }

    String getProgramId() {
        return programId;
    }

    int getProgramVersion() {
        return programVersion;
    }
}
