package org.peerpath.certification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * An organization's certification settings: who besides org admins may issue its certificates, and the program its
 * new trainees are enrolled in. An organization without a row has the defaults.
 */
@Entity
@Table(name = "certification_setting")
class CertificationSettings {

    /** The default program of an organization that has not chosen one (the migration's column default too). */
    static final String FALLBACK_PROGRAM = "icrc-peer-recovery";

    @Id
    @Column(name = "organization_id")
    private long organizationId;

    @Column(name = "supervisors_may_issue", nullable = false)
    private boolean supervisorsMayIssue;

    @Column(name = "default_program_id", nullable = false)
    private String defaultProgramId = FALLBACK_PROGRAM;

    @Column(name = "updated_by", nullable = false)
    private long updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected CertificationSettings() {
    }

    CertificationSettings(long organizationId) {
        this.organizationId = organizationId;
    }

    void supervisorsMayIssue(boolean allowed, long by, Instant at) {
        this.supervisorsMayIssue = allowed;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    void defaultProgram(String programId, long by, Instant at) {
        this.defaultProgramId = programId;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    boolean isSupervisorsMayIssue() {
        return supervisorsMayIssue;
    }

    String getDefaultProgramId() {
        return defaultProgramId;
    }
}
