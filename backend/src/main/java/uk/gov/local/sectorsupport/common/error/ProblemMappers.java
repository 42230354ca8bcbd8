package uk.gov.local.sectorsupport.common.error;

import java.net.URI;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import uk.gov.local.sectorsupport.common.CodedEnum;
import uk.gov.local.sectorsupport.common.input.StorableText;

/** Every error leaves the API as RFC 9457 problem+json; never a stack trace or a class name. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    private static final Response.StatusType PRECONDITION_REQUIRED = new Response.StatusType() {
        @Override
        public int getStatusCode() {
            return 428;
        }

        @Override
        public Response.Status.Family getFamily() {
            return Response.Status.Family.CLIENT_ERROR;
        }

        @Override
        public String getReasonPhrase() {
            return "Precondition Required";
        }
    };

    @ServerExceptionMapper
    public Response invalidParameter(InvalidParameterException e, UriInfo uri) {
        return problem(Response.Status.BAD_REQUEST, "The request has invalid parameters.", uri,
                List.of(new Problem.FieldError(e.parameter(), e.getMessage())));
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(violation -> new Problem.FieldError(fieldName(violation), violation.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        return problem(Response.Status.BAD_REQUEST, "The request has invalid fields.", uri, errors);
    }

    @ServerExceptionMapper
    public Response invalidFields(InvalidFieldsException e, UriInfo uri) {
        return problem(Response.Status.BAD_REQUEST, e.getMessage(), uri, e.errors());
    }

    @ServerExceptionMapper
    public Response conflict(ConflictException e, UriInfo uri) {
        return problem(Response.Status.CONFLICT, e.getMessage(), uri, e.errors());
    }

    /** A database constraint the service did not foresee (e.g. two concurrent adds of one peer): nothing was written. */
    @ServerExceptionMapper
    public Response constraintInDatabase(org.hibernate.exception.ConstraintViolationException e, UriInfo uri) {
        LOG.warn("Database constraint " + e.getConstraintName() + " rejected a write on " + uri.getPath());
        return problem(Response.Status.CONFLICT,
                "The change conflicts with the current state of the records; nothing was changed.", uri, null);
    }

    @ServerExceptionMapper
    public Response preconditionRequired(PreconditionRequiredException e, UriInfo uri) {
        return problem(PRECONDITION_REQUIRED, e.getMessage(), uri, null);
    }

    @ServerExceptionMapper
    public Response preconditionFailed(PreconditionFailedException e, UriInfo uri) {
        return problem(Response.Status.PRECONDITION_FAILED, e.getMessage(), uri, null);
    }

    /** Someone else's write won the race between our version check and our flush: the same answer as a stale If-Match. */
    @ServerExceptionMapper({ jakarta.persistence.OptimisticLockException.class,
            org.hibernate.StaleObjectStateException.class })
    public Response optimisticLock(RuntimeException e, UriInfo uri) {
        return problem(Response.Status.PRECONDITION_FAILED,
                "The record was changed by someone else at the same time. Read it again and re-apply your change.",
                uri, null);
    }

    @ServerExceptionMapper
    public Response refused(RequestRefusedException e, UriInfo uri) {
        Response.StatusType status = new Response.StatusType() {
            @Override
            public int getStatusCode() {
                return e.status();
            }

            @Override
            public Response.Status.Family getFamily() {
                return Response.Status.Family.CLIENT_ERROR;
            }

            @Override
            public String getReasonPhrase() {
                return e.reason();
            }
        };
        Response response = problem(status, e.getMessage(), uri, e.errors());
        return e.retryAfterSeconds() == null ? response
                : Response.fromResponse(response).header(HttpHeaders.RETRY_AFTER, e.retryAfterSeconds()).build();
    }

    @ServerExceptionMapper
    public Response notFound(ResourceNotFoundException e, UriInfo uri) {
        return problem(Response.Status.NOT_FOUND, e.getMessage(), uri, null);
    }

    /** More specific than Quarkus' built-in mapper for this type, which answers plain JSON without the field. */
    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e, UriInfo uri) {
        return unreadableJson(e, uri);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        List<Problem.FieldError> errors = null;
        // A well-formed body with a value of the wrong kind (e.g. an unknown code): name the field.
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            String message = e instanceof InvalidFormatException format && format.getTargetType() != null
                    && format.getTargetType().isEnum() && CodedEnum.class.isAssignableFrom(format.getTargetType())
                    ? "must be one of: " + allowedCodes(format.getTargetType())
                    : e instanceof InvalidFormatException format && format.getTargetType() == String.class
                            ? StorableText.PROBLEM
                            : "has a value of the wrong type or format";
            errors = List.of(new Problem.FieldError(field, message));
        }
        return problem(Response.Status.BAD_REQUEST, "The request body is not valid JSON for this operation.", uri, errors);
    }

    private static String allowedCodes(Class<?> enumType) {
        return Arrays.stream(enumType.getEnumConstants()).map(constant -> ((CodedEnum) constant).code())
                .collect(Collectors.joining(", "));
    }

    /** RFC 6750: a bare challenge when no token came, error="invalid_token" when one came and was refused. */
    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class })
    public Response unauthorized(RuntimeException e, UriInfo uri, HttpHeaders headers) {
        boolean tokenSent = headers.getHeaderString(HttpHeaders.AUTHORIZATION) != null;
        return Response.fromResponse(problem(Response.Status.UNAUTHORIZED, tokenSent
                ? "The bearer token is not valid here (expired, not signed by the Sector Support identity provider, or "
                        + "not issued for this API)."
                : "A valid bearer token from the Sector Support identity provider is required.", uri, null))
                .header(HttpHeaders.WWW_AUTHENTICATE, tokenSent ? "Bearer error=\"invalid_token\"" : "Bearer")
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return problem(Response.Status.FORBIDDEN, "Your role does not allow this operation.", uri, null);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        Response.StatusType status = e.getResponse().getStatusInfo();
        String detail = status.getStatusCode() == 404 ? "No such resource." : status.getReasonPhrase();
        return problem(status, detail, uri, null);
    }

    /** Seconds a client should wait before retrying while the database or the identity provider cannot be reached. */
    static final int RETRY_AFTER_SECONDS = 5;

    /**
     * The backend could not fetch Keycloak's signing keys (it started while Keycloak was down, and Keycloak still
     * is), so it cannot tell whether the token is valid: neither a 401 nor a 500, but "try again shortly".
     */
    @ServerExceptionMapper
    public Response identityProviderUnavailable(io.quarkus.oidc.OIDCException e, UriInfo uri) {
        LOG.warn("Identity provider unavailable on " + uri.getPath() + ": " + e.getMessage());
        return unavailable("The sign-in service cannot be reached to check your access token just now. "
                + "Try again in a few seconds.", uri);
    }

    /** A 503 with Retry-After: the request was not completed, and may be sent again as it is. */
    private static Response unavailable(String detail, UriInfo uri) {
        return Response.fromResponse(problem(Response.Status.SERVICE_UNAVAILABLE, detail, uri, null))
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .build();
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable e, UriInfo uri) {
        if (DatabaseUnavailable.causedBy(e)) {
            // Wrapped in whatever Hibernate, Agroal or the transaction manager threw: no type of its own to map.
            LOG.warn("Database unavailable on " + uri.getPath() + ": " + e.getMessage());
            return unavailable("The service cannot reach its database just now, so the request was not completed. "
                    + "Try again in a few seconds.", uri);
        }
        LOG.error("Unexpected error on " + uri.getPath(), e);
        return problem(Response.Status.INTERNAL_SERVER_ERROR, "Something went wrong on our side.", uri, null);
    }

    static Response problem(Response.StatusType status, String detail, UriInfo uri, List<Problem.FieldError> errors) {
        Problem body = Problem.of(status.getStatusCode(), status.getReasonPhrase(), detail,
                URI.create(uri.getRequestUri().getRawPath()), errors);
        return Response.status(status.getStatusCode()).type(Problem.MEDIA_TYPE).entity(body).build();
    }

    /** "list.arg0.region" style property paths become the parameter or field name the caller sent. */
    private static String fieldName(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        int lastDot = path.lastIndexOf('.');
        return lastDot < 0 ? path : path.substring(lastDot + 1);
    }
}
