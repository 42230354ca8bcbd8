package uk.gov.local.sectorsupport.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.jwt.consumer.JwtContext;
import org.jose4j.keys.resolvers.JwksVerificationKeyResolver;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import uk.gov.local.sectorsupport.support.KeycloakTokens;

/**
 * Tokens the API must refuse, each with 401 problem+json and an RFC 6750 challenge. The first three are real Keycloak
 * tokens (realm files in infra/keycloak/) that are right in every respect but one, which each test first shows by
 * verifying the token itself; the others are forged here.
 */
@QuarkusTest
class TokenValidationTest {

    private static final String API_AUDIENCE = "sector-support-api";
    private static final String ELSEWHERE_URL = KeycloakTokens.REALM_URL.replace("/realms/sector-support",
            "/realms/elsewhere");

    @Test
    void shouldRefuseAnExpiredTokenThatKeycloakSigned() throws Exception {
        // This client's tokens live one second (infra/keycloak/sector-support-realm.json).
        String token = clientCredentials(KeycloakTokens.REALM_URL, "sector-support-token-probe", "token-probe-demo-secret");
        JwtClaims claims = verified(KeycloakTokens.REALM_URL, token, true).getJwtClaims();
        assertTrue(claims.getAudience().contains(API_AUDIENCE));
        long waitMillis = (claims.getExpirationTime().getValue() + 1) * 1000 - System.currentTimeMillis();
        if (waitMillis > 0) {
            Thread.sleep(waitMillis);
        }

        assertRefused(token);
    }

    @Test
    void shouldRefuseAKeycloakTokenIssuedForAnotherAudience() throws Exception {
        // The backend's own admin client: same realm and keys, but its tokens are for Keycloak's admin API.
        String token = clientCredentials(KeycloakTokens.REALM_URL, "sector-support-admin-api",
                "sector-support-admin-api-demo-secret");
        JwtClaims claims = verified(KeycloakTokens.REALM_URL, token, false).getJwtClaims();
        assertFalse(claims.getAudience().contains(API_AUDIENCE), "the token should not name our API");

        assertRefused(token);
    }

    @Test
    void shouldRefuseATokenFromAnotherRealmEvenWhenItNamesOurApi() throws Exception {
        String token = clientCredentials(ELSEWHERE_URL, "elsewhere-client", "elsewhere-demo-secret");
        JwtClaims claims = verified(ELSEWHERE_URL, token, false).getJwtClaims();
        assertTrue(claims.getAudience().contains(API_AUDIENCE));
        assertEquals(ELSEWHERE_URL, claims.getIssuer());

        assertRefused(token);
    }

    @Test
    void shouldRefuseARealTokenWhosePayloadWasChanged() {
        String[] parts = KeycloakTokens.user("analyst").split("\\.");
        String payload = decode(parts[1]).replace("\"preferred_username\":\"analyst\"",
                "\"preferred_username\":\"admin\"");
        assertNotEquals(decode(parts[1]), payload);

        assertRefused(parts[0] + "." + encode(payload) + "." + parts[2]);
    }

    @Test
    void shouldRefuseAnUnsignedTokenWithAlgNone() {
        String[] parts = KeycloakTokens.user("admin").split("\\.");

        assertRefused(encode("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + parts[1] + ".");
    }

    @Test
    void shouldRefuseATokenSignedByAnUnknownKeyUnderKeycloaksKeyId() throws Exception {
        String real = KeycloakTokens.user("admin");
        String keycloakKeyId = unverified(real).getJoseObjects().get(0).getKeyIdHeaderValue();

        assertRefused(signedByAStranger(decode(real.split("\\.")[1]), keycloakKeyId));
    }

    @Test
    void shouldRefuseATokenWithAnotherIssuerSignedByAnUnknownKey() throws Exception {
        String payload = decode(KeycloakTokens.user("admin").split("\\.")[1])
                .replace(KeycloakTokens.REALM_URL, "https://idp.example.org/realms/sector-support");

        assertRefused(signedByAStranger(payload, "stranger"));
    }

    private static void assertRefused(String token) {
        given().auth().oauth2(token).when().get("/api/v1/councils")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", equalTo("Bearer error=\"invalid_token\""))
                .body("status", equalTo(401))
                .body("title", equalTo("Unauthorized"))
                .body("requestId", not(emptyOrNullString()));
    }

    /** Checks signature (against the realm's published keys) and issuer, at the token's own issue time. */
    private static JwtContext verified(String realmUrl, String token, boolean forOurApi) throws Exception {
        String certs = RestAssured.given().noFilters().get(realmUrl + "/protocol/openid-connect/certs").asString();
        JwtConsumerBuilder consumer = new JwtConsumerBuilder()
                .setVerificationKeyResolver(new JwksVerificationKeyResolver(new JsonWebKeySet(certs).getJsonWebKeys()))
                .setExpectedIssuer(realmUrl)
                .setRequireExpirationTime();
        consumer.setEvaluationTime(NumericDate.fromSeconds(unverified(token).getJwtClaims().getIssuedAt().getValue()));
        if (forOurApi) {
            consumer.setExpectedAudience(API_AUDIENCE);
        } else {
            consumer.setSkipDefaultAudienceValidation();
        }
        return consumer.build().process(token);
    }

    private static JwtContext unverified(String token) throws Exception {
        return new JwtConsumerBuilder().setSkipAllValidators().setDisableRequireSignature()
                .setSkipSignatureVerification().build().process(token);
    }

    private static String signedByAStranger(String payload, String keyId) throws Exception {
        RsaJsonWebKey stranger = RsaJwkGenerator.generateJwk(2048);
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(payload);
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setKeyIdHeaderValue(keyId);
        jws.setKey(stranger.getPrivateKey());
        return jws.getCompactSerialization();
    }

    private static String clientCredentials(String realmUrl, String clientId, String secret) {
        return RestAssured.given().noFilters()
                .formParams(Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret))
                .when().post(realmUrl + "/protocol/openid-connect/token")
                .then().statusCode(200)
                .extract().path("access_token");
    }

    private static String decode(String part) {
        return new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8);
    }

    private static String encode(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
