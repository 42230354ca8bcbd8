package uk.gov.local.sectorsupport.common.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;

/** Who is calling, as the audit trail names them: a person's user name, or a partner system's client id. */
@RequestScoped
public class CurrentActor {

    private static final String SERVICE_ACCOUNT_PREFIX = "service-account-";

    @Inject
    SecurityIdentity identity;

    public String name() {
        if (identity.isAnonymous()) {
            return "anonymous";
        }
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            String username = token.getClaim("preferred_username");
            // Keycloak names a client's service account "service-account-<client>"; the client id is what partners know.
            if (username == null || username.startsWith(SERVICE_ACCOUNT_PREFIX)) {
                String client = token.getClaim("azp");
                return client != null ? client : token.getSubject();
            }
            return username;
        }
        return identity.getPrincipal().getName();
    }

    public boolean hasAnyRole(String... roles) {
        for (String role : roles) {
            if (identity.hasRole(role)) {
                return true;
            }
        }
        return false;
    }

    /** Names of people (peers, managers) are for LGA staff and administrators only. */
    public boolean maySeeNames() {
        return hasAnyRole(Roles.STAFF, Roles.ADMIN);
    }
}
