package uk.gov.local.sectorsupport.common.openapi;

/** Names of the shared error responses in the OpenAPI components, for {@code @APIResponse(ref = …)}. */
public final class ApiResponses {

    public static final String BAD_REQUEST = "BadRequest";
    public static final String UNAUTHORIZED = "Unauthorized";
    public static final String FORBIDDEN = "Forbidden";
    public static final String NOT_FOUND = "NotFound";
    public static final String CONFLICT = "Conflict";
    public static final String PRECONDITION_FAILED = "PreconditionFailed";
    public static final String PRECONDITION_REQUIRED = "PreconditionRequired";

    private ApiResponses() {
    }
}
