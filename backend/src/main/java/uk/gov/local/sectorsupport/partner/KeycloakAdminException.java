package uk.gov.local.sectorsupport.partner;

import java.net.URI;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import uk.gov.local.sectorsupport.common.error.Problem;

/**
 * The Keycloak admin API failed or could not be reached: a 502, so that a REST-client exception from Keycloak
 * (a 404 or 403 of Keycloak's own) is never passed off as the answer to the caller's request.
 */
class KeycloakAdminException extends RuntimeException {

    KeycloakAdminException(String message, Throwable cause) {
        super(message, cause);
    }

    static class Mapper {

        private static final Logger LOG = Logger.getLogger(KeycloakAdminException.class);

        @ServerExceptionMapper
        public Response keycloakAdmin(KeycloakAdminException e, UriInfo uri) {
            LOG.error(e.getMessage() + " (" + uri.getPath() + ")", e.getCause());
            Problem body = Problem.of(502, "Bad Gateway",
                    "The identity provider did not accept the change; nothing was onboarded or changed. Try again later.",
                    URI.create(uri.getRequestUri().getRawPath()), null);
            return Response.status(502).type(Problem.MEDIA_TYPE).entity(body).build();
        }
    }
}
