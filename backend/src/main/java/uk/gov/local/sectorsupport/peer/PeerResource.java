package uk.gov.local.sectorsupport.peer;

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
import uk.gov.local.sectorsupport.common.error.ResourceNotFoundException;
import uk.gov.local.sectorsupport.common.http.ETags;
import uk.gov.local.sectorsupport.common.http.IfMatch;
import uk.gov.local.sectorsupport.common.http.QueryParams;
import uk.gov.local.sectorsupport.common.openapi.ApiResponses;
import uk.gov.local.sectorsupport.common.paging.Page;
import uk.gov.local.sectorsupport.common.paging.PageParams;
import uk.gov.local.sectorsupport.common.paging.PagedResponses;
import uk.gov.local.sectorsupport.common.security.Roles;

/** The peer pool. Names and contact details make this staff and admin only. */
@Path("/v1/peers")
@Tag(name = "Peers", description = "The pool of member and officer peers; LGA staff and administrators only")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.ADMIN, Roles.STAFF })
public class PeerResource {

    @Inject
    PeerService peers;

    @GET
    @Operation(summary = "List peers", description = "Peers matching every given filter, by name.")
    @APIResponse(responseCode = "200", description = "A page of peers",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PeerPage.class),
                    examples = @ExampleObject(name = "member peers", value = PeerExamples.PAGE)))
    @APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
    public RestResponse<Page<PeerView>> list(
            @Parameter(description = "Member or officer peers", schema = @Schema(implementation = PeerKind.class))
            @QueryParam("kind") String kind,
            @Parameter(description = "Only active (`true`) or inactive (`false`) peers",
                    schema = @Schema(type = SchemaType.BOOLEAN))
            @QueryParam("active") String active,
            @Parameter(description = "Only peers who have (`true`) or have not (`false`) completed LGA peer training",
                    schema = @Schema(type = SchemaType.BOOLEAN))
            @QueryParam("accredited") String accredited,
            @Parameter(description = "GSS code of the peer's home council", example = "E06000047")
            @QueryParam("council") String council,
            @Parameter(description = "Political group (member peers)", schema = @Schema(implementation = PoliticalGroup.class))
            @QueryParam("politicalGroup") String politicalGroup,
            @Parameter(description = "Part of the peer's name", example = "Morgan")
            @QueryParam("q") @Size(max = 100) String q,
            @BeanParam PageParams paging,
            @Context UriInfo uriInfo) {
        PeerFilter filter = new PeerFilter(
                QueryParams.code(PeerKind.class, "kind", kind),
                QueryParams.bool("active", active),
                QueryParams.bool("accredited", accredited),
                QueryParams.text(council),
                QueryParams.code(PoliticalGroup.class, "politicalGroup", politicalGroup),
                QueryParams.text(q));
        return PagedResponses.ok(peers.search(filter, paging.toRequest()), uriInfo);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a peer to the pool")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = PeerCreate.class),
            examples = @ExampleObject(name = "member peer", value = PeerExamples.CREATE)))
    @APIResponse(responseCode = "201", description = "Added; `Location` names the new peer",
            headers = {
                    @Header(name = HttpHeaders.LOCATION, schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = HttpHeaders.ETAG, schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PeerView.class),
                    examples = @ExampleObject(name = "member peer", value = PeerExamples.VIEW)))
    @APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
    public RestResponse<PeerView> create(PeerCreate create, @Context UriInfo uriInfo) {
        PeerView created = peers.create(create);
        URI location = uriInfo.getAbsolutePathBuilder().path(Long.toString(created.id())).build();
        return RestResponse.ResponseBuilder.<PeerView>created(location).entity(created).tag(ETags.of(created.version())).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a peer", description = "The `ETag` header is the version to send back in `If-Match`.")
    @APIResponse(responseCode = "200", description = "The peer",
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PeerView.class),
                    examples = @ExampleObject(name = "member peer", value = PeerExamples.VIEW)))
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    public RestResponse<PeerView> get(@Parameter(description = "Peer id", example = "17") @PathParam("id") long id) {
        PeerView peer = peers.find(id).orElseThrow(() -> new ResourceNotFoundException("There is no peer with id " + id + "."));
        return RestResponse.ResponseBuilder.ok(peer).tag(ETags.of(peer.version())).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Update a peer",
            description = "Replaces the peer's details. Needs `If-Match` with the ETag of your last read.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = PeerUpdate.class),
            examples = @ExampleObject(name = "deactivate", value = PeerExamples.UPDATE)))
    @APIResponse(responseCode = "200", description = "Updated; the new `ETag` is in the header",
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PeerView.class),
                    examples = @ExampleObject(name = "member peer", value = PeerExamples.VIEW)))
    @APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    public RestResponse<PeerView> update(
            @Parameter(description = "Peer id", example = "17") @PathParam("id") long id,
            @HeaderParam(ETags.IF_MATCH) String ifMatch,
            PeerUpdate update) {
        PeerView peer = peers.update(id, IfMatch.required(ifMatch), update);
        return RestResponse.ResponseBuilder.ok(peer).tag(ETags.of(peer.version())).build();
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete a peer",
            description = "Only a peer who has never been on a team; otherwise mark them inactive. Needs `If-Match`.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    public void delete(
            @Parameter(description = "Peer id", example = "17") @PathParam("id") long id,
            @HeaderParam(ETags.IF_MATCH) String ifMatch) {
        peers.delete(id, IfMatch.required(ifMatch));
    }

    @GET
    @Path("/{id}/history")
    @Operation(summary = "A peer's change history",
            description = "Every change, oldest first: who, when, what. Self-reported diversity values are shown "
                    + "only as `withheld`. Still readable after the peer is deleted.")
    @APIResponse(responseCode = "200", description = "The changes",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = AuditEntryView.class),
                    examples = @ExampleObject(name = "created then deactivated", value = PeerExamples.HISTORY)))
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    public List<AuditEntryView> history(@Parameter(description = "Peer id", example = "17") @PathParam("id") long id) {
        return peers.history(id);
    }

    @Schema(name = "PeerPage", description = "A page of peers")
    static final class PeerPage extends Page<PeerView> {
        private PeerPage() {
            super(null, 0, 0, 0, 0);
        }
    }
}
