package uk.gov.local.sectorsupport.partner;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import uk.gov.local.sectorsupport.common.audit.AuditEntryView;
import uk.gov.local.sectorsupport.common.error.Problem;
import uk.gov.local.sectorsupport.common.openapi.ApiResponses;
import uk.gov.local.sectorsupport.common.paging.Page;
import uk.gov.local.sectorsupport.common.paging.PageParams;
import uk.gov.local.sectorsupport.common.paging.PagedResponses;
import uk.gov.local.sectorsupport.common.security.Roles;

/** Onboarding partner organisations: their API clients in Keycloak. Administrators only. */
@Path("/v1/partner-clients")
@Tag(name = "Partner clients", description = "Onboarding partner organisations: the machine clients they push data "
        + "with (Keycloak confidential clients, client-credentials grant, tokens bound to one organisation). "
        + "Administrators only.")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class PartnerClientResource {

    /** A secret must not linger in a browser's or proxy's cache. */
    private static final String NO_STORE = "no-store";

    @Inject
    PartnerClientService partnerClients;

    @GET
    @Operation(summary = "List partner clients",
            description = "Every partner organisation's API client, as Keycloak holds it, by client id: the ones "
                    + "onboarded here and the ones defined in the realm file. A partner client is the Keycloak client "
                    + "`<organisation id>-partner` whose tokens carry that organisation; secrets are never listed.")
    @APIResponse(responseCode = "200", description = "A page of partner clients",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PartnerClientPage.class),
                    examples = @ExampleObject(name = "two partners", value = PartnerClientExamples.PAGE)))
    @APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
    @APIResponse(responseCode = "502", description = "Keycloak could not be reached or refused the request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "Keycloak down", value = PartnerClientExamples.KEYCLOAK_FAILED)))
    public RestResponse<Page<PartnerClientView>> list(@BeanParam PageParams paging, @Context UriInfo uriInfo) {
        return PagedResponses.ok(partnerClients.list(paging.toRequest()), uriInfo);
    }

    @GET
    @Path("/{clientId}")
    @Operation(summary = "Get a partner client")
    @APIResponse(responseCode = "200", description = "The partner client",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PartnerClientView.class),
                    examples = @ExampleObject(name = "CfGS", value = PartnerClientExamples.VIEW)))
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "502", description = "Keycloak could not be reached or refused the request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "Keycloak down", value = PartnerClientExamples.KEYCLOAK_FAILED)))
    public PartnerClientView get(
            @Parameter(description = "Client id", example = "cfgs-partner") @PathParam("clientId") String clientId) {
        return partnerClients.find(clientId).orElseThrow(() -> PartnerClientService.notFound(clientId));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Onboard a partner organisation",
            description = "Creates the organisation's API client `<organisation id>-partner` in Keycloak: confidential, "
                    + "client-credentials grant only, its service account holding the realm role `partner`, its access "
                    + "tokens carrying the audience `sector-support-api` and the claim `organisation`. The answer holds "
                    + "the client secret: **the only time it is shown** (it is not stored here; rotate it to issue a new "
                    + "one). An organisation has at most one client: a second is a 409. Audited, without the secret.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = PartnerClientCreate.class),
            examples = @ExampleObject(name = "CfGS", value = PartnerClientExamples.CREATE)))
    @APIResponse(responseCode = "201", description = "Onboarded; `Location` names the new client. Shown once: the secret",
            headers = {
                    @Header(name = HttpHeaders.LOCATION, schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = HttpHeaders.CACHE_CONTROL, description = "`no-store`: the body holds a secret",
                            schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PartnerClientCredentials.class),
                    examples = @ExampleObject(name = "CfGS", value = PartnerClientExamples.CREDENTIALS)))
    @APIResponse(responseCode = "400", description = "No organisation, an unknown one, or the LGA itself; nothing was created",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown organisation", value = PartnerClientExamples.UNKNOWN_ORGANISATION)))
    @APIResponse(responseCode = "409", description = "The organisation already has a partner client; nothing was created",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "already onboarded", value = PartnerClientExamples.ALREADY_ONBOARDED)))
    @APIResponse(responseCode = "502", description = "Keycloak could not be reached or refused the change; nothing was created",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "Keycloak down", value = PartnerClientExamples.KEYCLOAK_FAILED)))
    public RestResponse<PartnerClientCredentials> create(PartnerClientCreate create, @Context UriInfo uriInfo) {
        PartnerClientCredentials created = partnerClients.create(create);
        URI location = uriInfo.getAbsolutePathBuilder().path(created.clientId()).build();
        return RestResponse.ResponseBuilder.<PartnerClientCredentials>created(location).entity(created)
                .header(HttpHeaders.CACHE_CONTROL, NO_STORE).build();
    }

    @POST
    @Path("/{clientId}/secret")
    @Operation(summary = "Rotate a partner client's secret",
            description = "Issues a new secret and answers with it: **the only time it is shown**. The old secret stops "
                    + "working at once (token requests with it are refused); access tokens already issued stay valid "
                    + "until they expire (15 minutes). Audited, without the secret.")
    @APIResponse(responseCode = "200", description = "Rotated. Shown once: the new secret",
            headers = @Header(name = HttpHeaders.CACHE_CONTROL, description = "`no-store`: the body holds a secret",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PartnerClientCredentials.class),
                    examples = @ExampleObject(name = "CfGS", value = PartnerClientExamples.CREDENTIALS)))
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "502", description = "Keycloak could not be reached or refused the change",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "Keycloak down", value = PartnerClientExamples.KEYCLOAK_FAILED)))
    public RestResponse<PartnerClientCredentials> rotateSecret(
            @Parameter(description = "Client id", example = "cfgs-partner") @PathParam("clientId") String clientId) {
        return RestResponse.ResponseBuilder.ok(partnerClients.rotateSecret(clientId))
                .header(HttpHeaders.CACHE_CONTROL, NO_STORE).build();
    }

    @PUT
    @Path("/{clientId}/enabled")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Disable or re-enable a partner client",
            description = "A disabled client's token requests are refused, so it can no longer call the API once its "
                    + "last access token expires (15 minutes); enabling it again restores its current secret. Setting "
                    + "the value it already has changes nothing. Audited.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = PartnerClientEnabled.class),
            examples = @ExampleObject(name = "disable", value = PartnerClientExamples.DISABLE)))
    @APIResponse(responseCode = "200", description = "The partner client as it is now",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PartnerClientView.class),
                    examples = @ExampleObject(name = "disabled", value = PartnerClientExamples.DISABLED)))
    @APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "502", description = "Keycloak could not be reached or refused the change",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "Keycloak down", value = PartnerClientExamples.KEYCLOAK_FAILED)))
    public PartnerClientView setEnabled(
            @Parameter(description = "Client id", example = "cfgs-partner") @PathParam("clientId") String clientId,
            PartnerClientEnabled change) {
        return partnerClients.setEnabled(clientId, change);
    }

    @GET
    @Path("/{clientId}/history")
    @Operation(summary = "A partner client's change history",
            description = "Onboarding, secret rotations, disabling and enabling, oldest first: who, when, what. "
                    + "Secrets are never recorded, only when each was issued.")
    @APIResponse(responseCode = "200", description = "The changes",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = AuditEntryView.class),
                    examples = @ExampleObject(name = "onboarded, rotated, disabled", value = PartnerClientExamples.HISTORY)))
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "502", description = "Keycloak could not be reached or refused the request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "Keycloak down", value = PartnerClientExamples.KEYCLOAK_FAILED)))
    public List<AuditEntryView> history(
            @Parameter(description = "Client id", example = "cfgs-partner") @PathParam("clientId") String clientId) {
        return partnerClients.history(clientId);
    }

    @Schema(name = "PartnerClientPage", description = "A page of partner clients")
    static final class PartnerClientPage extends Page<PartnerClientView> {
        private PartnerClientPage() {
            super(null, 0, 0, 0, 0);
        }
    }
}
