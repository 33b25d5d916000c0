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
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A supervision session a trainee logged; it counts once the supervisor who held it confirms it. Until then the
 * trainee may correct or delete it; the supervisor may decline it with a comment, which sends it back.
 */
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

    @Column(name = "supervisor_id", nullable = false)
    private long supervisorId;

    @Column(name = "session_date", nullable = false)
    private LocalDate date;

    @Column(nullable = false)
    private int minutes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Format format;

    @Column(nullable = false)
    private String topics;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Column(name = "declined_at")
    private Instant declinedAt;

    @Column(name = "decline_comment")
    private String declineComment;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected SupervisionSession() {
    }

    SupervisionSession(long traineeId, long organizationId, SessionDetails details, long supervisorId, Instant now) {
        this.traineeId = traineeId;
        this.organizationId = organizationId;
        this.createdAt = now;
        change(details, supervisorId, now);
    }

    SessionStatus status() {
        return confirmedAt != null ? SessionStatus.CONFIRMED : declinedAt != null ? SessionStatus.DECLINED : SessionStatus.WAITING;
    }

    /** A corrected session goes back to its supervisor; the reason it was declined stays in the history. */
    void change(SessionDetails details, long supervisorId, Instant now) {
        this.supervisorId = supervisorId;
        this.date = details.date();
        this.minutes = details.minutes();
        this.format = details.group() ? Format.GROUP : Format.INDIVIDUAL;
        this.topics = details.topics().strip();
        this.declinedAt = null;
        this.declineComment = null;
        this.updatedAt = now;
    }

    void confirm(Instant at) {
        this.confirmedAt = at;
        this.updatedAt = at;
    }

    void decline(String comment, Instant at) {
        this.declinedAt = at;
        this.declineComment = comment;
        this.updatedAt = at;
    }

    /** For the audit trail; the service adds the supervisor's name. */
    Map<String, Object> snapshot() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("date", String.valueOf(date));
        values.put("minutes", minutes);
        values.put("format", format.name());
        values.put("supervisorId", supervisorId);
        values.put("topics", topics);
        values.put("status", status().name());
        if (declineComment != null) {
            values.put("declineComment", declineComment);
        }
        return values;
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

    String getDeclineComment() {
        return declineComment;
    }

    long getVersion() {
        return version;
    }
}
