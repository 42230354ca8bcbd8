package uk.gov.local.sectorsupport.engagement;

import java.math.BigDecimal;
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
import uk.gov.local.sectorsupport.council.Council;
import uk.gov.local.sectorsupport.programme.Programme;

/** Bespoke support to one council: mentoring, targeted finance or workforce support, post-election support … */
@Entity
@SQLRestriction(OwnedRecord.NOT_WITHDRAWN)
public class SupportEngagement extends OwnedRecord {

    public static final String AUDIT_TYPE = "support-engagement";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "programme_id")
    public Programme programme;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "council_gss_code")
    public Council council;

    public EngagementType type;
    public LocalDate startDate;
    /** None while the support continues. */
    public LocalDate endDate;
    public BigDecimal daysDelivered;
    /** The adviser's name: work data, shown to LGA staff and administrators only. */
    public String leadAdviser;
    public String notes;

    /** The financial year it started in. */
    public FinancialYear financialYear() {
        return FinancialYear.of(startDate);
    }

    /** The audited fields as text. */
    Map<String, String> auditSnapshot() {
        Map<String, String> snapshot = new LinkedHashMap<>();
        put(snapshot, "programme", programme == null ? null : programme.id);
        put(snapshot, "council", council == null ? null : council.gssCode);
        put(snapshot, "type", type == null ? null : type.code());
        put(snapshot, "startDate", startDate);
        put(snapshot, "endDate", endDate);
        put(snapshot, "daysDelivered", daysDelivered == null ? null : daysDelivered.stripTrailingZeros().toPlainString());
        put(snapshot, "leadAdviser", leadAdviser);
        put(snapshot, "notes", notes);
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
