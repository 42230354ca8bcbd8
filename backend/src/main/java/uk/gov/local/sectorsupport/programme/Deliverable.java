package uk.gov.local.sectorsupport.programme;

import java.math.BigDecimal;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import uk.gov.local.sectorsupport.common.persistence.VersionedRecord;

/** A programme's target for one financial year, measured by the report metric named by `metricKey`. */
@Entity
public class Deliverable extends VersionedRecord {

    public static final String AUDIT_TYPE = "deliverable";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "programme_id")
    public Programme programme;

    /** By the calendar year it starts in (2023 = 2023-24). */
    public int financialYear;
    public String statement;
    public BigDecimal targetValue;
    public TargetUnit targetUnit;
    public String metricKey;
}
