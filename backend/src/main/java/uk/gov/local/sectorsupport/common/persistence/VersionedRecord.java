package uk.gov.local.sectorsupport.common.persistence;

import java.time.Instant;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A record written through the API: its version is the ETag, and `updatedAt` feeds "changed since" extracts. */
@MappedSuperclass
public abstract class VersionedRecord extends PanacheEntityBase {

    @Version
    public int version;

    public Instant updatedAt;

    @PrePersist
    @PreUpdate
    void touch() {
        updatedAt = Instant.now();
    }
}
