package org.peerpath.learning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;

/** Education hours credited to a trainee in one domain for completing a module; at most one per module and domain. */
@Entity
@Table(name = "education_credit")
class EducationCredit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "trainee_id", nullable = false, updatable = false)
    private long traineeId;

    @Column(name = "module_id", nullable = false, updatable = false)
    private String moduleId;

    @Column(name = "module_version", nullable = false, updatable = false)
    private int moduleVersion;

    @Column(nullable = false, updatable = false)
    private String domain;

    @Column(nullable = false, updatable = false, precision = 5, scale = 1)
    private BigDecimal hours;

    @Column(name = "credited_at", nullable = false, updatable = false)
    private Instant creditedAt;

    protected EducationCredit() {
    }

    EducationCredit(long traineeId, String moduleId, int moduleVersion, String domain, BigDecimal hours, Instant creditedAt) {
        this.traineeId = traineeId;
        this.moduleId = moduleId;
        this.moduleVersion = moduleVersion;
        this.domain = domain;
        this.hours = hours;
        this.creditedAt = creditedAt;
    }

    long getTraineeId() {
        return traineeId;
    }

    String getModuleId() {
        return moduleId;
    }

    String getDomain() {
        return domain;
    }

    BigDecimal getHours() {
        return hours;
    }
}
