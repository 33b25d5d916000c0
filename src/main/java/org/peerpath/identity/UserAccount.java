package org.peerpath.identity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import org.hibernate.annotations.BatchSize;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.AfterDomainEventPublication;
import org.springframework.data.domain.DomainEvents;

@Entity
@Table(name = "user_account")
class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organization_id", nullable = false, updatable = false)
    private Long organizationId;

    @Column(nullable = false)
    private String email;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "supervisor_id")
    private Long supervisorId;

    // Eager because every caller needs them; lists fetch them by a join, and anything else loads them for up to
    // 100 accounts per statement rather than one statement per account.
    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = 100)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role")
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "deactivated_at")
    private Instant deactivatedAt;

    @Version
    private long version;

    /** Set by changes other features may care about (roles, supervisor, active); published on save. */
    @Transient
    private boolean changed;

    protected UserAccount() {
    }

    UserAccount(Long organizationId, String email, String displayName, String passwordHash, Set<Role> roles, Instant now) {
        this.organizationId = organizationId;
        this.email = Emails.normalize(email);
        this.displayName = displayName.strip();
        this.passwordHash = passwordHash;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.createdAt = now;
        this.changed = true;
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

    String getPasswordHash() {
        return passwordHash;
    }

    boolean isActive() {
        return active;
    }

    Long getSupervisorId() {
        return supervisorId;
    }

    Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    long getVersion() {
        return version;
    }

    Instant getDeactivatedAt() {
        return deactivatedAt;
    }

    boolean hasRole(Role role) {
        return roles.contains(role);
    }

    void changePassword(String newHash) {
        this.passwordHash = newHash;
    }

    void replaceRoles(Set<Role> newRoles) {
        changed = true;
        roles.clear();
        roles.addAll(newRoles);
    }

    void assignSupervisor(Long supervisorId) {
        changed = true;
        this.supervisorId = supervisorId;
    }

    void deactivate(Instant now) {
        changed = true;
        this.active = false;
        this.deactivatedAt = now;
    }

    void reactivate() {
        changed = true;
        this.active = true;
        this.deactivatedAt = null;
    }

    @DomainEvents
    List<StaffChanged> staffChanged() {
        return changed && id != null ? List.of(new StaffChanged(id, organizationId)) : List.of();
    }

    @AfterDomainEventPublication
    void staffChangePublished() {
        changed = false;
    }
}
