package org.peerpath.certification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.peerpath.content.Domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Training completed outside Peerpath: education hours toward certification, or continuing education toward
 * renewal. It counts once the trainee's org admin or supervisor approves it.
 */
@Entity
@Table(name = "external_training")
class OutsideTraining {

    enum Purpose { INITIAL, CONTINUING_EDUCATION }

    enum Status { PENDING, APPROVED, REJECTED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "trainee_id", nullable = false, updatable = false)
    private long traineeId;

    @Column(name = "organization_id", nullable = false, updatable = false)
    private long organizationId;

    @Column(nullable = false, updatable = false)
    private String title;

    @Column(nullable = false, updatable = false)
    private String provider;

    @Column(name = "completed_on", nullable = false, updatable = false)
    private LocalDate completedOn;

    @Column(nullable = false, updatable = false)
    private BigDecimal hours;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Domain domain;

    @Column(nullable = false, updatable = false)
    private boolean ethics;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Purpose purpose;

    @Column(updatable = false)
    private String note;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status = Status.PENDING;

    @Column(name = "reviewed_by")
    private Long reviewedBy;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected OutsideTraining() {
    }

    OutsideTraining(long traineeId, long organizationId, OutsideTrainingRecord record, Instant now) {
        this.traineeId = traineeId;
        this.organizationId = organizationId;
        this.title = record.title().strip();
        this.provider = record.provider().strip();
        this.completedOn = record.completedOn();
        this.hours = record.hours();
        this.domain = record.domain();
        this.ethics = record.ethics();
        this.purpose = record.continuingEducation() ? Purpose.CONTINUING_EDUCATION : Purpose.INITIAL;
        this.note = record.note() == null || record.note().isBlank() ? null : record.note().strip();
        this.createdAt = now;
    }

    void review(boolean approved, long by, Instant at) {
        this.status = approved ? Status.APPROVED : Status.REJECTED;
        this.reviewedBy = by;
        this.reviewedAt = at;
    }

    OutsideTrainingRecord toRecord() {
        return new OutsideTrainingRecord(id, version, traineeId, title, provider, completedOn, hours, domain, ethics,
                purpose == Purpose.CONTINUING_EDUCATION, status.name(), note);
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

    long getVersion() {
        return version;
    }

    Status getStatus() {
        return status;
    }
}
