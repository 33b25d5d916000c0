package org.peerpath.content;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/** A published version of a certification program; {@code definition} is the {@link ProgramDefinition} as JSON. */
@Entity
@Table(name = "certification_program_version")
class ProgramVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "program_id", nullable = false, updatable = false)
    private String programId;

    @Column(nullable = false, updatable = false)
    private int version;

    @Column(name = "content_hash", nullable = false, updatable = false)
    private String contentHash;

    @Column(nullable = false, updatable = false)
    private String title;

    @Column(name = "effective_date", nullable = false, updatable = false)
    private LocalDate effectiveDate;

    @Column(nullable = false, updatable = false, columnDefinition = "mediumtext")
    private String definition;

    @Column(name = "import_id", nullable = false, updatable = false)
    private long importId;

    @Column(name = "loaded_at", nullable = false, updatable = false)
    private Instant loadedAt;

    protected ProgramVersion() {
    }

    ProgramVersion(ProgramDefinition program, String definition, long importId, Instant loadedAt) {
        this.programId = program.id();
        this.version = program.version();
        this.contentHash = program.contentHash();
        this.title = program.title();
        this.effectiveDate = program.effectiveDate();
        this.definition = definition;
        this.importId = importId;
        this.loadedAt = loadedAt;
    }

    String getProgramId() {
        return programId;
    }

    int getVersion() {
        return version;
    }

    String getContentHash() {
        return contentHash;
    }

    String getTitle() {
        return title;
    }

    LocalDate getEffectiveDate() {
        return effectiveDate;
    }

    String getDefinition() {
        return definition;
    }

    Instant getLoadedAt() {
        return loadedAt;
    }
}
