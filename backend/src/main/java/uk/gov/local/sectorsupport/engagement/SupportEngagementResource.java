package uk.gov.local.sectorsupport.engagement;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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
import uk.gov.local.sectorsupport.common.http.ETags;
import uk.gov.local.sectorsupport.common.http.IfMatch;
import uk.gov.local.sectorsupport.common.http.QueryParams;
import uk.gov.local.sectorsupport.common.openapi.ApiResponses;
import uk.gov.local.sectorsupport.common.paging.Page;
import uk.gov.local.sectorsupport.common.paging.PageParams;
import uk.gov.local.sectorsupport.common.paging.PagedResponses;
import uk.gov.local.sectorsupport.common.security.Roles;
import uk.gov.local.sectorsupport.council.Region;
import uk.gov.local.sectorsupport.programme.Theme;

/**
 * Support engagements. Everyone may read them, partners only their own organisation's; LGA staff and
 * administrators write them. Updates and deletes need If-Match (428 without, 412 when stale).
 */
@Path("/v1/support-engagements")
@Tag(name = "Support engagements", description = "Bespoke support to one council: mentoring, targeted finance or "
        + "workforce support, post-election support, top team development, transformation experts")
@Produces(MediaType.APPLICATION_JSON)
public class SupportEngagementResource {

    @Inject
    SupportEngagementService engagements;

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.STAFF, Roles.ANALYST, Roles.PARTNER })
    @Operation(summary = "List support engagements",
            description = "Engagements matching every given filter, newest start first (then newest record first), "
                    + "one page at a time. A partner sees only its own organisation's. Lead adviser and notes are "
                    + "shown to LGA staff and administrators only.")
    @APIResponse(responseCode = "200", description = "A page of support engagements",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SupportEngagementPage.class),
                    examples = @ExampleObject(name = "one engagement", value = SupportEngagementExamples.PAGE)))
    @APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
    public RestResponse<Page<SupportEngagementView>> list(
            @Parameter(description = "Financial year (April–March) of the start date, as the engagement's "
                    + "`financialYear`", example = "2024-25")
            @QueryParam("financialYear") String financialYear,
            @Parameter(description = "Programme id", example = "targeted-finance-support")
            @QueryParam("programme") String programme,
            @Parameter(description = "Theme of the programme", schema = @Schema(implementation = Theme.class))
            @QueryParam("theme") String theme,
            @Parameter(description = "Region of the council", schema = @Schema(implementation = Region.class))
            @QueryParam("region") String region,
            @Parameter(description = "GSS code of the council", example = "E06000017") @QueryParam("council") String council,
            @Parameter(description = "Kind of support", schema = @Schema(implementation = EngagementType.class))
            @QueryParam("type") String type,
            @Parameter(description = "Id of the organisation the records belong to", example = "lga")
            @QueryParam("organisation") String organisation,
            @BeanParam PageParams paging,
            @Context UriInfo uriInfo) {
        SupportEngagementFilter filter = new SupportEngagementFilter(
                QueryParams.financialYear("financialYear", financialYear),
                QueryParams.text(programme),
                QueryParams.code(Theme.class, "theme", theme),
                QueryParams.code(Region.class, "region", region),
                QueryParams.text(council),
                QueryParams.code(EngagementType.class, "type", type),
                QueryParams.text(organisation));
        return PagedResponses.ok(engagements.search(filter, paging.toRequest()), uriInfo);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADMIN, Roles.STAFF })
    @Operation(summary = "Record a support engagement",
            description = "It belongs to the programme's delivering organisation unless `organisation` says otherwise. "
                    + "An `externalId` the organisation already uses is a 409.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = SupportEngagementCreate.class),
            examples = @ExampleObject(name = "targeted finance support", value = SupportEngagementExamples.CREATE)))
    @APIResponse(responseCode = "201", description = "Recorded; `Location` names it",
            headers = {
                    @Header(name = HttpHeaders.LOCATION, schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = HttpHeaders.ETAG, schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SupportEngagementView.class),
                    examples = @ExampleObject(name = "targeted finance support", value = SupportEngagementExamples.VIEW)))
    @APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    public RestResponse<SupportEngagementView> create(SupportEngagementCreate create, @Context UriInfo uriInfo) {
        SupportEngagementView created = engagements.create(create);
        URI location = uriInfo.getAbsolutePathBuilder().path(Long.toString(created.id())).build();
        return RestResponse.ResponseBuilder.<SupportEngagementView>created(location).entity(created)
                .tag(ETags.of(created.version())).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.STAFF, Roles.ANALYST, Roles.PARTNER })
    @Operation(summary = "Get a support engagement",
            description = "The `ETag` header is the version to send back in `If-Match`. Another organisation's "
                    + "engagement is a 404 for a partner.")
    @APIResponse(responseCode = "200", description = "The support engagement",
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SupportEngagementView.class),
                    examples = @ExampleObject(name = "targeted finance support", value = SupportEngagementExamples.VIEW)))
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    public RestResponse<SupportEngagementView> get(
            @Parameter(description = "Support engagement id", example = "17") @PathParam("id") long id) {
        SupportEngagementView view = engagements.find(id).orElseThrow(() -> SupportEngagementService.notFound(id));
        return RestResponse.ResponseBuilder.ok(view).tag(ETags.of(view.version())).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADMIN, Roles.STAFF })
    @Operation(summary = "Update a support engagement",
            description = "Replaces its fields; absent `organisation` and `externalId` keep the recorded ones. "
                    + "Moving it to another organisation moves its survey responses too (each recorded in its own "
                    + "history); a 409 naming `organisation` when one's external id is already used there. Needs "
                    + "`If-Match`.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = SupportEngagementUpdate.class),
            examples = @ExampleObject(name = "more days, later end", value = SupportEngagementExamples.UPDATE)))
    @APIResponse(responseCode = "200", description = "Updated; the new `ETag` is in the header",
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SupportEngagementView.class),
                    examples = @ExampleObject(name = "targeted finance support", value = SupportEngagementExamples.VIEW)))
    @APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    public RestResponse<SupportEngagementView> update(
            @Parameter(description = "Support engagement id", example = "17") @PathParam("id") long id,
            @HeaderParam(ETags.IF_MATCH) String ifMatch,
            SupportEngagementUpdate update) {
        SupportEngagementView view = engagements.update(id, IfMatch.required(ifMatch), update);
        return RestResponse.ResponseBuilder.ok(view).tag(ETags.of(view.version())).build();
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.STAFF })
    @Operation(summary = "Delete a support engagement",
            description = "Not while survey responses are about it (409). Needs `If-Match`; its history stays readable.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    public void delete(
            @Parameter(description = "Support engagement id", example = "17") @PathParam("id") long id,
            @HeaderParam(ETags.IF_MATCH) String ifMatch) {
        engagements.delete(id, IfMatch.required(ifMatch));
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({ Roles.ADMIN, Roles.STAFF })
    @Operation(summary = "A support engagement's change history",
            description = "Every change, oldest first: who, when, what. Still readable after the engagement is deleted.")
    @APIResponse(responseCode = "200", description = "The changes",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = AuditEntryView.class),
                    examples = @ExampleObject(name = "created then updated", value = SupportEngagementExamples.HISTORY)))
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    public List<AuditEntryView> history(
            @Parameter(description = "Support engagement id", example = "17") @PathParam("id") long id) {
        return engagements.history(id);
    }

    @Schema(name = "SupportEngagementPage", description = "A page of support engagements")
    static final class SupportEngagementPage extends Page<SupportEngagementView> {
        private SupportEngagementPage() {
            super(null, 0, 0, 0, 0);
        }
    }
}
