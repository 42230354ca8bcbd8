package uk.gov.local.sectorsupport.support;

import static io.restassured.RestAssured.given;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

/**
 * Real access tokens from the Keycloak that `make test` starts (realm infra/keycloak/sector-support-realm.json):
 * the demo users through the password grant of the local-only CLI client, partners through client credentials.
 */
public final class KeycloakTokens {

    public static final String REALM_URL = System.getenv().getOrDefault("OIDC_URL",
            "http://localhost:8180/realms/sector-support");

    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private KeycloakTokens() {
    }

    /** A demo user (admin, staff, analyst); the password is the local-only demo one. */
    public static String user(String username) {
        return CACHE.computeIfAbsent("user:" + username, key -> token(Map.of(
                "grant_type", "password", "client_id", "sector-support-cli",
                "username", username, "password", username + "-demo", "scope", "openid")));
    }

    /** A partner organisation's machine client (solace, adass). */
    public static String partner(String organisation) {
        return CACHE.computeIfAbsent("partner:" + organisation, key -> token(Map.of(
                "grant_type", "client_credentials", "client_id", organisation + "-partner",
                "client_secret", organisation + "-demo-secret")));
    }

    public static RequestSpecification as(String token) {
        return given().auth().oauth2(token);
    }

    private static String token(Map<String, String> form) {
        // The token endpoint is not part of our API: bypass the OpenAPI response validation.
        return RestAssured.given().noFilters().formParams(form)
                .when().post(REALM_URL + "/protocol/openid-connect/token")
                .then().statusCode(200)
                .extract().path("access_token");
    }
}
