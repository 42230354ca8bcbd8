package uk.gov.local.sectorsupport.partner;

import java.net.URI;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.gov.local.sectorsupport.organisation.OrganisationRef;

@Schema(description = "A partner client's credentials. The secret is shown in this response only: it is not stored by "
        + "the API and cannot be read again (rotate it to issue a new one).",
        requiredProperties = { "clientId", "organisation", "secret", "tokenUrl" })
public record PartnerClientCredentials(
        @Schema(example = "cfgs-partner") String clientId,
        OrganisationRef organisation,
        @Schema(description = "The client secret; give it to the partner over a secure channel",
                example = "q3Vb1m9Jx0kTn2cYp5sWd8rLh4eZa7Uf") String secret,
        @Schema(description = "Where the partner obtains access tokens with the client-credentials grant",
                example = "http://localhost:8180/realms/sector-support/protocol/openid-connect/token") URI tokenUrl) {
}
