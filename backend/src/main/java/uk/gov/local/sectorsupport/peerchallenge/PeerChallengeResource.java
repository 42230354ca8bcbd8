package uk.gov.local.sectorsupport.peerchallenge;

import java.net.URI;
import java.time.LocalDate;
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
import uk.gov.local.sectorsupport.common.paging.PageRequest;
import uk.gov.local.sectorsupport.common.paging.PageParams;
import uk.gov.local.sectorsupport.common.paging.PagedResponses;
import uk.gov.local.sectorsupport.common.security.Roles;
import uk.gov.local.sectorsupport.council.CouncilType;
import uk.gov.local.sectorsupport.council.Region;
import uk.gov.local.sectorsupport.peer.PeerKind;

/**
 * Peer challenges. Everyone may read them; LGA staff and administrators write them. Updates, deletes,
 * transitions and team changes need If-Match (428 without, 412 when stale); rule breaches are 409.
 */
@Path("/v1/peer-challenges")
@Tag(name = "Peer challenges", description = "Corporate, finance and governance peer challenges, progress reviews and other peer reviews, with their teams")
@Produces(MediaType.APPLICATION_JSON)
public class PeerChallengeResource {

    @Inject
    PeerChallengeService challenges;

    @Inject
    PeerChallengeTeamService teams;

    @Inject
    CoverageService coverage;

    @Inject
    PeerMatchingService matching;

    @Inject
    java.time.Clock clock;

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.STAFF, Roles.ANALYST, Roles.PARTNER })
    @Operation(summary = "List peer challenges",
            description = "Newest first (by on-site start, or request date while not scheduled), one page at a time.")
    @APIResponse(responseCode = "200", description = "A page of peer challenges",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PeerChallengePage.class),
                    examples = @ExampleObject(name = "one CPC", value = PeerChallengeExamples.PAGE)))
    @APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
    public RestResponse<Page<PeerChallengeView>> list(
            @Parameter(description = "Financial year (April–March) of the on-site start, or of the request while not "
                    + "scheduled", example = "2023-24") @QueryParam("financialYear") String financialYear,
            @Parameter(description = "Kind of peer challenge", schema = @Schema(implementation = PeerChallengeType.class))
            @QueryParam("type") String type,
            @Parameter(description = "Where it is in its lifecycle",
                    schema = @Schema(implementation = PeerChallengeStatus.class)) @QueryParam("status") String status,
            @Parameter(description = "Region of the council", schema = @Schema(implementation = Region.class))
            @QueryParam("region") String region,
            @Parameter(description = "GSS code of the council", example = "E07000087") @QueryParam("council") String council,
            @BeanParam PageParams paging,
            @Context UriInfo uriInfo) {
        PeerChallengeFilter filter = new PeerChallengeFilter(
                QueryParams.financialYear("financialYear", financialYear),
                QueryParams.code(PeerChallengeType.class, "type", type),
                QueryParams.code(PeerChallengeStatus.class, "status", status),
                QueryParams.code(Region.class, "region", region),
                QueryParams.text(council));
        return PagedResponses.ok(challenges.search(filter, paging.toRequest()), uriInfo);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADMIN, Roles.STAFF })
    @Operation(summary = "Record a peer challenge",
            description = "Starts as `requested` unless a later status is given (to record a past challenge).")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = PeerChallengeCreate.class),
            examples = {
                    @ExampleObject(name = "CPC", value = PeerChallengeExamples.CREATE),
                    @ExampleObject(name = "progress review", value = PeerChallengeExamples.PROGRESS_REVIEW) }))
    @APIResponse(responseCode = "201", description = "Recorded; `Location` names it",
            headers = {
                    @Header(name = HttpHeaders.LOCATION, schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = HttpHeaders.ETAG, schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PeerChallengeView.class),
                    examples = @ExampleObject(name = "CPC", value = PeerChallengeExamples.VIEW)))
    @APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
    public RestResponse<PeerChallengeView> create(PeerChallengeCreate create, @Context UriInfo uriInfo) {
        PeerChallengeView created = challenges.create(create);
        URI location = uriInfo.getAbsolutePathBuilder().path(Long.toString(created.id())).build();
        return RestResponse.ResponseBuilder.<PeerChallengeView>created(location).entity(created)
                .tag(ETags.of(created.version())).build();
    }

    @GET
    @Path("/coverage")
    @RolesAllowed({ Roles.ADMIN, Roles.STAFF, Roles.ANALYST, Roles.PARTNER })
    @Operation(summary = "Councils without a recent CPC or FPC",
            description = "Current English principal councils on `asOf` with no CPC or FPC (not cancelled) whose "
                    + "last on-site day (or first, if the last is unknown) is in the five years up to `asOf`. "
                    + "A council created by reorganisation needs its own: its predecessors' do not count.")
    @APIResponse(responseCode = "200", description = "The coverage figures and the councils not covered",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CoverageView.class),
                    examples = @ExampleObject(name = "North West", value = PeerChallengeExamples.COVERAGE)))
    @APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
    public CoverageView coverage(
            @Parameter(description = "The date to measure at; default today", example = "2025-03-31")
            @QueryParam("asOf") String asOf,
            @Parameter(description = "Region of the council", schema = @Schema(implementation = Region.class))
            @QueryParam("region") String region,
            @Parameter(description = "Kind of council", schema = @Schema(implementation = CouncilType.class))
            @QueryParam("type") String type) {
        LocalDate date = QueryParams.date("asOf", asOf);
        return coverage.coverage(date == null ? LocalDate.now(clock) : date,
                QueryParams.code(Region.class, "region", region),
                QueryParams.code(CouncilType.class, "type", type));
    }

    @GET
    @Path("/coverage/councils")
    @RolesAllowed({ Roles.ADMIN, Roles.STAFF, Roles.ANALYST, Roles.PARTNER })
    @Operation(summary = "Every council's last CPC or FPC",
            description = "Every English principal council and combined authority existing on `asOf`, by name, each "
                    + "with its latest CPC or FPC (not cancelled) whose last on-site day (or first, if the last is "
                    + "unknown) is on or before `asOf`, and the years since. For a council created by reorganisation "
                    + "that is its predecessors' latest when theirs is later than its own, and `predecessor` names "
                    + "whose it was (the coverage figures do not count those).")
    @APIResponse(responseCode = "200", description = "The councils with their last CPC or FPC",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CoverageByCouncilView.class),
                    examples = @ExampleObject(name = "North West", value = PeerChallengeExamples.COVERAGE_BY_COUNCIL)))
    @APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
    public CoverageByCouncilView coverageByCouncil(
            @Parameter(description = "The date to measure at; default today", example = "2025-03-31")
            @QueryParam("asOf") String asOf,
            @Parameter(description = "Region of the council", schema = @Schema(implementation = Region.class))
            @QueryParam("region") String region,
            @Parameter(description = "Kind of council", schema = @Schema(implementation = CouncilType.class))
            @QueryParam("type") String type) {
        LocalDate date = QueryParams.date("asOf", asOf);
        return coverage.byCouncil(date == null ? LocalDate.now(clock) : date,
                QueryParams.code(Region.class, "region", region),
                QueryParams.code(CouncilType.class, "type", type));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.STAFF, Roles.ANALYST, Roles.PARTNER })
    @Operation(summary = "Get a peer challenge", description = "The `ETag` header is the version to send back in `If-Match`.")
    @APIResponse(responseCode = "200", description = "The peer challenge",
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PeerChallengeView.class),
                    examples = @ExampleObject(name = "CPC", value = PeerChallengeExamples.VIEW)))
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    public RestResponse<PeerChallengeView> get(@Parameter(description = "Peer challenge id", example = "42") @PathParam("id") long id) {
        PeerChallengeView view = challenges.find(id).orElseThrow(() -> PeerChallengeService.notFound(id));
        return RestResponse.ResponseBuilder.ok(view).tag(ETags.of(view.version())).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADMIN, Roles.STAFF })
    @Operation(summary = "Update a peer challenge",
            description = "Replaces its fields (not the status: use transitions). Needs `If-Match`.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = PeerChallengeUpdate.class),
            examples = @ExampleObject(name = "CPC", value = PeerChallengeExamples.CREATE)))
    @APIResponse(responseCode = "200", description = "Updated; the new `ETag` is in the header",
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PeerChallengeView.class),
                    examples = @ExampleObject(name = "CPC", value = PeerChallengeExamples.VIEW)))
    @APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    public RestResponse<PeerChallengeView> update(
            @Parameter(description = "Peer challenge id", example = "42") @PathParam("id") long id,
            @HeaderParam(ETags.IF_MATCH) String ifMatch,
            PeerChallengeUpdate update) {
        PeerChallengeView view = challenges.update(id, IfMatch.required(ifMatch), update);
        return RestResponse.ResponseBuilder.ok(view).tag(ETags.of(view.version())).build();
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.STAFF })
    @Operation(summary = "Delete a peer challenge",
            description = "With its team. Not while a progress review follows it up (409). Needs `If-Match`; "
                    + "its history stays readable.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    public void delete(
            @Parameter(description = "Peer challenge id", example = "42") @PathParam("id") long id,
            @HeaderParam(ETags.IF_MATCH) String ifMatch) {
        challenges.delete(id, IfMatch.required(ifMatch));
    }

    @POST
    @Path("/{id}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADMIN, Roles.STAFF })
    @Operation(summary = "Move a peer challenge to its next status",
            description = "requested → scoped → scheduled → on-site → report-drafted → report-published → "
                    + "action-plan-published, one step at a time; cancelled from any status before report-published. "
                    + "A move the lifecycle does not allow, or one the record is not ready for (e.g. scheduling without "
                    + "on-site dates, publishing the report before the visit ends), is a 409 listing the fields. Needs `If-Match`.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = TransitionRequest.class),
            examples = @ExampleObject(name = "publish the report", value = PeerChallengeExamples.TRANSITION)))
    @APIResponse(responseCode = "200", description = "Moved; the new `ETag` is in the header",
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PeerChallengeView.class),
                    examples = @ExampleObject(name = "CPC", value = PeerChallengeExamples.VIEW)))
    @APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    public RestResponse<PeerChallengeView> transition(
            @Parameter(description = "Peer challenge id", example = "42") @PathParam("id") long id,
            @HeaderParam(ETags.IF_MATCH) String ifMatch,
            TransitionRequest request) {
        PeerChallengeView view = challenges.transition(id, IfMatch.required(ifMatch), request);
        return RestResponse.ResponseBuilder.ok(view).tag(ETags.of(view.version())).build();
    }

    @GET
    @Path("/{id}/team")
    @RolesAllowed({ Roles.ADMIN, Roles.STAFF, Roles.ANALYST, Roles.PARTNER })
    @Operation(summary = "Get the team",
            description = "Peers on the challenge with role and days. Names, political groups and home councils "
                    + "are shown to LGA staff and administrators only. The `ETag` is the challenge's.")
    @APIResponse(responseCode = "200", description = "The team",
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TeamView.class),
                    examples = @ExampleObject(name = "one peer", value = PeerChallengeExamples.TEAM)))
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    public RestResponse<TeamView> team(@Parameter(description = "Peer challenge id", example = "42") @PathParam("id") long id) {
        TeamView team = teams.team(id).orElseThrow(() -> PeerChallengeService.notFound(id));
        return RestResponse.ResponseBuilder.ok(team).tag(ETags.of(team.version())).build();
    }

    @POST
    @Path("/{id}/team")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADMIN, Roles.STAFF })
    @Operation(summary = "Put a peer on the team",
            description = "A peer can be on a team once (409 otherwise) and must be active. The challenge's new "
                    + "`ETag` is in the header.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = TeamMemberCreate.class),
            examples = @ExampleObject(name = "lead member peer", value = PeerChallengeExamples.TEAM_MEMBER_CREATE)))
    @APIResponse(responseCode = "201", description = "Added",
            headers = {
                    @Header(name = HttpHeaders.LOCATION, schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = HttpHeaders.ETAG, schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TeamMemberView.class),
                    examples = @ExampleObject(name = "lead member peer", value = PeerChallengeExamples.TEAM_MEMBER)))
    @APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    public RestResponse<TeamMemberView> addTeamMember(
            @Parameter(description = "Peer challenge id", example = "42") @PathParam("id") long id,
            TeamMemberCreate create, @Context UriInfo uriInfo) {
        PeerChallengeTeamService.TeamChange change = teams.add(id, create);
        URI location = uriInfo.getAbsolutePathBuilder().path(Long.toString(change.member().peerId())).build();
        return RestResponse.ResponseBuilder.<TeamMemberView>created(location).entity(change.member())
                .tag(ETags.of(change.version())).build();
    }

    @PUT
    @Path("/{id}/team/{peerId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADMIN, Roles.STAFF })
    @Operation(summary = "Change a team member's role or days", description = "Needs `If-Match` with the challenge's ETag.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = TeamMemberUpdate.class),
            examples = @ExampleObject(name = "more days", value = PeerChallengeExamples.TEAM_MEMBER_UPDATE)))
    @APIResponse(responseCode = "200", description = "Changed; the challenge's new `ETag` is in the header",
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TeamMemberView.class),
                    examples = @ExampleObject(name = "lead member peer", value = PeerChallengeExamples.TEAM_MEMBER)))
    @APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    public RestResponse<TeamMemberView> changeTeamMember(
            @Parameter(description = "Peer challenge id", example = "42") @PathParam("id") long id,
            @Parameter(description = "Peer id", example = "17") @PathParam("peerId") long peerId,
            @HeaderParam(ETags.IF_MATCH) String ifMatch,
            TeamMemberUpdate update) {
        PeerChallengeTeamService.TeamChange change = teams.change(id, peerId, IfMatch.required(ifMatch), update);
        return RestResponse.ResponseBuilder.ok(change.member()).tag(ETags.of(change.version())).build();
    }

    @DELETE
    @Path("/{id}/team/{peerId}")
    @RolesAllowed({ Roles.ADMIN, Roles.STAFF })
    @Operation(summary = "Take a peer off the team", description = "Needs `If-Match` with the challenge's ETag.")
    @APIResponse(responseCode = "204", description = "Removed; the challenge's new `ETag` is in the header",
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    public RestResponse<Void> removeTeamMember(
            @Parameter(description = "Peer challenge id", example = "42") @PathParam("id") long id,
            @Parameter(description = "Peer id", example = "17") @PathParam("peerId") long peerId,
            @HeaderParam(ETags.IF_MATCH) String ifMatch) {
        int version = teams.remove(id, peerId, IfMatch.required(ifMatch));
        return RestResponse.ResponseBuilder.<Void>noContent().tag(ETags.of(version)).build();
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({ Roles.ADMIN, Roles.STAFF })
    @Operation(summary = "A peer challenge's change history",
            description = "Every change to it and its team, oldest first: who (user name or partner client id), "
                    + "when, what. Still readable after the challenge is deleted.")
    @APIResponse(responseCode = "200", description = "The changes",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = AuditEntryView.class),
                    examples = @ExampleObject(name = "created, scoped, team", value = PeerChallengeExamples.HISTORY)))
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    public List<AuditEntryView> history(@Parameter(description = "Peer challenge id", example = "42") @PathParam("id") long id) {
        return challenges.history(id);
    }

    @GET
    @Path("/{id}/peer-suggestions")
    @RolesAllowed({ Roles.ADMIN, Roles.STAFF })
    @Operation(summary = "Suggest peers for the team",
            description = "Active peers not on the team, leaving out those from the council, its county or "
                    + "districts and its combined-authority neighbours; the kind the team is short of first, then "
                    + "fewest peer days this financial year, then accredited. Only for a challenge not yet past on site (409).")
    @APIResponse(responseCode = "200", description = "Candidates, best first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PeerSuggestions.class),
                    examples = @ExampleObject(name = "member peers first", value = PeerChallengeExamples.SUGGESTIONS)))
    @APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    public PeerSuggestions peerSuggestions(
            @Parameter(description = "Peer challenge id", example = "42") @PathParam("id") long id,
            @Parameter(description = "Only this kind of peer", schema = @Schema(implementation = PeerKind.class))
            @QueryParam("kind") String kind,
            @Parameter(description = "How many, at most 100",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "25"))
            @QueryParam("size") String size) {
        return matching.suggest(id, QueryParams.code(PeerKind.class, "kind", kind),
                PageRequest.of(null, size).size());
    }

    @Schema(name = "PeerChallengePage", description = "A page of peer challenges")
    static final class PeerChallengePage extends Page<PeerChallengeView> {
        private PeerChallengePage() {
            super(null, 0, 0, 0, 0);
        }
    }
}
