package uk.gov.local.sectorsupport.common.error;

import java.net.URI;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.gov.local.sectorsupport.common.http.RequestIds;

/** RFC 9457 problem details, with a field-level error list. */
@Schema(name = "Problem", description = "RFC 9457 problem details", requiredProperties = { "type", "title", "status" })
public record Problem(
        @Schema(description = "A URI identifying the problem type", example = "about:blank") URI type,
        @Schema(description = "Short summary of the problem type", example = "Bad Request") String title,
        @Schema(description = "HTTP status code", example = "400") int status,
        @Schema(description = "What went wrong, for a human", example = "The request has invalid parameters.") String detail,
        @Schema(description = "The request path", example = "/api/v1/councils") URI instance,
        @Schema(description = "One entry per invalid field or parameter") List<FieldError> errors,
        @Schema(description = "The request's id, also in the X-Request-Id response header and the service's logs: "
                + "quote it when reporting a problem", example = "3f2b8c1e-4f6a-4d2b-9c1e-2a7d5b6c8e90") String requestId) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** A problem about the request being served, carrying its id. */
    public static Problem of(int status, String title, String detail, URI instance, List<FieldError> errors) {
        return new Problem(URI.create("about:blank"), title, status, detail, instance, errors, RequestIds.current());
    }

    @Schema(name = "FieldError", requiredProperties = { "field", "message" })
    public record FieldError(
            @Schema(description = "The invalid field or query parameter", example = "region") String field,
            @Schema(description = "Why it is invalid", example = "must be one of: north-east, north-west") String message) {
    }
}
