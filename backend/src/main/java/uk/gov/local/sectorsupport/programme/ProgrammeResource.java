package uk.gov.local.sectorsupport.programme;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
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

/** The programme catalogue: reference data every role reads; LGA staff and administrators keep it up to date. */
@Path("/v1/programmes")
@Tag(name = "Programmes", description = "The catalogue of LGA improvement programmes and their delivery partners")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.ADMIN, Roles.STAFF, Roles.ANALYST, Roles.PARTNER })
public class ProgrammeResource {

    @Inject
    ProgrammeService programmes;

    @GET
    @Operation(summary = "List programmes", description = "Programmes matching every given filter, by name.")
    @APIResponse(responseCode = "200", description = "A page of programmes",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProgrammePage.class),
                    examples = @ExampleObject(name = "leadership", value = ProgrammeExamples.PAGE)))
    @APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
    public RestResponse<Page<ProgrammeView>> list(
            @Parameter(description = "Theme", schema = @Schema(implementation = Theme.class))
            @QueryParam("theme") String theme,
            @Parameter(description = "Funder", schema = @Schema(implementation = Funder.class))
            @QueryParam("funder") String funder,
            @Parameter(description = "Id of the delivering organisation", example = "solace")
            @QueryParam("organisation") String organisation,
            @Parameter(description = "Audience", schema = @Schema(implementation = Audience.class))
            @QueryParam("audience") String audience,
            @Parameter(description = "Only programmes running in this financial year", example = "2025-26")
            @QueryParam("financialYear") String financialYear,
            @Parameter(description = "Part of the programme's name", example = "leader")
            @QueryParam("q") @Size(max = 100) String q,
            @BeanParam PageParams paging,
            @Context UriInfo uriInfo) {
        ProgrammeFilter filter = new ProgrammeFilter(
                QueryParams.code(Theme.class, "theme", theme),
                QueryParams.code(Funder.class, "funder", funder),
                QueryParams.text(organisation),
                QueryParams.code(Audience.class, "audience", audience),
                QueryParams.financialYear("financialYear", financialYear),
                QueryParams.text(q));
        return PagedResponses.ok(programmes.search(filter, paging.toRequest()), uriInfo);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a programme", description = "The `ETag` header is the version to send back in `If-Match`.")
    @APIResponse(responseCode = "200", description = "The programme",
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProgrammeView.class),
                    examples = @ExampleObject(name = "Leadership Essentials", value = ProgrammeExamples.VIEW)))
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    public RestResponse<ProgrammeView> get(
            @Parameter(description = "Programme id", example = "leadership-essentials") @PathParam("id") String id) {
        ProgrammeView programme = programmes.find(id).orElseThrow(() -> ProgrammeService.notFound(id));
        return RestResponse.ResponseBuilder.ok(programme).tag(ETags.of(programme.version())).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADMIN, Roles.STAFF })
    @Operation(summary = "Add a programme to the catalogue",
            description = "LGA staff and administrators. The id (a slug) and the name must be new: a taken one is a "
                    + "409 naming the field.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ProgrammeCreate.class),
            examples = @ExampleObject(name = "Leadership Essentials", value = ProgrammeExamples.CREATE)))
    @APIResponse(responseCode = "201", description = "Added; `Location` names the new programme",
            headers = {
                    @Header(name = HttpHeaders.LOCATION, schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = HttpHeaders.ETAG, schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProgrammeView.class),
                    examples = @ExampleObject(name = "Leadership Essentials", value = ProgrammeExamples.VIEW)))
    @APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    public RestResponse<ProgrammeView> create(ProgrammeCreate create, @Context UriInfo uriInfo) {
        ProgrammeView created = programmes.create(create);
        URI location = uriInfo.getAbsolutePathBuilder().path(created.id()).build();
        return RestResponse.ResponseBuilder.<ProgrammeView>created(location).entity(created)
                .tag(ETags.of(created.version())).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADMIN, Roles.STAFF })
    @Operation(summary = "Update a programme",
            description = "Replaces its details; the id cannot change. To retire a programme, set `activeTo` to the "
                    + "last financial year it runs. Its active years must cover the years of its deliverables. "
                    + "Needs `If-Match` with the ETag of your last read.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ProgrammeUpdate.class),
            examples = @ExampleObject(name = "end the programme", value = ProgrammeExamples.UPDATE)))
    @APIResponse(responseCode = "200", description = "Updated; the new `ETag` is in the header",
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProgrammeView.class),
                    examples = @ExampleObject(name = "Leadership Essentials", value = ProgrammeExamples.VIEW)))
    @APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    public RestResponse<ProgrammeView> update(
            @Parameter(description = "Programme id", example = "leadership-essentials") @PathParam("id") String id,
            @HeaderParam(ETags.IF_MATCH) String ifMatch,
            ProgrammeUpdate update) {
        ProgrammeView programme = programmes.update(id, IfMatch.required(ifMatch), update);
        return RestResponse.ResponseBuilder.ok(programme).tag(ETags.of(programme.version())).build();
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.STAFF })
    @Operation(summary = "Delete a programme",
            description = "Only a programme nothing refers to (for one added by mistake). While deliverables, events, "
                    + "cohorts or support engagements refer to it the answer is a 409 saying which: end the programme "
                    + "instead by setting `activeTo`. Needs `If-Match`; its history stays readable.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    public void delete(
            @Parameter(description = "Programme id", example = "leadership-essentials") @PathParam("id") String id,
            @HeaderParam(ETags.IF_MATCH) String ifMatch) {
        programmes.delete(id, IfMatch.required(ifMatch));
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({ Roles.ADMIN, Roles.STAFF })
    @Operation(summary = "A programme's change history",
            description = "Every change, oldest first: who, when, what. LGA staff and administrators. Still readable "
                    + "after the programme is deleted.")
    @APIResponse(responseCode = "200", description = "The changes",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = AuditEntryView.class),
                    examples = @ExampleObject(name = "created then ended", value = ProgrammeExamples.HISTORY)))
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    public List<AuditEntryView> history(
            @Parameter(description = "Programme id", example = "leadership-essentials") @PathParam("id") String id) {
        return programmes.history(id);
    }

    @Schema(name = "ProgrammePage", description = "A page of programmes")
    static final class ProgrammePage extends Page<ProgrammeView> {
        private ProgrammePage() {
            super(null, 0, 0, 0, 0);
        }
    }
}
