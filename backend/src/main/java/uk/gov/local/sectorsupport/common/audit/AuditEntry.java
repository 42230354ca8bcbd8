package uk.gov.local.sectorsupport.common.audit;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import org.hibernate.annotations.ColumnTransformer;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One audited write: who, when, which record, what changed. Written only by {@link AuditLog}. */
@Entity
public class AuditEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String entityType;
    public String entityId;
    public String action;
    public String actor;
    public OffsetDateTime occurredAt;
    public Integer entityVersion;

    /** JSON array of {@link AuditChange}; kept as text here so no JSON mapping is needed inside Hibernate. */
    @Column(columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    public String changes;
}
