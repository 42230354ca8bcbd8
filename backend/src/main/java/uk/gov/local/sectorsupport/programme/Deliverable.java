package uk.gov.local.sectorsupport.programme;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import uk.gov.local.sectorsupport.common.FinancialYear;
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

    /** The target as a plain number without trailing zeros: 110, 92.5. */
    public BigDecimal plainTarget() {
        if (targetValue == null) {
            return null;
        }
        BigDecimal stripped = targetValue.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** The audited fields as text. */
    public Map<String, String> auditSnapshot() {
        Map<String, String> snapshot = new LinkedHashMap<>();
        Programme.put(snapshot, "programme", programme == null ? null : programme.id);
        Programme.put(snapshot, "financialYear", new FinancialYear(financialYear));
        Programme.put(snapshot, "statement", statement);
        Programme.put(snapshot, "targetValue", plainTarget() == null ? null : plainTarget().toPlainString());
        Programme.put(snapshot, "targetUnit", targetUnit == null ? null : targetUnit.code());
        Programme.put(snapshot, "metricKey", metricKey);
        return snapshot;
    }
}
