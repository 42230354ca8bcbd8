package uk.gov.local.sectorsupport.organisation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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
import uk.gov.local.sectorsupport.common.openapi.ApiResponses;
import uk.gov.local.sectorsupport.common.paging.Page;
import uk.gov.local.sectorsupport.common.paging.PageParams;
import uk.gov.local.sectorsupport.common.paging.PagedResponses;
import uk.gov.local.sectorsupport.common.security.Roles;

@Path("/v1/organisations")
@Tag(name = "Organisations", description = "The LGA and its delivery partners")
@Produces(MediaType.APPLICATION_JSON)
public class OrganisationResource {

    private static final String EXAMPLE = """
            {"id": "solace", "name": "Solace",
             "fullName": "Society of Local Authority Chief Executives and Senior Managers",
             "role": "partner", "website": "https://solace.org.uk"}""";

    @Inject
    OrganisationService organisations;

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.STAFF, Roles.ANALYST, Roles.PARTNER })
    @Operation(summary = "List organisations", description = "The LGA and its delivery partners, by name.")
    @APIResponse(responseCode = "200", description = "A page of organisations",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OrganisationPage.class),
                    examples = @ExampleObject(name = "partners",
                    value = "{\"items\": [" + EXAMPLE + "], \"page\": 1, \"size\": 25, \"totalItems\": 1, \"totalPages\": 1}")))
    @APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
    public RestResponse<Page<OrganisationView>> list(
            @BeanParam PageParams paging,
            @Context UriInfo uriInfo) {
        return PagedResponses.ok(organisations.list(paging.toRequest()), uriInfo);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.STAFF, Roles.ANALYST, Roles.PARTNER })
    @Operation(summary = "Get an organisation")
    @APIResponse(responseCode = "200", description = "The organisation",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = OrganisationView.class),
                    examples = @ExampleObject(name = "Solace", value = EXAMPLE)))
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    public OrganisationView get(@Parameter(description = "Organisation id", example = "solace") @PathParam("id") String id) {
        return organisations.find(id)
                .orElseThrow(() -> new ResourceNotFoundException("There is no organisation with id " + id + "."));
    }

    @Schema(name = "OrganisationPage", description = "A page of organisations")
    static final class OrganisationPage extends Page<OrganisationView> {
        private OrganisationPage() {
            super(null, 0, 0, 0, 0);
        }
    }
}
