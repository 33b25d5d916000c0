package org.peerpath.certification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** Who besides org admins may issue an organization's certificates. */
@Entity
@Table(name = "certification_setting")
class IssuingPolicy {

    @Id
    @Column(name = "organization_id")
    private long organizationId;

    @Column(name = "supervisors_may_issue", nullable = false)
    private boolean supervisorsMayIssue;

    @Column(name = "updated_by", nullable = false)
    private long updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected IssuingPolicy() {
    }

    IssuingPolicy(long organizationId) {
        this.organizationId = organizationId;
    }

    void supervisorsMayIssue(boolean allowed, long by, Instant at) {
        this.supervisorsMayIssue = allowed;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    boolean isSupervisorsMayIssue() {
        return supervisorsMayIssue;
    }
}
