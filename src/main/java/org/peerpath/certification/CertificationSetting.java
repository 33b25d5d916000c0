package org.peerpath.certification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** An organization's certification settings; an organization without a row has the defaults. */
@Entity
@Table(name = "certification_setting")
class CertificationSetting {

    @Id
    @Column(name = "organization_id")
    private long organizationId;

    @Column(name = "supervisors_may_issue", nullable = false)
    private boolean supervisorsMayIssue;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    private long updatedBy;

    @Version
    private Long version;

    protected CertificationSetting() {
    }

    CertificationSetting(long organizationId) {
        this.organizationId = organizationId;
    }

    void change(boolean supervisorsMayIssue, long by, Instant at) {
        this.supervisorsMayIssue = supervisorsMayIssue;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    boolean isSupervisorsMayIssue() {
        return supervisorsMayIssue;
    }

    /** -1 before the first save, so that a form showing the defaults can still detect a concurrent first change. */
    long currentVersion() {
        return version == null ? -1 : version;
    }

    CertificationSettings toView() {
        return new CertificationSettings(supervisorsMayIssue, currentVersion());
    }
}
