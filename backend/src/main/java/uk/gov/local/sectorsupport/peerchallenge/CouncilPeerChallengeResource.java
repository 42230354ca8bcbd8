package uk.gov.local.sectorsupport.peerchallenge;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import uk.gov.local.sectorsupport.common.error.ResourceNotFoundException;
import uk.gov.local.sectorsupport.common.openapi.ApiResponses;
import uk.gov.local.sectorsupport.common.security.Roles;

/** One council's peer challenge history; lives here, with the rest of peer challenges, under the council's path. */
@Path("/v1/councils/{gssCode}/peer-challenges")
@Tag(name = "Peer challenges")
@Produces(MediaType.APPLICATION_JSON)
public class CouncilPeerChallengeResource {

    @Inject
    CoverageService coverage;

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.STAFF, Roles.ANALYST, Roles.PARTNER })
    @Operation(summary = "A council's peer challenges",
            description = "Newest first, with the date of its last CPC or FPC and the years since; for a council "
                    + "created by reorganisation, its predecessors' challenges too (shown, but not counted for it).")
    @APIResponse(responseCode = "200", description = "The council's history",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CouncilPeerChallenges.class),
                    examples = @ExampleObject(name = "Cumberland", value = PeerChallengeExamples.COUNCIL_HISTORY)))
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    public CouncilPeerChallenges history(
            @Parameter(description = "ONS GSS code", example = "E06000063") @PathParam("gssCode") String gssCode) {
        return coverage.councilHistory(gssCode)
                .orElseThrow(() -> new ResourceNotFoundException("There is no council with GSS code " + gssCode + "."));
    }
}
