package uk.gov.local.sectorsupport.council;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import uk.gov.local.sectorsupport.common.error.ResourceNotFoundException;
import uk.gov.local.sectorsupport.common.http.QueryParams;
import uk.gov.local.sectorsupport.common.openapi.ApiResponses;
import uk.gov.local.sectorsupport.common.paging.Page;
import uk.gov.local.sectorsupport.common.paging.PageParams;
import uk.gov.local.sectorsupport.common.paging.PagedResponses;
import uk.gov.local.sectorsupport.common.security.Roles;

@Path("/v1/councils")
@Tag(name = "Councils", description = "English councils, past and present, keyed by GSS code")
@Produces(MediaType.APPLICATION_JSON)
public class CouncilResource {

    @Inject
    CouncilService councils;

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.STAFF, Roles.ANALYST, Roles.PARTNER })
    @Operation(summary = "List councils",
            description = "Councils matching every given filter, one page at a time. Current councils only unless "
                    + "`status` says otherwise. The total is in the body and in `X-Total-Count`; `Link` headers "
                    + "give the first, previous, next and last pages.")
    @APIResponse(responseCode = "200", description = "A page of councils",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CouncilPage.class),
                    examples = @ExampleObject(name = "London boroughs", value = CouncilExamples.PAGE)))
    @APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
    public RestResponse<Page<CouncilSummary>> list(
            @Parameter(description = "English region", schema = @Schema(implementation = Region.class))
            @QueryParam("region") String region,
            @Parameter(description = "Kind of council", schema = @Schema(implementation = CouncilType.class))
            @QueryParam("type") String type,
            @Parameter(description = "Nation (only English councils are held today)",
                    schema = @Schema(implementation = Nation.class))
            @QueryParam("nation") String nation,
            @Parameter(description = "`current` (default): exists today; `ended`: abolished; `all`: both",
                    schema = @Schema(implementation = CouncilStatus.class, defaultValue = "current"))
            @QueryParam("status") String status,
            @Parameter(description = "Part of the council's name or official name, or its exact GSS code",
                    example = "Cumb")
            @QueryParam("q") @Size(max = 100) String q,
            @BeanParam PageParams paging,
            @Parameter(description = "Order: a field name, `-` first for descending; ties are broken by GSS code",
                    schema = @Schema(type = SchemaType.STRING, defaultValue = CouncilSort.DEFAULT,
                            enumeration = { "name", "-name", "gssCode", "-gssCode", "type", "-type", "region",
                                    "-region", "startDate", "-startDate", "endDate", "-endDate" }))
            @QueryParam("sort") String sort,
            @Context UriInfo uriInfo) {
        CouncilStatus only = QueryParams.code(CouncilStatus.class, "status", status);
        CouncilFilter filter = new CouncilFilter(
                QueryParams.code(Region.class, "region", region),
                QueryParams.code(CouncilType.class, "type", type),
                QueryParams.code(Nation.class, "nation", nation),
                only == null ? CouncilStatus.CURRENT : only,
                QueryParams.text(q));
        return PagedResponses.ok(councils.search(filter, CouncilSort.parse(sort), paging.toRequest()), uriInfo);
    }

    @GET
    @Path("/{gssCode}")
    @RolesAllowed({ Roles.ADMIN, Roles.STAFF, Roles.ANALYST, Roles.PARTNER })
    @Operation(summary = "Get a council",
            description = "One council with its county, combined authority, and the councils it replaced or was "
                    + "replaced by after reorganisation.")
    @APIResponse(responseCode = "200", description = "The council",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CouncilDetail.class),
                    examples = @ExampleObject(name = "Cumberland", value = CouncilExamples.DETAIL)))
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    public CouncilDetail get(
            @Parameter(description = "ONS GSS code", example = "E06000063") @PathParam("gssCode") String gssCode) {
        return councils.find(gssCode)
                .orElseThrow(() -> new ResourceNotFoundException("There is no council with GSS code " + gssCode + "."));
    }

    @Schema(name = "CouncilPage", description = "A page of councils")
    static final class CouncilPage extends Page<CouncilSummary> {
        private CouncilPage() {
            super(null, 0, 0, 0, 0);
        }
    }
}
