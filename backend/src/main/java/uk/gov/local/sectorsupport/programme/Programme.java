package uk.gov.local.sectorsupport.programme;

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
}
