package uk.gov.local.sectorsupport.cohort;

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

/**
 * A cohort's enrolments. Each has its own ETag. Self-reported diversity answers may be sent but are never returned.
 * An enrolment belongs to its cohort's organisation, so a partner reads the enrolments of its own organisation's
 * cohorts.
 */
@Path("/v1/cohorts/{id}/enrolments")
@Tag(name = "Cohorts")
@Produces(MediaType.APPLICATION_JSON)
public class EnrolmentResource {

    @Inject
    EnrolmentService enrolments;

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.STAFF, Roles.ANALYST, Roles.PARTNER })
    @Operation(summary = "List a cohort's enrolments",
            description = "By council name, then participant key. Another organisation's cohort is a 404 for a partner.")
    @APIResponse(responseCode = "200", description = "A page of enrolments",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EnrolmentPage.class),
                    examples = @ExampleObject(name = "one graduate", value = CohortExamples.ENROLMENT_PAGE)))
    @APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    public RestResponse<Page<EnrolmentView>> list(
            @Parameter(description = "Cohort id", example = "12") @PathParam("id") long id,
            @Parameter(description = "GSS code of the participant's (or host) council", example = "E06000047")
            @QueryParam("council") String council,
            @Parameter(description = "Where the participant is on the cohort",
                    schema = @Schema(implementation = EnrolmentStatus.class)) @QueryParam("status") String status,
            @BeanParam PageParams paging,
            @Context UriInfo uriInfo) {
        EnrolmentFilter filter = new EnrolmentFilter(QueryParams.text(council),
                QueryParams.code(EnrolmentStatus.class, "status", status));
        return PagedResponses.ok(enrolments.search(id, filter, paging.toRequest()), uriInfo);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADMIN, Roles.STAFF })
    @Operation(summary = "Enrol a participant",
            description = "It belongs to the cohort's organisation. Without a `participantKey` one is generated "
                    + "(`par-` and 12 random characters). A key already on the cohort, or an external id already "
                    + "used by the organisation, is a 409 naming the field.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = EnrolmentCreate.class),
            examples = @ExampleObject(name = "graduate", value = CohortExamples.ENROLMENT_CREATE)))
    @APIResponse(responseCode = "201", description = "Enrolled; `Location` names the enrolment",
            headers = {
                    @Header(name = HttpHeaders.LOCATION, schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = HttpHeaders.ETAG, schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EnrolmentView.class),
                    examples = @ExampleObject(name = "graduate", value = CohortExamples.ENROLMENT)))
    @APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    public RestResponse<EnrolmentView> create(
            @Parameter(description = "Cohort id", example = "12") @PathParam("id") long id,
            EnrolmentCreate create, @Context UriInfo uriInfo) {
        EnrolmentView created = enrolments.create(id, create);
        URI location = uriInfo.getAbsolutePathBuilder().path(Long.toString(created.id())).build();
        return RestResponse.ResponseBuilder.<EnrolmentView>created(location).entity(created)
                .tag(ETags.of(created.version())).build();
    }

    @GET
    @Path("/{enrolmentId}")
    @RolesAllowed({ Roles.ADMIN, Roles.STAFF, Roles.ANALYST, Roles.PARTNER })
    @Operation(summary = "Get an enrolment", description = "The `ETag` header is the version to send back in `If-Match`.")
    @APIResponse(responseCode = "200", description = "The enrolment",
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EnrolmentView.class),
                    examples = @ExampleObject(name = "graduate", value = CohortExamples.ENROLMENT)))
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    public RestResponse<EnrolmentView> get(
            @Parameter(description = "Cohort id", example = "12") @PathParam("id") long id,
            @Parameter(description = "Enrolment id", example = "3051") @PathParam("enrolmentId") long enrolmentId) {
        EnrolmentView view = enrolments.find(id, enrolmentId);
        return RestResponse.ResponseBuilder.ok(view).tag(ETags.of(view.version())).build();
    }

    @PUT
    @Path("/{enrolmentId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADMIN, Roles.STAFF })
    @Operation(summary = "Update an enrolment",
            description = "Replaces its fields; an absent key, external id or diversity answer keeps "
                    + "what is recorded. Needs `If-Match` with the enrolment's ETag.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = EnrolmentUpdate.class),
            examples = @ExampleObject(name = "withdrawn", value = CohortExamples.ENROLMENT_UPDATE)))
    @APIResponse(responseCode = "200", description = "Updated; the new `ETag` is in the header",
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EnrolmentView.class),
                    examples = @ExampleObject(name = "graduate", value = CohortExamples.ENROLMENT)))
    @APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    public RestResponse<EnrolmentView> update(
            @Parameter(description = "Cohort id", example = "12") @PathParam("id") long id,
            @Parameter(description = "Enrolment id", example = "3051") @PathParam("enrolmentId") long enrolmentId,
            @HeaderParam(ETags.IF_MATCH) String ifMatch,
            EnrolmentUpdate update) {
        EnrolmentView view = enrolments.update(id, enrolmentId, IfMatch.required(ifMatch), update);
        return RestResponse.ResponseBuilder.ok(view).tag(ETags.of(view.version())).build();
    }

    @DELETE
    @Path("/{enrolmentId}")
    @RolesAllowed({ Roles.ADMIN, Roles.STAFF })
    @Operation(summary = "Remove an enrolment",
            description = "Needs `If-Match` with the enrolment's ETag; its history stays readable. (To record that "
                    + "a participant left the programme, set the status to `withdrawn` instead.)")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    public void delete(
            @Parameter(description = "Cohort id", example = "12") @PathParam("id") long id,
            @Parameter(description = "Enrolment id", example = "3051") @PathParam("enrolmentId") long enrolmentId,
            @HeaderParam(ETags.IF_MATCH) String ifMatch) {
        enrolments.delete(id, enrolmentId, IfMatch.required(ifMatch));
    }

    @GET
    @Path("/{enrolmentId}/history")
    @RolesAllowed({ Roles.ADMIN, Roles.STAFF })
    @Operation(summary = "An enrolment's change history",
            description = "Every change, oldest first: who, when, what. Self-reported diversity answers are shown "
                    + "only as `withheld`. Still readable after the enrolment (or its cohort) is deleted.")
    @APIResponse(responseCode = "200", description = "The changes",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = AuditEntryView.class),
                    examples = @ExampleObject(name = "enrolled, then withdrew", value = CohortExamples.ENROLMENT_HISTORY)))
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    public List<AuditEntryView> history(
            @Parameter(description = "Cohort id", example = "12") @PathParam("id") long id,
            @Parameter(description = "Enrolment id", example = "3051") @PathParam("enrolmentId") long enrolmentId) {
        return enrolments.history(id, enrolmentId);
    }

    @Schema(name = "EnrolmentPage", description = "A page of enrolments")
    static final class EnrolmentPage extends Page<EnrolmentView> {
        private EnrolmentPage() {
            super(null, 0, 0, 0, 0);
        }
    }
}
