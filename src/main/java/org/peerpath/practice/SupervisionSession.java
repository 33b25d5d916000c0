package org.peerpath.practice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;

/** A supervision session a trainee logged; it counts once the supervisor who held it confirms it. */
@Entity
@Table(name = "supervision_session")
class SupervisionSession {

    enum Format { INDIVIDUAL, GROUP }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "trainee_id", nullable = false, updatable = false)
    private long traineeId;

    @Column(name = "organization_id", nullable = false, updatable = false)
    private long organizationId;

    @Column(name = "supervisor_id", nullable = false, updatable = false)
    private long supervisorId;

    @Column(name = "session_date", nullable = false, updatable = false)
    private LocalDate date;

    @Column(nullable = false, updatable = false)
    private int minutes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Format format;

    @Column(nullable = false, updatable = false)
    private String topics;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected SupervisionSession() {
    }

    SupervisionSession(long traineeId, long organizationId, long supervisorId, LocalDate date, int minutes, Format format,
                       String topics, Instant now) {
        this.traineeId = traineeId;
        this.organizationId = organizationId;
        this.supervisorId = supervisorId;
        this.date = date;
        this.minutes = minutes;
        this.format = format;
        this.topics = topics.strip();
        this.createdAt = now;
    }

    void confirm(Instant at) {
        this.confirmedAt = at;
    }

    Long getId() {
        return id;
    }

    long getTraineeId() {
        return traineeId;
    }

    long getSupervisorId() {
        return supervisorId;
    }

    LocalDate getDate() {
        return date;
    }

    int getMinutes() {
        return minutes;
    }

    Format getFormat() {
        return format;
    }

    String getTopics() {
        return topics;
    }

    Instant getConfirmedAt() {
        return confirmedAt;
    }

    long getVersion() {
        return version;
    }
}
