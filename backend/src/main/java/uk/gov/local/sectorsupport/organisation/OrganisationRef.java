package uk.gov.local.sectorsupport.organisation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A link to the organisation a record belongs to. */
@Schema(description = "A reference to the LGA or a delivery partner", requiredProperties = { "id", "name" })
public record OrganisationRef(
        @Schema(example = "solace") String id,
        @Schema(example = "Solace") String name) {

    public static OrganisationRef from(Organisation organisation) {
        return organisation == null ? null : new OrganisationRef(organisation.id, organisation.name);
    }
}
