package uk.gov.local.sectorsupport.metric;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;

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
import uk.gov.local.sectorsupport.common.audit.AuditLog;
import uk.gov.local.sectorsupport.common.http.ETags;
import uk.gov.local.sectorsupport.common.http.IfMatch;
import uk.gov.local.sectorsupport.common.openapi.ApiResponses;
import uk.gov.local.sectorsupport.common.security.Roles;

@Path("/v1/metrics")
@Tag(name = "Metrics", description = "The annual report's figures, declared as data: what each counts, over which "
        + "records, and the sentence it reads as. Administrators add and change them; every change is a new version.")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.ADMIN, Roles.STAFF, Roles.ANALYST })
public class MetricResource {

    @Inject
    MetricService metrics;

    @Inject
    AuditLog audit;

    @GET
    @Operation(summary = "List the metrics", description = "In report order: by section, then position.")
    @APIResponse(responseCode = "200", description = "Every metric",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = MetricView.class)))
    public List<MetricView> list() {
        return metrics.all().stream().map(metrics::view).toList();
    }

    @GET
    @Path("/{key}")
    @Operation(summary = "Get a metric", description = "The `ETag` header is its version, for `If-Match`.")
    @APIResponse(responseCode = "200", description = "The metric",
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MetricView.class),
                    examples = @ExampleObject(name = "councils engaged", value = MetricExamples.VIEW)))
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    public RestResponse<MetricView> get(@Parameter(description = "Metric key", example = "peer-days")
            @PathParam("key") String key) {
        Metric metric = metrics.find(key).orElseThrow(() -> MetricService.notFound(key));
        return RestResponse.ResponseBuilder.ok(metrics.view(metric)).tag(ETags.of(metric.version)).build();
    }

    @PUT
    @Path("/{key}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Add or change a metric",
            description = "Administrators. A new key adds the metric (201); an existing one needs `If-Match` with "
                    + "the ETag of your last read and becomes its next version (200). The definition is checked "
                    + "against the kind: a 400 names each field that does not fit.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = MetricUpdate.class),
            examples = @ExampleObject(name = "councils engaged", value = MetricExamples.UPDATE)))
    @APIResponse(responseCode = "200", description = "Changed; the new `ETag` is in the header",
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MetricView.class)))
    @APIResponse(responseCode = "201", description = "Added",
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MetricView.class)))
    @APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
    public RestResponse<MetricView> put(
            @Parameter(description = "Metric key: lower-case words joined by hyphens", example = "peer-days")
            @PathParam("key") String key,
            @Parameter(description = "The ETag of your last read of the metric; needed to change one, not to add one",
                    example = "\"1\"", required = false) @HeaderParam(ETags.IF_MATCH) String ifMatch,
            MetricUpdate update,
            @Context UriInfo uriInfo) {
        if (metrics.find(MetricService.checkedKey(key)).isPresent()) {
            IfMatch.required(ifMatch);  // before the body is validated: a change without If-Match is a 428
        }
        MetricService.Saved saved = metrics.put(key, ifMatch, update);
        MetricView view = saved.metric();
        if (saved.created()) {
            URI location = uriInfo.getAbsolutePath();
            return RestResponse.ResponseBuilder.<MetricView>created(location).entity(view)
                    .tag(ETags.of(view.version())).build();
        }
        return RestResponse.ResponseBuilder.ok(view).tag(ETags.of(view.version())).build();
    }

    @GET
    @Path("/{key}/history")
    @RolesAllowed({ Roles.ADMIN, Roles.STAFF })
    @Operation(summary = "A metric's change history", description = "Every version's changes, oldest first.")
    @APIResponse(responseCode = "200", description = "The changes",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = AuditEntryView.class)))
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    public List<AuditEntryView> history(@Parameter(description = "Metric key", example = "peer-days")
            @PathParam("key") String key) {
        metrics.find(key).orElseThrow(() -> MetricService.notFound(key));
        return audit.history(Metric.AUDIT_TYPE, key);
    }
}
