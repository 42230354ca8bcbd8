package uk.gov.local.sectorsupport.council;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A local authority, keyed by its ONS GSS code. Reference data, loaded by migration. */
@Entity
public class Council extends PanacheEntityBase {

    @Id
    public String gssCode;

    public String localAuthorityCode;
    public String name;
    public String officialName;
    public CouncilType type;
    public Region region;
    public Nation nation;
    public LocalDate startDate;
    /** Last day the council existed; null while it exists. */
    public LocalDate endDate;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "county_gss_code")
    public Council county;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "combined_authority_gss_code")
    public Council combinedAuthority;

    @ManyToMany
    @JoinTable(name = "council_succession",
            joinColumns = @JoinColumn(name = "predecessor_gss_code"),
            inverseJoinColumns = @JoinColumn(name = "successor_gss_code"))
    @OrderBy("name")
    public Set<Council> successors = new LinkedHashSet<>();

    @ManyToMany(mappedBy = "successors")
    @OrderBy("name")
    public Set<Council> predecessors = new LinkedHashSet<>();

    public boolean isCurrentOn(LocalDate date) {
        return (startDate == null || !startDate.isAfter(date)) && (endDate == null || !endDate.isBefore(date));
    }
}
