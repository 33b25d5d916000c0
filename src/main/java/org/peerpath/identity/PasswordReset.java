package org.peerpath.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** A single-use, expiring link to choose a new password. */
@Entity
@Table(name = "password_reset")
class PasswordReset {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false, updatable = false)
    private Long accountId;

    @Column(name = "token_hash", nullable = false, updatable = false)
    private String tokenHash;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Column(name = "requested_by", updatable = false)
    private Long requestedBy;

    @Version
    private long version;

    protected PasswordReset() {
    }

    PasswordReset(long accountId, String tokenHash, Instant now, Instant expiresAt, Long requestedBy) {
        this.accountId = accountId;
        this.tokenHash = tokenHash;
        this.createdAt = now;
        this.expiresAt = expiresAt;
        this.requestedBy = requestedBy;
    }

    boolean isUsable(Instant now) {
        return usedAt == null && withdrawnAt == null && expiresAt.isAfter(now);
    }

    void use(Instant now) {
        this.usedAt = now;
    }

    /** A newer link replaces this one. */
    void withdraw(Instant now) {
        if (usedAt == null && withdrawnAt == null) {
            this.withdrawnAt = now;
        }
    }

    Long getAccountId() {
        return accountId;
    }

    Instant getExpiresAt() {
        return expiresAt;
    }
}
