package uk.gov.local.sectorsupport.timeline;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import uk.gov.local.sectorsupport.common.error.ResourceNotFoundException;
import uk.gov.local.sectorsupport.common.http.QueryParams;
import uk.gov.local.sectorsupport.common.openapi.ApiResponses;
import uk.gov.local.sectorsupport.common.security.Roles;

/** Everything a council received, across features, under the council's path. */
@Path("/v1/councils/{gssCode}/timeline")
@Tag(name = "Councils")
@Produces(MediaType.APPLICATION_JSON)
public class CouncilTimelineResource {

    @Inject
    TimelineService timelines;

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.STAFF, Roles.ANALYST, Roles.PARTNER })
    @Operation(summary = "The support a council received",
            description = "Peer challenges of the council, events its people booked on (one entry per event, with "
                    + "counts of who attended and who booked only, by role), cohorts its people were on (one entry per "
                    + "cohort, with enrolled, completed and withdrawn counts) and support engagements, as one list "
                    + "across years, newest first. A partner sees peer challenges and only its own organisation's "
                    + "events, cohorts and engagements. Names of people are never included. The support of the "
                    + "councils it replaced in a reorganisation (and those they replaced) is included too, each such "
                    + "entry naming that council in `predecessor`.")
    @APIResponse(responseCode = "200", description = "The council's timeline",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CouncilTimeline.class),
                    examples = {
                            @ExampleObject(name = "Rutland", value = TimelineExamples.TIMELINE),
                            @ExampleObject(name = "Cumberland, with a predecessor's peer challenge",
                                    value = TimelineExamples.WITH_PREDECESSOR) }))
    @APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    public CouncilTimeline timeline(
            @Parameter(description = "ONS GSS code", example = "E06000017") @PathParam("gssCode") String gssCode,
            @Parameter(description = "Only entries in this financial year (April–March): by their date, or a "
                    + "cohort's intake year", example = "2024-25") @QueryParam("financialYear") String financialYear,
            @Parameter(description = "Only entries of this kind", schema = @Schema(implementation = TimelineKind.class))
            @QueryParam("kind") String kind) {
        return timelines.timeline(gssCode, QueryParams.financialYear("financialYear", financialYear),
                QueryParams.code(TimelineKind.class, "kind", kind))
                .orElseThrow(() -> new ResourceNotFoundException("There is no council with GSS code " + gssCode + "."));
    }
}
