package uk.gov.local.sectorsupport.cohort;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import org.hibernate.annotations.SQLRestriction;

import uk.gov.local.sectorsupport.common.FinancialYear;
import uk.gov.local.sectorsupport.common.persistence.OwnedRecord;
import uk.gov.local.sectorsupport.programme.Programme;

/** An intake of a programme, such as NGDP cohort 25 or Next Generation 2023. */
@Entity
@SQLRestriction(OwnedRecord.NOT_WITHDRAWN)
public class Cohort extends OwnedRecord {

    public static final String AUDIT_TYPE = "cohort";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "programme_id")
    public Programme programme;

    public String name;
    /** By the calendar year it starts in (2023 = 2023-24). */
    public int financialYear;
    public LocalDate startDate;
    public LocalDate endDate;

    /** The fields as text, for the audit trail. */
    public Map<String, String> auditSnapshot() {
        Map<String, String> snapshot = new LinkedHashMap<>();
        put(snapshot, "programme", programme == null ? null : programme.id);
        put(snapshot, "name", name);
        put(snapshot, "financialYear", financialYear == 0 ? null : new FinancialYear(financialYear));
        put(snapshot, "startDate", startDate);
        put(snapshot, "endDate", endDate);
        put(snapshot, "organisation", organisation == null ? null : organisation.id);
        put(snapshot, "externalId", externalId);
        return snapshot;
    }

    private static void put(Map<String, String> snapshot, String field, Object value) {
        if (value != null) {
            snapshot.put(field, value.toString());
        }
    }
}
