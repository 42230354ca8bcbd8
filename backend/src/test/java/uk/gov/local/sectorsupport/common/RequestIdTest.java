package uk.gov.local.sectorsupport.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import uk.gov.local.sectorsupport.support.KeycloakTokens;

/** Every answer names its request id; a problem+json body carries the same one, to be quoted to the LGA. */
@QuarkusTest
class RequestIdTest {

    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @Test
    void shouldKeepTheCallersRequestIdInTheHeaderAndTheProblem() {
        given().auth().oauth2(KeycloakTokens.user("analyst")).header("X-Request-Id", "partner-run_42.7")
                .when().get("/api/v1/councils/E99999999")
                .then().statusCode(404)
                .header("X-Request-Id", "partner-run_42.7")
                .body("requestId", equalTo("partner-run_42.7"));
    }

    @Test
    void shouldReplaceARequestIdThatIsNotAPlainShortToken() {
        for (String insane : new String[] { "has spaces", "<script>", "x".repeat(65), "\"quoted\"", "-leading-dash" }) {
            Response response = given().header("X-Request-Id", insane).when().get("/api/v1/councils");
            String id = response.header("X-Request-Id");
            assertTrue(id.matches(UUID), insane + " gave " + id);
            response.then().statusCode(401).body("requestId", equalTo(id));
        }
    }

    @Test
    void shouldGiveEachRequestItsOwnIdWhenNoneIsSent() {
        String first = given().auth().oauth2(KeycloakTokens.user("staff")).when().get("/api/v1/councils/E06000047")
                .then().statusCode(200).header("X-Request-Id", matchesPattern(UUID)).extract().header("X-Request-Id");
        String second = given().when().get("/q/health/ready")
                .then().statusCode(200).header("X-Request-Id", matchesPattern(UUID)).extract().header("X-Request-Id");
        assertNotEquals(first, second);
    }
}
