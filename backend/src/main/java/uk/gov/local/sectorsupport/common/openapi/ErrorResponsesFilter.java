package uk.gov.local.sectorsupport.common.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import uk.gov.local.sectorsupport.common.http.ETags;

/**
 * Responses and parameters every operation of a kind shares, said once here rather than on every method:
 * every API operation can answer 401 and 403; every write taking an If-Match header (which the service
 * requires) can answer 412 and 428.
 */
public class ErrorResponsesFilter implements OASFilter {

    @Override
    public Operation filterOperation(Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses != null) {
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
                parameter.required(true)
                        .description("The ETag of your last read of the record")
                        .example("\"0\"");
                found = true;
            }
        }
        return found;
    }

    private static void addIfMissing(APIResponses responses, String status, String component) {
        if (!responses.hasAPIResponse(status)) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().ref(component));
        }
    }
}
