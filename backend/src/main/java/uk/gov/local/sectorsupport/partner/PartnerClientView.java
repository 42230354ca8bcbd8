package uk.gov.local.sectorsupport.partner;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.gov.local.sectorsupport.organisation.Organisation;
import uk.gov.local.sectorsupport.organisation.OrganisationRef;

@Schema(description = "A partner organisation's API client (a Keycloak confidential client with a service account); "
        + "never its secret", requiredProperties = { "clientId", "organisation", "enabled" })
public record PartnerClientView(
        @Schema(description = "The client id the partner authenticates with: `<organisation id>-partner`",
                example = "cfgs-partner") String clientId,
        @Schema(description = "The organisation its tokens carry in the `organisation` claim") OrganisationRef organisation,
        @Schema(description = "Whether it can obtain tokens; a disabled client's client-credentials grant is refused",
                example = "true") boolean enabled,
        @Schema(description = "When it was onboarded; absent for clients defined in the realm file",
                example = "2026-12-03T10:15:30Z") OffsetDateTime createdAt,
        @Schema(description = "When its current secret was issued; absent for clients defined in the realm file",
                example = "2026-12-03T10:15:30Z") OffsetDateTime secretIssuedAt) {

    static PartnerClientView from(PartnerClient client, Organisation organisation) {
        return new PartnerClientView(client.clientId(), OrganisationRef.from(organisation), client.enabled(),
                client.createdAt() == null ? null : client.createdAt().atOffset(ZoneOffset.UTC),
                client.secretIssuedAt() == null ? null : client.secretIssuedAt().atOffset(ZoneOffset.UTC));
    }
}
