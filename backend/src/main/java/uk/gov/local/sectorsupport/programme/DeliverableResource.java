package uk.gov.local.sectorsupport.programme;

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

/** Programmes' targets per financial year. Published in the annual report, so every role reads them. */
@Path("/v1/deliverables")
@Tag(name = "Deliverables", description = "Programmes' targets for a financial year, each measured by an annual-report "
        + "metric. The metrics arrive with the annual report; progress will be computed from them, never typed in.")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.ADMIN, Roles.STAFF, Roles.ANALYST, Roles.PARTNER })
public class DeliverableResource {

    @Inject
    DeliverableService deliverables;

    @GET
    @Operation(summary = "List deliverables",
            description = "Deliverables matching every given filter: newest financial year first, then by programme "
                    + "name and id. For one programme's targets in a year, filter by `programme` and `financialYear`.")
    @APIResponse(responseCode = "200", description = "A page of deliverables",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeliverablePage.class),
                    examples = @ExampleObject(name = "2025-26", value = DeliverableExamples.PAGE)))
    @APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
    public RestResponse<Page<DeliverableView>> list(
            @Parameter(description = "Financial year of the target", example = "2025-26")
            @QueryParam("financialYear") String financialYear,
            @Parameter(description = "Programme id", example = "corporate-peer-challenge")
            @QueryParam("programme") String programme,
            @Parameter(description = "The programme's theme", schema = @Schema(implementation = Theme.class))
            @QueryParam("theme") String theme,
            @Parameter(description = "Id of the programme's delivering organisation", example = "solace")
            @QueryParam("organisation") String organisation,
            @Parameter(description = "The metric that measures it", example = "peer-challenges-delivered")
            @QueryParam("metricKey") String metricKey,
            @BeanParam PageParams paging,
            @Context UriInfo uriInfo) {
        DeliverableFilter filter = new DeliverableFilter(
                QueryParams.financialYear("financialYear", financialYear),
                QueryParams.text(programme),
                QueryParams.code(Theme.class, "theme", theme),
                QueryParams.text(organisation),
                QueryParams.text(metricKey));
        return PagedResponses.ok(deliverables.search(filter, paging.toRequest()), uriInfo);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADMIN, Roles.STAFF })
    @Operation(summary = "Add a deliverable",
            description = "A target for a year the programme runs in. LGA staff and administrators.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = DeliverableCreate.class),
            examples = @ExampleObject(name = "peer challenges", value = DeliverableExamples.CREATE)))
    @APIResponse(responseCode = "201", description = "Added; `Location` names the new deliverable",
            headers = {
                    @Header(name = HttpHeaders.LOCATION, schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = HttpHeaders.ETAG, schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeliverableView.class),
                    examples = @ExampleObject(name = "peer challenges", value = DeliverableExamples.VIEW)))
    @APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
    public RestResponse<DeliverableView> create(DeliverableCreate create, @Context UriInfo uriInfo) {
        DeliverableView created = deliverables.create(create);
        URI location = uriInfo.getAbsolutePathBuilder().path(Long.toString(created.id())).build();
        return RestResponse.ResponseBuilder.<DeliverableView>created(location).entity(created)
                .tag(ETags.of(created.version())).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a deliverable", description = "The `ETag` header is the version to send back in `If-Match`.")
    @APIResponse(responseCode = "200", description = "The deliverable",
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeliverableView.class),
                    examples = @ExampleObject(name = "peer challenges", value = DeliverableExamples.VIEW)))
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    public RestResponse<DeliverableView> get(@Parameter(description = "Deliverable id", example = "12") @PathParam("id") long id) {
        DeliverableView deliverable = deliverables.find(id).orElseThrow(() -> DeliverableService.notFound(id));
        return RestResponse.ResponseBuilder.ok(deliverable).tag(ETags.of(deliverable.version())).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADMIN, Roles.STAFF })
    @Operation(summary = "Update a deliverable",
            description = "Replaces its fields. Needs `If-Match` with the ETag of your last read.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = DeliverableUpdate.class),
            examples = @ExampleObject(name = "per-cent target", value = DeliverableExamples.UPDATE)))
    @APIResponse(responseCode = "200", description = "Updated; the new `ETag` is in the header",
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeliverableView.class),
                    examples = @ExampleObject(name = "per-cent target", value = DeliverableExamples.PER_CENT_VIEW)))
    @APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    public RestResponse<DeliverableView> update(
            @Parameter(description = "Deliverable id", example = "12") @PathParam("id") long id,
            @HeaderParam(ETags.IF_MATCH) String ifMatch,
            DeliverableUpdate update) {
        DeliverableView deliverable = deliverables.update(id, IfMatch.required(ifMatch), update);
        return RestResponse.ResponseBuilder.ok(deliverable).tag(ETags.of(deliverable.version())).build();
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.STAFF })
    @Operation(summary = "Delete a deliverable", description = "Needs `If-Match`; its history stays readable.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    public void delete(
            @Parameter(description = "Deliverable id", example = "12") @PathParam("id") long id,
            @HeaderParam(ETags.IF_MATCH) String ifMatch) {
        deliverables.delete(id, IfMatch.required(ifMatch));
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({ Roles.ADMIN, Roles.STAFF })
    @Operation(summary = "A deliverable's change history",
            description = "Every change, oldest first: who, when, what. LGA staff and administrators. Still readable "
                    + "after the deliverable is deleted.")
    @APIResponse(responseCode = "200", description = "The changes",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = AuditEntryView.class),
                    examples = @ExampleObject(name = "created then raised", value = DeliverableExamples.HISTORY)))
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    public List<AuditEntryView> history(@Parameter(description = "Deliverable id", example = "12") @PathParam("id") long id) {
        return deliverables.history(id);
    }

    @Schema(name = "DeliverablePage", description = "A page of deliverables")
    static final class DeliverablePage extends Page<DeliverableView> {
        private DeliverablePage() {
            super(null, 0, 0, 0, 0);
        }
    }
}
