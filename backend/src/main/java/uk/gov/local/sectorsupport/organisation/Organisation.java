package uk.gov.local.sectorsupport.organisation;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import org.hibernate.annotations.BatchSize;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The LGA or one of its delivery partners; a partner's API client is bound to exactly one. */
// A handful of rows that every owned record points at: load the ones a page needs in one query, not one each.
@Entity
@BatchSize(size = 50)
public class Organisation extends PanacheEntityBase {

    @Id
    public String id;

    public String name;
    public String fullName;
    public OrganisationRole role;
    public String website;
}
