package org.peerpath.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** A single-use, expiring invitation to join an organization with given roles. */
@Entity
@Table(name = "invitation")
class Invitation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organization_id", nullable = false, updatable = false)
    private Long organizationId;

    @Column(nullable = false)
    private String email;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(nullable = false)
    private String roles;

    @Column(name = "supervisor_id")
    private Long supervisorId;

    @Column(name = "token_hash", nullable = false, updatable = false)
    private String tokenHash;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "invited_by")
    private Long invitedBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Invitation() {
    }

    Invitation(Long organizationId, String email, String displayName, Set<Role> roles, Long supervisorId,
               String tokenHash, Instant expiresAt, Long invitedBy, Instant now) {
        this.organizationId = organizationId;
        this.email = Emails.normalize(email);
        this.displayName = displayName.strip();
        this.roles = roles.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        this.supervisorId = supervisorId;
        this.tokenHash = tokenHash;
        this.expiresAt = expiresAt;
        this.invitedBy = invitedBy;
        this.createdAt = now;
    }

    enum State { OPEN, ACCEPTED, EXPIRED, REVOKED }

    State state(Instant now) {
        if (acceptedAt != null) {
            return State.ACCEPTED;
        }
        if (revokedAt != null) {
            return State.REVOKED;
        }
        return expiresAt.isAfter(now) ? State.OPEN : State.EXPIRED;
    }

    void accept(Instant now) {
        if (state(now) != State.OPEN) {
            throw new IllegalStateException("Invitation is " + state(now));
        }
        this.acceptedAt = now;
    }

    void revoke(Instant now) {
        if (state(now) == State.OPEN) {
            this.revokedAt = now;
        }
    }

    Set<Role> getRoles() {
        Set<Role> set = EnumSet.noneOf(Role.class);
        Arrays.stream(roles.split(",")).filter(s -> !s.isBlank()).map(Role::valueOf).forEach(set::add);
        return set;
    }

    Long getId() {
        return id;
    }

    Long getOrganizationId() {
        return organizationId;
    }

    String getEmail() {
        return email;
    }

    String getDisplayName() {
        return displayName;
    }

    Long getSupervisorId() {
        return supervisorId;
    }

    Instant getExpiresAt() {
        return expiresAt;
    }

    Instant getCreatedAt() {
        return createdAt;
    }
}
