package uk.gov.local.sectorsupport.common.openapi;

import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.Components;

import uk.gov.local.sectorsupport.common.error.Problem;

@OpenAPIDefinition(
        info = @Info(title = "Sector Support API", version = "1",
                description = """
                        The system of record for the LGA's improvement support to English councils.

                        Every operation needs a bearer access token from the Sector Support Keycloak realm \
                        (`/realms/sector-support`). Partner systems use the OAuth 2 client-credentials grant \
                        with the client they were issued; people use the web app. Errors are RFC 9457 \
                        `application/problem+json` with a field-level `errors` list.

                        Local authority names and codes: mySociety, "UK Local Authority Names and Codes", \
                        CC BY 4.0. Contains public sector information licensed under the Open Government Licence v3.0.""",
                contact = @Contact(name = "LGA Sector Support team"),
                license = @License(name = "Open Government Licence v3.0",
                        url = "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/")),
        security = @SecurityRequirement(name = SectorSupportApi.BEARER),
        components = @Components(responses = {
                @APIResponse(name = ApiResponses.BAD_REQUEST, description = "Invalid parameters or body; nothing was changed",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                                examples = @ExampleObject(name = "unknown filter value", value = """
                                        {"type": "about:blank", "title": "Bad Request", "status": 400,
                                         "detail": "The request has invalid parameters.", "instance": "/api/v1/councils",
                                         "errors": [{"field": "region", "message": "must be one of: north-east, north-west, yorkshire-and-the-humber, east-midlands, west-midlands, east-of-england, london, south-east, south-west"}]}"""))),
                @APIResponse(name = ApiResponses.UNAUTHORIZED, description = "No valid bearer token",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                                examples = @ExampleObject(name = "no token", value = """
                                        {"type": "about:blank", "title": "Unauthorized", "status": 401,
                                         "detail": "A valid bearer token from the Sector Support identity provider is required.",
                                         "instance": "/api/v1/councils"}"""))),
                @APIResponse(name = ApiResponses.FORBIDDEN, description = "The caller's role may not do this",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                                examples = @ExampleObject(name = "wrong role", value = """
                                        {"type": "about:blank", "title": "Forbidden", "status": 403,
                                         "detail": "Your role does not allow this operation.", "instance": "/api/v1/councils"}"""))),
                @APIResponse(name = ApiResponses.NOT_FOUND, description = "No such record",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                                examples = @ExampleObject(name = "unknown code", value = """
                                        {"type": "about:blank", "title": "Not Found", "status": 404,
                                         "detail": "There is no council with GSS code E99999999.",
                                         "instance": "/api/v1/councils/E99999999"}"""))),
                @APIResponse(name = ApiResponses.CONFLICT,
                        description = "The record's current state does not allow this (e.g. a status transition that "
                                + "is not allowed, or a peer already on the team); nothing was changed",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                                examples = @ExampleObject(name = "disallowed transition", value = """
                                        {"type": "about:blank", "title": "Conflict", "status": 409,
                                         "detail": "A peer challenge that is requested can move to scoped or cancelled, not to report-published.",
                                         "instance": "/api/v1/peer-challenges/42/transitions"}"""))),
                @APIResponse(name = ApiResponses.PRECONDITION_FAILED,
                        description = "The If-Match ETag is not the record's current version (someone else changed it); "
                                + "nothing was changed. Read the record again and re-apply the change.",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                                examples = @ExampleObject(name = "stale ETag", value = """
                                        {"type": "about:blank", "title": "Precondition Failed", "status": 412,
                                         "detail": "The record has changed since you read it (its ETag is now \"3\"). Read it again and re-apply your change.",
                                         "instance": "/api/v1/peer-challenges/42"}"""))),
                @APIResponse(name = ApiResponses.PRECONDITION_REQUIRED,
                        description = "Updates and deletes need an If-Match header with the ETag of the last read; "
                                + "nothing was changed",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                                examples = @ExampleObject(name = "no If-Match", value = """
                                        {"type": "about:blank", "title": "Precondition Required", "status": 428,
                                         "detail": "This request needs an If-Match header with the ETag from your last read of the record.",
                                         "instance": "/api/v1/peer-challenges/42"}"""))) }))
@SecurityScheme(securitySchemeName = SectorSupportApi.BEARER, type = SecuritySchemeType.HTTP, scheme = "bearer",
        bearerFormat = "JWT", description = "Access token from Keycloak realm `sector-support`")
public class SectorSupportApi extends Application {

    public static final String BEARER = "bearer";
}
