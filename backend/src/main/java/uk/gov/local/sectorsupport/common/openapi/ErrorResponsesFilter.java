package uk.gov.local.sectorsupport.common.openapi;

import java.util.List;

import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import uk.gov.local.sectorsupport.common.http.ETags;
import uk.gov.local.sectorsupport.common.paging.Page;
import uk.gov.local.sectorsupport.common.paging.PagedResponses;

/**
 * Responses, parameters and schemas every operation of a kind shares, said once here rather than on every method:
 * every API operation can answer 401 and 403; every write taking an If-Match header (which the service
 * requires) can answer 412 and 428; every page of a collection (`XxxPage`, an empty subclass of {@link Page}, whose
 * own required properties are not inherited) always has all its properties, and comes with the `X-Total-Count`
 * and `Link` headers {@link PagedResponses} sends.
 */
public class ErrorResponsesFilter implements OASFilter {

    private static final List<String> PAGE_PROPERTIES = List.of("items", "page", "size", "totalItems", "totalPages");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        openAPI.getComponents().getSchemas().forEach((name, schema) -> {
            if (name.endsWith("Page") && schema.getProperties() != null
                    && schema.getProperties().keySet().containsAll(PAGE_PROPERTIES)) {
                schema.setRequired(PAGE_PROPERTIES);
            }
        });
    }

    @Override
    public Operation filterOperation(Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses != null) {
            addPageHeaders(responses.getAPIResponse("200"));
            addIfMissing(responses, "401", ApiResponses.UNAUTHORIZED);
            addIfMissing(responses, "403", ApiResponses.FORBIDDEN);
            if (takesIfMatch(operation)) {
                addIfMissing(responses, "412", ApiResponses.PRECONDITION_FAILED);
                addIfMissing(responses, "428", ApiResponses.PRECONDITION_REQUIRED);
            }
        }
        return operation;
    }

    private static boolean takesIfMatch(Operation operation) {
        if (operation.getParameters() == null) {
            return false;
        }
        boolean found = false;
        for (Parameter parameter : operation.getParameters()) {
            if (parameter.getIn() == Parameter.In.HEADER && ETags.IF_MATCH.equalsIgnoreCase(parameter.getName())) {
                // An operation that describes its own If-Match (e.g. create-or-replace) says whether it is required.
                if (parameter.getDescription() == null) {
                    parameter.required(true)
                            .description("The ETag of your last read of the record")
                            .example("\"0\"");
                }
                found = true;
            }
        }
        return found;
    }

    private static void addPageHeaders(APIResponse ok) {
        if (ok == null || ok.getContent() == null || ok.getContent().getMediaType(MediaType.APPLICATION_JSON) == null) {
            return;
        }
        Schema schema = ok.getContent().getMediaType(MediaType.APPLICATION_JSON).getSchema();
        if (schema == null || schema.getRef() == null || !schema.getRef().endsWith("Page")) {
            return;
        }
        if (ok.getHeaders() == null || !ok.getHeaders().containsKey(PagedResponses.TOTAL_COUNT)) {
            ok.addHeader(PagedResponses.TOTAL_COUNT, OASFactory.createHeader()
                    .description("How many items match, on all pages")
                    .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER))));
        }
        if (!ok.getHeaders().containsKey("Link")) {
            ok.addHeader("Link", OASFactory.createHeader()
                    .description("RFC 8288 links to the first, prev, next and last pages")
                    .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))));
        }
    }

    private static void addIfMissing(APIResponses responses, String status, String component) {
        if (!responses.hasAPIResponse(status)) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().ref(component));
        }
    }
}
