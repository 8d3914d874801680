package org.passerelle.catalogue;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;

/**
 * What every catalogue record has: a UUID (v5 of the slug for demo records), the human slug that URLs
 * accept too, timestamps, and the optimistic-lock version that the write API exposes as an ETag.
 */
@MappedSuperclass
public abstract class CatalogueRecord {

    @Id
    public UUID id;

    @Column(nullable = false, unique = true)
    public String slug;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    @Column(nullable = false)
    public int version;

    @PrePersist
    void beforeInsert() {
        Instant now = Instant.now();
        if (createdAt == null) {
            createdAt = now;
        }
        if (updatedAt == null) {
            updatedAt = now;
        }
        refreshDerived();
    }

    @PreUpdate
    void beforeUpdate() {
        updatedAt = Instant.now();
        refreshDerived();
    }

    /** Recomputes derived columns (match keys) before a write. */
    protected void refreshDerived() {
    }
}
