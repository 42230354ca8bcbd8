package uk.gov.local.sectorsupport.metric;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A declared metric of the annual report. Its version counts its edits; every version is kept in metric_version. */
@Entity
@Table(name = "metric")
public class Metric extends PanacheEntityBase {

    public static final String AUDIT_TYPE = "metric";

    @Id
    public String key;
    public String label;
    public String section;
    public int position;
    public MetricKind kind;
    public MetricUnit unit;
    /** The definition as JSON text (MetricDefinition); read with {@link MetricService#definition}. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public String definition;
    public String sentence;
    public int version;
    public Instant updatedAt;
}
