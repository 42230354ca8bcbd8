package uk.gov.local.sectorsupport.programme;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import uk.gov.local.sectorsupport.common.FinancialYear;
import uk.gov.local.sectorsupport.common.persistence.VersionedRecord;
import uk.gov.local.sectorsupport.organisation.Organisation;

/** One of the LGA's improvement programmes, keyed by a stable slug such as `leadership-academy`. */
@Entity
public class Programme extends VersionedRecord {

    public static final String AUDIT_TYPE = "programme";

    @Id
    public String id;

    public String name;
    public Theme theme;
    public Funder funder;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "delivering_organisation_id")
    public Organisation deliveringOrganisation;

    public Audience audience;
    public String description;
    /** First financial year the programme ran, by the calendar year it starts in (2023 = 2023-24). */
    public int activeFromYear;
    /** Last financial year, likewise; null while the programme runs. */
    public Integer activeToYear;

    public boolean runsIn(FinancialYear year) {
        return activeFromYear <= year.startYear() && (activeToYear == null || activeToYear >= year.startYear());
    }

    /** "2010-11 onwards" or "2018-19 to 2023-24": the active years as people write them. */
    public String activeYears() {
        String from = new FinancialYear(activeFromYear).toString();
        return activeToYear == null ? from + " onwards" : from + " to " + new FinancialYear(activeToYear);
    }

    /** The audited fields as text. */
    public Map<String, String> auditSnapshot() {
        Map<String, String> snapshot = new LinkedHashMap<>();
        put(snapshot, "id", id);
        put(snapshot, "name", name);
        put(snapshot, "theme", theme == null ? null : theme.code());
        put(snapshot, "funder", funder == null ? null : funder.code());
        put(snapshot, "deliveringOrganisation", deliveringOrganisation == null ? null : deliveringOrganisation.id);
        put(snapshot, "audience", audience == null ? null : audience.code());
        put(snapshot, "description", description);
        put(snapshot, "activeFrom", new FinancialYear(activeFromYear));
        put(snapshot, "activeTo", activeToYear == null ? null : new FinancialYear(activeToYear));
        return snapshot;
    }

    static void put(Map<String, String> snapshot, String field, Object value) {
        if (value != null) {
            snapshot.put(field, value.toString());
        }
    }
}
