package uk.gov.local.sectorsupport.organisation;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The LGA or one of its delivery partners; a partner's API client is bound to exactly one. */
@Entity
public class Organisation extends PanacheEntityBase {

    @Id
    public String id;

    public String name;
    public String fullName;
    public OrganisationRole role;
    public String website;
}
