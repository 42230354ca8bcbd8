package uk.gov.local.sectorsupport.partner;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.gov.local.sectorsupport.support.EventFixtures.createEvent;
import static uk.gov.local.sectorsupport.support.EventFixtures.event;
import static uk.gov.local.sectorsupport.support.EventFixtures.marker;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import uk.gov.local.sectorsupport.support.KeycloakTokens;

/**
 * Onboarding partners against the real Keycloak: the client made works like the realm file's demo partners
 * (client credentials, audience, `organisation` claim, realm role `partner`), rotation and disabling take effect in
 * Keycloak at once, only administrators may do any of it, and the audit trail never holds a secret.
 * The organisations used here (CfGS, PAS, Leadership Centre) have no client in the realm file; whatever a run leaves
 * in Keycloak is removed before and after each test, so the suite can run again on the same Keycloak.
 */
@QuarkusTest
class PartnerClientResourceTest {

    private static final List<String> ORGANISATIONS = List.of("cfgs", "pas", "leadership-centre");
    private static final String TOKEN_URL = KeycloakTokens.REALM_URL + "/protocol/openid-connect/token";

    @Inject
    KeycloakAdmin keycloak;

    @BeforeEach
    @AfterEach
    void removeTheClientsTestsMake() {
        for (String organisation : ORGANISATIONS) {
            keycloak.realm().clients().findByClientId(organisation + "-partner")
                    .forEach(client -> keycloak.realm().clients().get(client.getId()).remove());
        }
    }

    private static RequestSpecification as(String user) {
        return given().auth().oauth2(KeycloakTokens.user(user));
    }

    private static JsonPath onboard(String organisation) {
        return as("admin").contentType(ContentType.JSON).body(Map.of("organisation", organisation))
                .when().post("/api/v1/partner-clients")
                .then().statusCode(201).extract().jsonPath();
    }

    /** A client-credentials token request straight to Keycloak (not our API: no OpenAPI validation). */
    private static Response tokenRequest(String clientId, String secret) {
        return RestAssured.given().noFilters()
                .formParams(Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret))
                .when().post(TOKEN_URL);
    }

    private static String token(String clientId, String secret) {
        Response response = tokenRequest(clientId, secret);
        assertEquals(200, response.statusCode(), () -> "token request for " + clientId + ": " + response.asString());
        return response.jsonPath().getString("access_token");
    }

    private static JsonPath claims(String accessToken) {
        String payload = accessToken.split("\\.")[1];
        return JsonPath.from(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8));
    }

    @Test
    void shouldOnboardAPartnerWhoseTokensCarryItsOrganisationAndReadOnlyItsRecords() {
        String m = marker();
        long cfgsEvent = createEvent(as("staff"), event(m + " Scrutiny masterclass", Map.of("programme", "governance-and-scrutiny")));
        createEvent(as("staff"), event(m + " LGA masterclass", Map.of()));

        Response created = as("admin").contentType(ContentType.JSON).body(Map.of("organisation", "cfgs"))
                .when().post("/api/v1/partner-clients");
        created.then().statusCode(201)
                .header("Location", endsWith("/api/v1/partner-clients/cfgs-partner"))
                .header("Cache-Control", "no-store")
                .body("clientId", equalTo("cfgs-partner"))
                .body("organisation.id", equalTo("cfgs"))
                .body("organisation.name", equalTo("CfGS"))
                .body("secret", not(emptyOrNullString()))
                .body("tokenUrl", equalTo(TOKEN_URL));
        String secret = created.jsonPath().getString("secret");

        String accessToken = token("cfgs-partner", secret);
        JsonPath claims = claims(accessToken);
        assertEquals("cfgs", claims.getString("organisation"));
        assertEquals(List.of("partner"), claims.getList("realm_access.roles"), "the same realm roles as the demo partners");
        Object audience = claims.get("aud");
        assertTrue(audience instanceof List<?> list ? list.contains("sector-support-api") : "sector-support-api".equals(audience),
                claims.prettify());

        given().auth().oauth2(accessToken).when().get("/api/v1/events?q=" + m).then().statusCode(200)
                .header("X-Total-Count", "1")
                .body("items.id", contains((int) cfgsEvent))
                .body("items[0].organisation.id", equalTo("cfgs"));
        as("admin").when().get("/api/v1/events?q=" + m).then().header("X-Total-Count", "2");

        as("admin").when().get("/api/v1/partner-clients?size=100").then().statusCode(200)
                .body("items.clientId", hasItems("adass-partner", "cfgs-partner", "solace-partner"))
                .body("items.clientId", not(hasItems("sector-support-web", "sector-support-admin-api", "sector-support-cli")))
                .body("items.find { it.clientId == 'cfgs-partner' }.enabled", equalTo(true))
                .body("items.find { it.clientId == 'cfgs-partner' }.createdAt", not(emptyOrNullString()))
                .body("items.find { it.clientId == 'solace-partner' }.organisation.id", equalTo("solace"))
                .body("items.find { it.clientId == 'solace-partner' }", not(hasKey("createdAt")))
                .body("items", everyItem(not(hasKey("secret"))));
        as("admin").when().get("/api/v1/partner-clients/cfgs-partner").then().statusCode(200)
                .body("organisation.id", equalTo("cfgs")).body("enabled", equalTo(true));

        String history = as("admin").when().get("/api/v1/partner-clients/cfgs-partner/history").then().statusCode(200)
                .body("action", contains("created"))
                .body("[0].actor", equalTo("admin"))
                .body("[0].changes.find { it.field == 'organisation' }.to", equalTo("cfgs"))
                .extract().asString();
        assertFalse(history.contains(secret), "the audit trail must never hold a secret");
    }

    @Test
    void shouldRotateTheSecretSoThatOnlyTheNewOneWorks() {
        String oldSecret = onboard("pas").getString("secret");
        token("pas-partner", oldSecret);

        Response rotated = as("admin").when().post("/api/v1/partner-clients/pas-partner/secret");
        rotated.then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body("clientId", equalTo("pas-partner"))
                .body("organisation.id", equalTo("pas"));
        String newSecret = rotated.jsonPath().getString("secret");
        assertNotEquals(oldSecret, newSecret);

        assertEquals(401, tokenRequest("pas-partner", oldSecret).statusCode(), "the old secret must be refused");
        assertEquals("pas", claims(token("pas-partner", newSecret)).getString("organisation"));

        String history = as("admin").when().get("/api/v1/partner-clients/pas-partner/history").then().statusCode(200)
                .body("action", contains("created", "secret-rotated"))
                .body("[1].changes.field", contains("secretIssuedAt"))
                .extract().asString();
        assertFalse(history.contains(oldSecret) || history.contains(newSecret), "the audit trail must never hold a secret");
    }

    @Test
    void shouldDisableAClientSoThatItsTokenRequestsAreRefusedAndEnableItAgain() {
        String secret = onboard("leadership-centre").getString("secret");
        String path = "/api/v1/partner-clients/leadership-centre-partner/enabled";

        as("admin").contentType(ContentType.JSON).body(Map.of("enabled", false)).when().put(path)
                .then().statusCode(200).body("enabled", equalTo(false)).body("clientId", equalTo("leadership-centre-partner"));
        assertNotEquals(200, tokenRequest("leadership-centre-partner", secret).statusCode(),
                "a disabled client must not get tokens");
        as("admin").when().get("/api/v1/partner-clients/leadership-centre-partner").then().body("enabled", equalTo(false));
        // Disabling a disabled client changes nothing, and records nothing.
        as("admin").contentType(ContentType.JSON).body(Map.of("enabled", false)).when().put(path)
                .then().statusCode(200).body("enabled", equalTo(false));

        as("admin").contentType(ContentType.JSON).body(Map.of("enabled", true)).when().put(path)
                .then().statusCode(200).body("enabled", equalTo(true));
        token("leadership-centre-partner", secret);

        as("admin").when().get("/api/v1/partner-clients/leadership-centre-partner/history").then().statusCode(200)
                .body("action", contains("created", "disabled", "enabled"))
                .body("[1].changes", hasSize(1))
                .body("[1].changes[0].field", equalTo("enabled"))
                .body("[1].changes[0].from", equalTo("true"))
                .body("[1].changes[0].to", equalTo("false"));
    }

    @Test
    void shouldRefuseAnOrganisationThatIsUnknownTheLgaOrAlreadyOnboardedAndCreateNothing() {
        as("admin").contentType(ContentType.JSON).body(Map.of("organisation", "no-such-org"))
                .when().post("/api/v1/partner-clients")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("organisation"))
                .body("errors[0].message", containsString("not a known organisation"));
        as("admin").contentType(ContentType.JSON).body(Map.of("organisation", "lga"))
                .when().post("/api/v1/partner-clients")
                .then().statusCode(400).body("errors.field", contains("organisation"));
        as("admin").contentType(ContentType.JSON).body("{}")
                .when().post("/api/v1/partner-clients")
                .then().statusCode(400).body("errors.field", contains("organisation"));
        assertTrue(keycloak.realm().clients().findByClientId("no-such-org-partner").isEmpty());
        assertTrue(keycloak.realm().clients().findByClientId("lga-partner").isEmpty());

        as("admin").contentType(ContentType.JSON).body(Map.of("organisation", "solace"))
                .when().post("/api/v1/partner-clients")
                .then().statusCode(409).contentType("application/problem+json")
                .body("errors.field", contains("organisation"))
                .body("detail", containsString("solace-partner"));
        // The demo client is untouched: its published secret still works.
        KeycloakTokens.partner("solace");
        assertEquals(200, tokenRequest("solace-partner", "solace-demo-secret").statusCode());

        onboard("cfgs");
        as("admin").contentType(ContentType.JSON).body(Map.of("organisation", "cfgs"))
                .when().post("/api/v1/partner-clients").then().statusCode(409);
        assertEquals(1, keycloak.realm().clients().findByClientId("cfgs-partner").size());
    }

    @Test
    void shouldLetOnlyAdministratorsManagePartnerClients() {
        for (String user : List.of("staff", "analyst")) {
            as(user).contentType(ContentType.JSON).body(Map.of("organisation", "cfgs"))
                    .when().post("/api/v1/partner-clients").then().statusCode(403);
            as(user).when().post("/api/v1/partner-clients/solace-partner/secret").then().statusCode(403);
            as(user).contentType(ContentType.JSON).body(Map.of("enabled", false))
                    .when().put("/api/v1/partner-clients/solace-partner/enabled").then().statusCode(403);
            as(user).when().get("/api/v1/partner-clients").then().statusCode(403);
        }
        RequestSpecification partner = given().auth().oauth2(KeycloakTokens.partner("solace"));
        partner.when().post("/api/v1/partner-clients/solace-partner/secret").then().statusCode(403);
        given().auth().oauth2(KeycloakTokens.partner("solace")).contentType(ContentType.JSON)
                .body(Map.of("organisation", "cfgs")).when().post("/api/v1/partner-clients").then().statusCode(403);
        given().contentType(ContentType.JSON).body(Map.of("organisation", "cfgs"))
                .when().post("/api/v1/partner-clients").then().statusCode(401);
        given().when().post("/api/v1/partner-clients/solace-partner/secret").then().statusCode(401);

        assertTrue(keycloak.realm().clients().findByClientId("cfgs-partner").isEmpty());
        assertEquals(200, tokenRequest("solace-partner", "solace-demo-secret").statusCode(),
                "nobody but an administrator may rotate a secret");
    }

    @Test
    void shouldNeverTouchAClientThatIsNotAPartnerClient() {
        for (String clientId : List.of("sector-support-web", "sector-support-admin-api", "realm-management", "no-such-partner")) {
            as("admin").when().post("/api/v1/partner-clients/" + clientId + "/secret").then().statusCode(404)
                    .contentType("application/problem+json");
            as("admin").contentType(ContentType.JSON).body(Map.of("enabled", false))
                    .when().put("/api/v1/partner-clients/" + clientId + "/enabled").then().statusCode(404);
            as("admin").when().get("/api/v1/partner-clients/" + clientId).then().statusCode(404);
        }
        assertTrue(keycloak.realm().clients().findByClientId("sector-support-admin-api").get(0).isEnabled());
    }
}
