package uk.gov.local.sectorsupport.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import uk.gov.local.sectorsupport.support.KeycloakTokens;

/** Anonymous, forged and real tokens at the edge of the API; health and the OpenAPI document stay open. */
@QuarkusTest
class ErrorAndAccessTest {

    @Test
    void shouldAnswerAnonymousCallersWith401ProblemAndABearerChallenge() {
        given().when().get("/api/v1/councils")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("status", equalTo(401))
                .body("instance", equalTo("/api/v1/councils"));
    }

    @Test
    void shouldRejectATokenWhoseSignatureIsNotKeycloaks() {
        String real = KeycloakTokens.user("staff");
        String forged = real.substring(0, real.lastIndexOf('.') + 1) + "c2lnbmF0dXJl";
        given().auth().oauth2(forged).when().get("/api/v1/councils")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void shouldLetAPartnerMachineClientReadCouncilsWithAClientCredentialsToken() {
        given().auth().oauth2(KeycloakTokens.partner("adass"))
                .when().get("/api/v1/councils/E06000047")
                .then().statusCode(200)
                .body("name", equalTo("County Durham"));
    }

    @Test
    void shouldKeepHealthAndTheOpenApiDocumentOpen() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/openapi").then().statusCode(200);
    }

    @Test
    void shouldAnswerUnknownApiPathsWithProblemJson() {
        given().auth().oauth2(KeycloakTokens.user("analyst"))
                .when().get("/api/v1/no-such-thing")
                .then().statusCode(404)
                .contentType("application/problem+json");
    }
}
