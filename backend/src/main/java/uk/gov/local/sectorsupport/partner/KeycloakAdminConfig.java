package uk.gov.local.sectorsupport.partner;

import io.smallrye.config.ConfigMapping;

/**
 * The backend's own credentials for the Keycloak admin API: a confidential client of the application's realm whose
 * service account may manage clients and users. Where Keycloak is comes from {@code quarkus.oidc.auth-server-url}.
 */
@ConfigMapping(prefix = "sector-support.keycloak-admin")
public interface KeycloakAdminConfig {

    /** The admin client's id, {@code sector-support-admin-api} in the realm file. */
    String clientId();

    /** Its secret; the default in application.properties is a local demo secret. */
    String clientSecret();
}
