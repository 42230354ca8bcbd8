package uk.gov.local.sectorsupport.partner;

import java.net.URI;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;

/**
 * The Keycloak admin API of the application's own realm, reached with the client-credentials grant of the admin
 * client. Server and realm are derived from the OIDC URL ({@code <server>/realms/<realm>}), so one setting says
 * where Keycloak is. Built with {@link KeycloakBuilder} (which the keycloak-admin-rest-client extension backs with the
 * Quarkus REST client) because the extension's injectable client needs a literal server URL.
 */
@ApplicationScoped
public class KeycloakAdmin {

    private static final String REALMS = "/realms/";

    private final String serverUrl;
    private final String realmName;
    private final KeycloakAdminConfig config;
    private volatile Keycloak keycloak;

    @Inject
    KeycloakAdmin(@ConfigProperty(name = "quarkus.oidc.auth-server-url") String oidcUrl, KeycloakAdminConfig config) {
        String url = oidcUrl.endsWith("/") ? oidcUrl.substring(0, oidcUrl.length() - 1) : oidcUrl;
        int realms = url.lastIndexOf(REALMS);
        if (realms < 0) {
            throw new IllegalStateException("quarkus.oidc.auth-server-url must be <keycloak>/realms/<realm>, not " + oidcUrl);
        }
        this.serverUrl = url.substring(0, realms);
        this.realmName = url.substring(realms + REALMS.length());
        this.config = config;
    }

    /** The realm's admin resources; the client (and its token) is made on first use and reused. */
    public RealmResource realm() {
        Keycloak client = keycloak;
        if (client == null) {
            synchronized (this) {
                if (keycloak == null) {
                    keycloak = KeycloakBuilder.builder()
                            .serverUrl(serverUrl)
                            .realm(realmName)
                            .grantType(OAuth2Constants.CLIENT_CREDENTIALS)
                            .clientId(config.clientId())
                            .clientSecret(config.clientSecret())
                            .build();
                }
                client = keycloak;
            }
        }
        return client.realm(realmName);
    }

    /** Where a partner asks for tokens (client credentials). */
    public URI tokenUrl() {
        return URI.create(serverUrl + REALMS + realmName + "/protocol/openid-connect/token");
    }

    @PreDestroy
    void close() {
        if (keycloak != null) {
            keycloak.close();
        }
    }
}
