package org.peerpath.certification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;

/** An issued credential. Its facts never change; it can only be revoked, or succeeded by a renewal. */
@Entity
@Table(name = "certificate")
class Certificate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private String code;

    @Column(name = "trainee_id", nullable = false, updatable = false)
    private long traineeId;

    @Column(name = "organization_id", nullable = false, updatable = false)
    private long organizationId;

    @Column(name = "holder_name", nullable = false, updatable = false)
    private String holderName;

    @Column(name = "program_id", nullable = false, updatable = false)
    private String programId;

    @Column(name = "program_version", nullable = false, updatable = false)
    private int programVersion;

    @Column(name = "program_title", nullable = false, updatable = false)
    private String programTitle;

    @Column(name = "issuer_name", nullable = false, updatable = false)
    private String issuerName;

    @Column(name = "issued_on", nullable = false, updatable = false)
    private LocalDate issuedOn;

    @Column(name = "expires_on", nullable = false, updatable = false)
    private LocalDate expiresOn;

    @Column(name = "issued_at", nullable = false, updatable = false)
    private Instant issuedAt;

    @Column(name = "issued_by", nullable = false, updatable = false)
    private long issuedBy;

    @Column(name = "previous_certificate_id", updatable = false)
    private Long previousCertificateId;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by")
    private Long revokedBy;

    @Column(name = "revoke_reason")
    private String revokeReason;

    @Version
    private long version;

    protected Certificate() {
    }

    Certificate(String code, long traineeId, long organizationId, String holderName, String programId, int programVersion,
                String programTitle, String issuerName, LocalDate issuedOn, LocalDate expiresOn, Instant issuedAt,
                long issuedBy, Long previousCertificateId) {
        this.code = code;
        this.traineeId = traineeId;
        this.organizationId = organizationId;
        this.holderName = holderName;
        this.programId = programId;
        this.programVersion = programVersion;
        this.programTitle = programTitle;
        this.issuerName = issuerName;
        this.issuedOn = issuedOn;
        this.expiresOn = expiresOn;
        this.issuedAt = issuedAt;
        this.issuedBy = issuedBy;
        this.previousCertificateId = previousCertificateId;
    }

    void revoke(long by, String reason, Instant at) {
        this.revokedAt = at;
        this.revokedBy = by;
        this.revokeReason = reason;
    }

    CertificateView toView() {
        return new CertificateView(id, version, code, traineeId, holderName, programTitle, programVersion, issuerName, issuedOn,
                expiresOn, revokedAt, revokeReason, previousCertificateId);
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

    LocalDate getIssuedOn() {
        return issuedOn;
    }

    LocalDate getExpiresOn() {
        return expiresOn;
    }

    Instant getRevokedAt() {
        return revokedAt;
    }

    long getVersion() {
        return version;
    }

    String getProgramId() {
        return programId;
    }

    String getHolderName() {
        return holderName;
    }

    String getProgramTitle() {
        return programTitle;
    }
}
