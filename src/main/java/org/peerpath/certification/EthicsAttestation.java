package org.peerpath.certification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A trainee's signed ethics affirmation, with a hash of the exact statement they affirmed. */
@Entity
@Table(name = "ethics_attestation")
class EthicsAttestation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "trainee_id", nullable = false, updatable = false)
    private long traineeId;

    @Column(name = "program_id", nullable = false, updatable = false)
    private String programId;

    @Column(name = "program_version", nullable = false, updatable = false)
    private int programVersion;

    @Column(name = "statement_hash", nullable = false, updatable = false)
    private String statementHash;

    @Column(name = "attested_at", nullable = false, updatable = false)
    private Instant attestedAt;

    protected EthicsAttestation() {
    }

    EthicsAttestation(long traineeId, String programId, int programVersion, String statementHash, Instant at) {
        this.traineeId = traineeId;
        this.programId = programId;
        this.programVersion = programVersion;
        this.statementHash = statementHash;
        this.attestedAt = at;
    }

    Instant getAttestedAt() {
        return attestedAt;
    }
}
