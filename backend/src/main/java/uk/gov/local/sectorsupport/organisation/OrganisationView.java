package uk.gov.local.sectorsupport.organisation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The LGA or a delivery partner", requiredProperties = { "id", "name", "fullName", "role" })
public record OrganisationView(
        @Schema(description = "Stable identifier; partner tokens carry it in the `organisation` claim",
                example = "solace") String id,
        @Schema(example = "Solace") String name,
        @Schema(example = "Society of Local Authority Chief Executives and Senior Managers") String fullName,
        OrganisationRole role,
        @Schema(example = "https://solace.org.uk") String website) {

    static OrganisationView from(Organisation organisation) {
        return new OrganisationView(organisation.id, organisation.name, organisation.fullName, organisation.role,
                organisation.website);
    }
}
