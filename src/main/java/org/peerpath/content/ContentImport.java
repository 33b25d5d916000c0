package org.peerpath.content;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One import attempt that wrote content or was refused. */
@Entity
@Table(name = "content_import")
class ContentImport {

    enum Outcome {
        IMPORTED, REFUSED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "content_hash")
    private String contentHash;

    @Column(nullable = false)
    private String outcome;

    @Column(nullable = false)
    private String summary;

    @Column(columnDefinition = "mediumtext")
    private String problems;

    @Column(name = "loaded_at", nullable = false)
    private Instant loadedAt;

    protected ContentImport() {
    }

    ContentImport(String contentHash, Outcome outcome, String summary, String problems, Instant loadedAt) {
        this.contentHash = contentHash;
        this.outcome = outcome.name();
        this.summary = summary.length() > 1000 ? summary.substring(0, 997) + "..." : summary;
        this.problems = problems;
        this.loadedAt = loadedAt;
    }

    Long getId() {
        return id;
    }

    String getOutcome() {
        return outcome;
    }

    String getSummary() {
        return summary;
    }

    String getProblems() {
        return problems;
    }

    Instant getLoadedAt() {
        return loadedAt;
    }
}
