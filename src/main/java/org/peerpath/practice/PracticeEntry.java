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
import org.peerpath.common.Sha256;
import org.peerpath.content.Domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Map;

/** Time a trainee spent practising, as they logged it. Editable only as a draft or after being returned. */
@Entity
@Table(name = "practice_entry")
class PracticeEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "trainee_id", nullable = false, updatable = false)
    private long traineeId;

    @Column(name = "organization_id", nullable = false, updatable = false)
    private long organizationId;

    @Column(name = "supervisor_id")
    private Long supervisorId;

    @Column(name = "entry_date", nullable = false)
    private LocalDate date;

    @Column(name = "start_time", nullable = false)
    private LocalTime start;

    @Column(nullable = false)
    private int minutes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Domain domain;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Activity activity;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Setting setting;

    @Column(nullable = false)
    private String note;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EntryStatus status = EntryStatus.DRAFT;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    @Column(name = "reviewer_id")
    private Long reviewerId;

    @Column(name = "review_comment")
    private String reviewComment;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected PracticeEntry() {
    }

    PracticeEntry(long traineeId, long organizationId, EntryDetails details, Instant now) {
        this.traineeId = traineeId;
        this.organizationId = organizationId;
        this.createdAt = now;
        change(details, now);
    }

    boolean isEditable() {
        return status == EntryStatus.DRAFT || status == EntryStatus.REJECTED;
    }

    void change(EntryDetails details, Instant now) {
        this.date = details.date();
        this.start = details.start();
        this.minutes = details.minutes();
        this.domain = details.domain();
        this.activity = details.activity();
        this.setting = details.setting();
        this.note = details.note().strip();
        this.updatedAt = now;
        if (status == EntryStatus.REJECTED) {
            // A corrected entry is a draft again; the supervisor's comment stays in the history.
            status = EntryStatus.DRAFT;
        }
    }

    void submit(long supervisorId, Instant now) {
        this.status = EntryStatus.SUBMITTED;
        this.supervisorId = supervisorId;
        this.submittedAt = now;
        this.reviewComment = null;
        this.updatedAt = now;
    }

    void approve(long reviewerId, Instant now) {
        review(EntryStatus.APPROVED, reviewerId, null, now);
    }

    void reject(long reviewerId, String comment, Instant now) {
        review(EntryStatus.REJECTED, reviewerId, comment, now);
    }

    private void review(EntryStatus outcome, long reviewerId, String comment, Instant now) {
        this.status = outcome;
        this.reviewerId = reviewerId;
        this.reviewComment = comment;
        this.reviewedAt = now;
        this.updatedAt = now;
    }

    void reopen(Instant now) {
        this.status = EntryStatus.DRAFT;
        this.updatedAt = now;
    }

    /** The exact content a signature covers, in a fixed order and format. */
    String canonicalContent() {
        return String.join("\n", "peerpath-practice-entry-v1", "id=" + id, "trainee=" + traineeId, "date=" + date,
                "start=" + start, "minutes=" + minutes, "domain=" + domain.name(), "activity=" + activity.name(),
                "setting=" + setting.name(), "note=" + note);
    }

    String contentHash() {
        return Sha256.hex(canonicalContent());
    }

    /** For the audit trail. */
    Map<String, Object> snapshot() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("date", String.valueOf(date));
        values.put("start", String.valueOf(start));
        values.put("minutes", minutes);
        values.put("domain", domain.name());
        values.put("activity", activity.name());
        values.put("setting", setting.name());
        values.put("note", note);
        values.put("status", status.name());
        if (reviewComment != null) {
            values.put("reviewComment", reviewComment);
        }
        return values;
    }

    EntryDetails details() {
        return new EntryDetails(date, start, minutes, domain, activity, setting, note);
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

    Long getSupervisorId() {
        return supervisorId;
    }

    LocalDate getDate() {
        return date;
    }

    LocalTime getStart() {
        return start;
    }

    int getMinutes() {
        return minutes;
    }

    Domain getDomain() {
        return domain;
    }

    EntryStatus getStatus() {
        return status;
    }

    Instant getSubmittedAt() {
        return submittedAt;
    }

    String getReviewComment() {
        return reviewComment;
    }

    long getVersion() {
        return version;
    }
}
