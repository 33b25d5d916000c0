package org.peerpath.practice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.Instant;

/** One line of a practice record's history. Written once, never changed. */
@Entity
@Immutable
@Table(name = "practice_audit")
class PracticeAudit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "entry_id")
    private Long entryId;

    @Column(name = "session_id")
    private Long sessionId;

    @Column(name = "mi_practice_id")
    private Long miPracticeId;

    @Column(name = "trainee_id", nullable = false)
    private long traineeId;

    @Column(name = "actor_id", nullable = false)
    private long actorId;

    @Column(nullable = false)
    private String action;

    @Column(nullable = false)
    private Instant at;

    private String detail;

    @Column(name = "before_state")
    private String before;

    @Column(name = "after_state")
    private String after;

    protected PracticeAudit() {
    }

    /** Exactly one of {@code entryId}, {@code sessionId} and {@code miPracticeId} names the record. */
    PracticeAudit(Long entryId, Long sessionId, Long miPracticeId, long traineeId, long actorId, String action, Instant at,
                  String detail, String before, String after) {
        this.entryId = entryId;
        this.sessionId = sessionId;
        this.miPracticeId = miPracticeId;
        this.traineeId = traineeId;
        this.actorId = actorId;
        this.action = action;
        this.at = at;
        this.detail = detail;
        this.before = before;
        this.after = after;
    }

    long getActorId() {
        return actorId;
    }

    String getAction() {
        return action;
    }

    Instant getAt() {
        return at;
    }

    String getDetail() {
        return detail;
    }

    String getBefore() {
        return before;
    }

    String getAfter() {
        return after;
    }
}
