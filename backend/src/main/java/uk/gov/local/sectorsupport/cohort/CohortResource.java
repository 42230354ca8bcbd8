package uk.gov.local.sectorsupport.cohort;

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
import uk.gov.local.sectorsupport.council.Region;
import uk.gov.local.sectorsupport.programme.Theme;

/**
 * Cohorts (intakes of a programme). LGA staff and administrators write; they and analysts read every cohort, a
 * partner only its own organisation's (another's is a 404). Updates and deletes need If-Match (428/412).
 */
@Path("/v1/cohorts")
@Tag(name = "Cohorts", description = "Intakes of a programme (NGDP cohort 25, Next Generation 2023) with their "
        + "enrolments, host councils and diversity in aggregate")
@Produces(MediaType.APPLICATION_JSON)
public class CohortResource {

    @Inject
    CohortService cohorts;

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.STAFF, Roles.ANALYST, Roles.PARTNER })
    @Operation(summary = "List cohorts",
            description = "Cohorts matching every given filter: newest financial year first, then latest start date, "
                    + "then newest record. A partner sees only its own organisation's cohorts.")
    @APIResponse(responseCode = "200", description = "A page of cohorts",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CohortPage.class),
                    examples = @ExampleObject(name = "NGDP", value = CohortExamples.PAGE)))
    @APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
    public RestResponse<Page<CohortView>> list(
            @Parameter(description = "The financial year the cohort is reported in", example = "2023-24")
            @QueryParam("financialYear") String financialYear,
            @Parameter(description = "Programme id", example = "ngdp") @QueryParam("programme") String programme,
            @Parameter(description = "The programme's theme", schema = @Schema(implementation = Theme.class))
            @QueryParam("theme") String theme,
            @Parameter(description = "GSS code of a council with at least one enrolment (participant's or host council)",
                    example = "E06000047") @QueryParam("council") String council,
            @Parameter(description = "The council's region: cohorts with at least one enrolment from a council in it",
                    schema = @Schema(implementation = Region.class)) @QueryParam("region") String region,
            @Parameter(description = "Id of the organisation the cohort belongs to", example = "solace")
            @QueryParam("organisation") String organisation,
            @Parameter(description = "Part of the cohort's name, ignoring case", example = "cohort 25")
            @QueryParam("q") @Size(max = 100) String q,
            @BeanParam PageParams paging,
            @Context UriInfo uriInfo) {
        CohortFilter filter = new CohortFilter(
                QueryParams.financialYear("financialYear", financialYear),
                QueryParams.text(programme),
                QueryParams.code(Theme.class, "theme", theme),
                QueryParams.text(council),
                QueryParams.code(Region.class, "region", region),
                QueryParams.text(organisation),
                QueryParams.text(q));
        return PagedResponses.ok(cohorts.search(filter, paging.toRequest()), uriInfo);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADMIN, Roles.STAFF })
    @Operation(summary = "Record a cohort",
            description = "A name already used in the programme, or an external id already used by the organisation, "
                    + "is a 409 naming the field.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = CohortCreate.class),
            examples = @ExampleObject(name = "NGDP cohort", value = CohortExamples.CREATE)))
    @APIResponse(responseCode = "201", description = "Recorded; `Location` names it",
            headers = {
                    @Header(name = HttpHeaders.LOCATION, schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = HttpHeaders.ETAG, schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CohortView.class),
                    examples = @ExampleObject(name = "NGDP cohort", value = CohortExamples.VIEW)))
    @APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    public RestResponse<CohortView> create(CohortCreate create, @Context UriInfo uriInfo) {
        CohortView created = cohorts.create(create);
        URI location = uriInfo.getAbsolutePathBuilder().path(Long.toString(created.id())).build();
        return RestResponse.ResponseBuilder.<CohortView>created(location).entity(created)
                .tag(ETags.of(created.version())).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.STAFF, Roles.ANALYST, Roles.PARTNER })
    @Operation(summary = "Get a cohort",
            description = "With its figures; its councils are at `/cohorts/{id}/councils`. The `ETag` header is the "
                    + "version to send back in `If-Match` (enrolment changes do not change it).")
    @APIResponse(responseCode = "200", description = "The cohort",
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CohortView.class),
                    examples = @ExampleObject(name = "NGDP cohort", value = CohortExamples.VIEW)))
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    public RestResponse<CohortView> get(@Parameter(description = "Cohort id", example = "12") @PathParam("id") long id) {
        CohortView view = cohorts.find(id).orElseThrow(() -> CohortService.notFound(id));
        return RestResponse.ResponseBuilder.ok(view).tag(ETags.of(view.version())).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADMIN, Roles.STAFF })
    @Operation(summary = "Update a cohort",
            description = "Replaces its fields. Enrolments and survey responses belong to their cohort's "
                    + "organisation, so a new `organisation` takes them with it (each recorded in its own history); a "
                    + "409 naming `organisation` when one's external id is already used there. Needs `If-Match`.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = CohortUpdate.class),
            examples = @ExampleObject(name = "NGDP cohort", value = CohortExamples.CREATE)))
    @APIResponse(responseCode = "200", description = "Updated; the new `ETag` is in the header",
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CohortView.class),
                    examples = @ExampleObject(name = "NGDP cohort", value = CohortExamples.VIEW)))
    @APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    public RestResponse<CohortView> update(
            @Parameter(description = "Cohort id", example = "12") @PathParam("id") long id,
            @HeaderParam(ETags.IF_MATCH) String ifMatch,
            CohortUpdate update) {
        CohortView view = cohorts.update(id, IfMatch.required(ifMatch), update);
        return RestResponse.ResponseBuilder.ok(view).tag(ETags.of(view.version())).build();
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.STAFF })
    @Operation(summary = "Delete a cohort",
            description = "Deletes its enrolments with it (each recorded as deleted in its own history). Not while "
                    + "survey responses are about the cohort (409): they would be lost. Needs `If-Match`; the "
                    + "histories stay readable.")
    @APIResponse(responseCode = "204", description = "Deleted, with its enrolments")
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    public void delete(
            @Parameter(description = "Cohort id", example = "12") @PathParam("id") long id,
            @HeaderParam(ETags.IF_MATCH) String ifMatch) {
        cohorts.delete(id, IfMatch.required(ifMatch));
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({ Roles.ADMIN, Roles.STAFF })
    @Operation(summary = "A cohort's change history",
            description = "Every change to the cohort's own fields, oldest first: who (user name or partner client "
                    + "id), when, what. Enrolments have their own. Still readable after the cohort is deleted.")
    @APIResponse(responseCode = "200", description = "The changes",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = AuditEntryView.class),
                    examples = @ExampleObject(name = "created, then end date set", value = CohortExamples.HISTORY)))
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    public List<AuditEntryView> history(@Parameter(description = "Cohort id", example = "12") @PathParam("id") long id) {
        return cohorts.history(id);
    }

    @GET
    @Path("/{id}/councils")
    @RolesAllowed({ Roles.ADMIN, Roles.STAFF, Roles.ANALYST, Roles.PARTNER })
    @Operation(summary = "A cohort's councils",
            description = "Every council with an enrolment on the cohort — the participants' councils, or for "
                    + "placement programmes such as NGDP the host councils — by name, with counts by status. One row "
                    + "per council (a few hundred at most), so not paged.")
    @APIResponse(responseCode = "200", description = "The councils",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = CohortCouncilView.class),
                    examples = @ExampleObject(name = "one host council", value = CohortExamples.COUNCILS)))
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    public List<CohortCouncilView> councils(@Parameter(description = "Cohort id", example = "12") @PathParam("id") long id) {
        return cohorts.councils(id);
    }

    @GET
    @Path("/{id}/diversity")
    @RolesAllowed({ Roles.ADMIN, Roles.STAFF, Roles.ANALYST, Roles.PARTNER })
    @Operation(summary = "A cohort's diversity, in aggregate",
            description = "Counts of the participants' self-reported sex, ethnic group and disability, including "
                    + "`not-recorded`. Counts under 5 (including 0) are suppressed — `count` is absent and `suppressed` "
                    + "is true — and when only one count in a breakdown is under 5, the next smallest is suppressed too, "
                    + "so that it cannot be worked out from the total. The answers themselves are never returned.")
    @APIResponse(responseCode = "200", description = "The aggregate",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CohortDiversityView.class),
                    examples = @ExampleObject(name = "a small cohort", value = CohortExamples.DIVERSITY)))
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    public CohortDiversityView diversity(@Parameter(description = "Cohort id", example = "12") @PathParam("id") long id) {
        return cohorts.diversity(id);
    }

    @Schema(name = "CohortPage", description = "A page of cohorts")
    static final class CohortPage extends Page<CohortView> {
        private CohortPage() {
            super(null, 0, 0, 0, 0);
        }
    }
}
