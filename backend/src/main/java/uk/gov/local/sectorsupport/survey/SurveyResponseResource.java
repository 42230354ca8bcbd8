package uk.gov.local.sectorsupport.survey;

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
import uk.gov.local.sectorsupport.common.openapi.ApiResponses;
import uk.gov.local.sectorsupport.common.paging.Page;
import uk.gov.local.sectorsupport.common.paging.PageParams;
import uk.gov.local.sectorsupport.common.paging.PagedResponses;
import uk.gov.local.sectorsupport.common.security.Roles;

/**
 * Survey responses about events, peer challenges, support engagements and cohorts. LGA staff, administrators and
 * analysts read all of them; a partner reads only its own organisation's. Staff and administrators write; updates
 * and deletes need If-Match (428 without, 412 when stale).
 */
@Path("/v1/survey-responses")
@Tag(name = "Survey responses", description = "Feedback about events, peer challenges, support engagements and cohorts, and the satisfaction figures computed from it")
@Produces(MediaType.APPLICATION_JSON)
public class SurveyResponseResource {

    @Inject
    SurveyResponseService responses;

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.STAFF, Roles.ANALYST, Roles.PARTNER })
    @Operation(summary = "List survey responses",
            description = "Responses matching every given filter, newest submitted first (then newest recorded). "
                    + "A partner sees only its own organisation's responses.")
    @APIResponse(responseCode = "200", description = "A page of survey responses",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SurveyResponsePage.class),
                    examples = @ExampleObject(name = "one response", value = SurveyResponseExamples.PAGE)))
    @APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
    public RestResponse<Page<SurveyResponseView>> list(
            @BeanParam SurveyResponseQuery query,
            @BeanParam PageParams paging,
            @Context UriInfo uriInfo) {
        return PagedResponses.ok(responses.search(query.toFilter(), paging.toRequest()), uriInfo);
    }

    @GET
    @Path("/summary")
    @RolesAllowed({ Roles.ADMIN, Roles.STAFF, Roles.ANALYST, Roles.PARTNER })
    @Operation(summary = "Satisfaction figures over survey responses",
            description = "Over the responses matching every given filter (the list's filters): how many, how many "
                    + "were satisfied (4 or 5) as a percentage of those who gave a score, the mean score, and for each "
                    + "yes/no question the answers and the percentage of yes among those who answered. A partner's "
                    + "figures cover only its own organisation's responses.")
    @APIResponse(responseCode = "200", description = "The figures",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SurveyResponseSummary.class),
                    examples = @ExampleObject(name = "a programme's year", value = SurveyResponseExamples.SUMMARY)))
    @APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
    public SurveyResponseSummary summary(@BeanParam SurveyResponseQuery query) {
        return responses.summary(query.toFilter());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADMIN, Roles.STAFF })
    @Operation(summary = "Record a survey response",
            description = "About exactly one subject, and belongs to the subject's organisation (the LGA, for a peer "
                    + "challenge). Every invalid field is reported at once and nothing is written; an `externalId` "
                    + "the organisation already uses is a 409.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = SurveyResponseCreate.class),
            examples = {
                    @ExampleObject(name = "about an event", value = SurveyResponseExamples.CREATE),
                    @ExampleObject(name = "about a peer challenge", value = SurveyResponseExamples.PEER_CHALLENGE_CREATE) }))
    @APIResponse(responseCode = "201", description = "Recorded; `Location` names it",
            headers = {
                    @Header(name = HttpHeaders.LOCATION, schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = HttpHeaders.ETAG, schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SurveyResponseView.class),
                    examples = @ExampleObject(name = "about an event", value = SurveyResponseExamples.VIEW)))
    @APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    public RestResponse<SurveyResponseView> create(SurveyResponseCreate create, @Context UriInfo uriInfo) {
        SurveyResponseView created = responses.create(create);
        URI location = uriInfo.getAbsolutePathBuilder().path(Long.toString(created.id())).build();
        return RestResponse.ResponseBuilder.<SurveyResponseView>created(location).entity(created)
                .tag(ETags.of(created.version())).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.STAFF, Roles.ANALYST, Roles.PARTNER })
    @Operation(summary = "Get a survey response",
            description = "The `ETag` header is the version to send back in `If-Match`. Another organisation's "
                    + "response is a 404 to a partner.")
    @APIResponse(responseCode = "200", description = "The survey response",
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SurveyResponseView.class),
                    examples = @ExampleObject(name = "about an event", value = SurveyResponseExamples.VIEW)))
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    public RestResponse<SurveyResponseView> get(
            @Parameter(description = "Survey response id", example = "314") @PathParam("id") long id) {
        SurveyResponseView view = responses.find(id).orElseThrow(() -> SurveyResponseService.notFound(id));
        return RestResponse.ResponseBuilder.ok(view).tag(ETags.of(view.version())).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADMIN, Roles.STAFF })
    @Operation(summary = "Update a survey response",
            description = "Replaces its fields; a new subject brings its organisation with it. Needs `If-Match`.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = SurveyResponseUpdate.class),
            examples = @ExampleObject(name = "about an event", value = SurveyResponseExamples.UPDATE)))
    @APIResponse(responseCode = "200", description = "Updated; the new `ETag` is in the header",
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SurveyResponseView.class),
                    examples = @ExampleObject(name = "about an event", value = SurveyResponseExamples.VIEW)))
    @APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    public RestResponse<SurveyResponseView> update(
            @Parameter(description = "Survey response id", example = "314") @PathParam("id") long id,
            @HeaderParam(ETags.IF_MATCH) String ifMatch,
            SurveyResponseUpdate update) {
        SurveyResponseView view = responses.update(id, IfMatch.required(ifMatch), update);
        return RestResponse.ResponseBuilder.ok(view).tag(ETags.of(view.version())).build();
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.STAFF })
    @Operation(summary = "Delete a survey response", description = "Needs `If-Match`; its history stays readable.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    public void delete(
            @Parameter(description = "Survey response id", example = "314") @PathParam("id") long id,
            @HeaderParam(ETags.IF_MATCH) String ifMatch) {
        responses.delete(id, IfMatch.required(ifMatch));
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({ Roles.ADMIN, Roles.STAFF })
    @Operation(summary = "A survey response's change history",
            description = "Every change, oldest first: who (user name or partner client id), when, what. The subject "
                    + "is shown as `type:id`. Still readable after the response is deleted.")
    @APIResponse(responseCode = "200", description = "The changes",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = AuditEntryView.class),
                    examples = @ExampleObject(name = "created then changed", value = SurveyResponseExamples.HISTORY)))
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    public List<AuditEntryView> history(
            @Parameter(description = "Survey response id", example = "314") @PathParam("id") long id) {
        return responses.history(id);
    }

    @Schema(name = "SurveyResponsePage", description = "A page of survey responses")
    static final class SurveyResponsePage extends Page<SurveyResponseView> {
        private SurveyResponsePage() {
            super(null, 0, 0, 0, 0);
        }
    }
}
