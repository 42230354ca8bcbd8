package uk.gov.local.sectorsupport.common.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/** Every API operation can answer 401 and 403; say so once here rather than on every method. */
public class ErrorResponsesFilter implements OASFilter {

    @Override
    public Operation filterOperation(Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses != null) {
            addIfMissing(responses, "401", ApiResponses.UNAUTHORIZED);
            addIfMissing(responses, "403", ApiResponses.FORBIDDEN);
        }
        return operation;
    }

    private static void addIfMissing(APIResponses responses, String status, String component) {
        if (!responses.hasAPIResponse(status)) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().ref(component));
        }
    }
}
