package org.peerpath.certification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.peerpath.identity.Role;
import org.peerpath.identity.StaffMember;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.stream.Collectors;

/**
 * One person's row on the organization dashboard (a read model; the truth lives in the owning features). A person in
 * several programs has one row, for their main program ({@link ProgramSelection}).
 */
@Entity
@Table(name = "certification_standing")
class Standing {

    @Id
    @Column(name = "trainee_id")
    private long traineeId;

    @Column(name = "organization_id", nullable = false)
    private long organizationId;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(nullable = false)
    private String roles;

    @Column(name = "supervisor_id")
    private Long supervisorId;

    @Column(name = "supervisor_name")
    private String supervisorName;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "in_program", nullable = false)
    private boolean inProgram;

    /** The program the row shows: see {@link ProgramSelection}. */
    @Column(name = "program_id")
    private String programId;

    @Column(name = "program_title")
    private String programTitle;

    @Enumerated(EnumType.STRING)
    private CertificationStatus status;

    @Column(name = "requirements_met", nullable = false)
    private boolean requirementsMet;

    @Column(name = "percent_done", nullable = false)
    private int percentDone;

    @Column(name = "education_hours", nullable = false)
    private BigDecimal educationHours = BigDecimal.ZERO;

    @Column(name = "practice_hours", nullable = false)
    private BigDecimal practiceHours = BigDecimal.ZERO;

    @Column(name = "supervision_hours", nullable = false)
    private BigDecimal supervisionHours = BigDecimal.ZERO;

    @Column(name = "certificate_expires_on")
    private LocalDate certificateExpiresOn;

    /** When the certificate turns "expiring soon" under its program's window; the calendar update reads only this. */
    @Column(name = "certificate_expiring_from")
    private LocalDate certificateExpiringFrom;

    @Column(name = "certificate_code")
    private String certificateCode;

    @Column(name = "certificate_revoked", nullable = false)
    private boolean certificateRevoked;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** Rows are created (and locked) by {@link StandingLocks}; the version tells a refresh whether its reads are current. */
    @Version
    private long version;

    protected Standing() {
    }

    void person(StaffMember member, Instant now) {
        this.organizationId = member.organizationId();
        this.displayName = member.displayName();
        this.roles = member.roles().stream().map(Role::label).sorted().collect(Collectors.joining(", "));
        this.supervisorId = member.supervisorId();
        this.supervisorName = member.supervisorName();
        this.active = member.active();
        this.inProgram = member.hasRole(Role.TRAINEE);
        if (!inProgram) {
            this.status = null;
        } else if (status == null) {
            this.status = CertificationStatus.IN_TRAINING;
        }
        this.updatedAt = now;
    }

    void progress(ProgramProgress progress, BigDecimal education, BigDecimal practice, BigDecimal supervision, Instant now) {
        this.programId = progress.programId();
        this.programTitle = progress.programTitle();
        this.status = progress.status();
        this.requirementsMet = Requirements.allMet(progress.requirements());
        this.percentDone = progress.percent();
        this.educationHours = education;
        this.practiceHours = practice;
        this.supervisionHours = supervision;
        this.certificateExpiresOn = progress.certificate() == null ? null : progress.certificate().expiresOn();
        this.certificateExpiringFrom = certificateExpiresOn == null ? null : certificateExpiresOn.minusDays(progress.expiringSoonDays());
        this.certificateCode = progress.certificate() == null ? null : progress.certificate().code();
        this.certificateRevoked = progress.certificate() != null && progress.certificate().revoked();
        this.updatedAt = now;
    }

    StaffStanding toView() {
        return new StaffStanding(traineeId, displayName, roles, supervisorName, active, programId, programTitle, status, percentDone,
                educationHours, practiceHours, supervisionHours, certificateExpiresOn, certificateCode, certificateRevoked,
                requirementsMet);
    }

    long getTraineeId() {
        return traineeId;
    }

    long getOrganizationId() {
        return organizationId;
    }

    String getDisplayName() {
        return displayName;
    }

    Long getSupervisorId() {
        return supervisorId;
    }

    boolean isInProgram() {
        return inProgram;
    }
}
