package org.peerpath.practice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A supervisor's signature: who signed, when, from where, and a SHA-256 of exactly what they signed. Never
 * deleted; reopening the entry revokes it with a reason, so the history keeps the original signature.
 */
@Entity
@Table(name = "practice_sign_off")
class SignOff {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "entry_id", nullable = false, updatable = false)
    private long entryId;

    @Column(name = "supervisor_id", nullable = false, updatable = false)
    private long supervisorId;

    @Column(name = "signed_at", nullable = false, updatable = false)
    private Instant signedAt;

    @Column(name = "content_hash", nullable = false, updatable = false)
    private String contentHash;

    @Column(nullable = false, updatable = false)
    private String attestation;

    @Column(name = "client_address", updatable = false)
    private String clientAddress;

    @Column(name = "user_agent", updatable = false)
    private String userAgent;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by")
    private Long revokedBy;

    @Column(name = "revoke_reason")
    private String revokeReason;

    protected SignOff() {
    }

    SignOff(long entryId, long supervisorId, Instant signedAt, String contentHash, String attestation,
            String clientAddress, String userAgent) {
        this.entryId = entryId;
        this.supervisorId = supervisorId;
        this.signedAt = signedAt;
        this.contentHash = contentHash;
        this.attestation = attestation;
        this.clientAddress = clientAddress;
        this.userAgent = userAgent == null || userAgent.length() <= 300 ? userAgent : userAgent.substring(0, 300);
    }

    void revoke(long by, String reason, Instant at) {
        this.revokedAt = at;
        this.revokedBy = by;
        this.revokeReason = reason;
    }

    long getEntryId() {
        return entryId;
    }

    long getSupervisorId() {
        return supervisorId;
    }

    Instant getSignedAt() {
        return signedAt;
    }

    String getContentHash() {
        return contentHash;
    }

    String getClientAddress() {
        return clientAddress;
    }

    Instant getRevokedAt() {
        return revokedAt;
    }

    String getRevokeReason() {
        return revokeReason;
    }

    boolean isActive() {
        return revokedAt == null;
    }
}
