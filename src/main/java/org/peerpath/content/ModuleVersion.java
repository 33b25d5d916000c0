package org.peerpath.content;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** A published version of a module. Never changed after import. */
@Entity
@Table(name = "content_module_version")
class ModuleVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "module_id", nullable = false, updatable = false)
    private String moduleId;

    @Column(nullable = false, updatable = false)
    private int version;

    @Column(name = "content_hash", nullable = false, updatable = false)
    private String contentHash;

    @Column(nullable = false, updatable = false)
    private String title;

    @Column(nullable = false, updatable = false)
    private String summary;

    @Column(name = "contact_hours", nullable = false, updatable = false, precision = 5, scale = 1)
    private BigDecimal contactHours;

    /** Domain name to hours; domains are stored by name so the table reads well in SQL. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "content_module_domain_hours", joinColumns = @JoinColumn(name = "module_version_id"))
    @MapKeyColumn(name = "domain")
    @Column(name = "hours", precision = 5, scale = 1)
    private Map<String, BigDecimal> domainHours = new HashMap<>();

    @Column(nullable = false, updatable = false, columnDefinition = "mediumtext")
    private String metadata;

    @Column(name = "import_id", nullable = false, updatable = false)
    private long importId;

    @Column(name = "loaded_at", nullable = false, updatable = false)
    private Instant loadedAt;

    protected ModuleVersion() {
    }

    ModuleVersion(ModuleDefinition module, String metadata, long importId, Instant loadedAt) {
        this.moduleId = module.id();
        this.version = module.version();
        this.contentHash = module.contentHash();
        this.title = module.title();
        this.summary = module.summary();
        this.contactHours = module.contactHours();
        module.domainHours().forEach((domain, hours) -> domainHours.put(domain.name(), hours));
        this.metadata = metadata;
        this.importId = importId;
        this.loadedAt = loadedAt;
    }

    Long getId() {
        return id;
    }

    String getModuleId() {
        return moduleId;
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

    String getSummary() {
        return summary;
    }

    BigDecimal getContactHours() {
        return contactHours;
    }

    Map<String, BigDecimal> getDomainHours() {
        return domainHours;
    }

    String getMetadata() {
        return metadata;
    }

    Instant getLoadedAt() {
        return loadedAt;
    }
}
