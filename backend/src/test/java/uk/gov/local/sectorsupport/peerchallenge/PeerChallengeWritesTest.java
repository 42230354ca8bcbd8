package uk.gov.local.sectorsupport.peerchallenge;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import uk.gov.local.sectorsupport.support.KeycloakTokens;

/** Conflict-safe, audited writes, with real Keycloak tokens so the audit names the token's user. */
@QuarkusTest
class PeerChallengeWritesTest {

    private static final String COUNCIL = "E07000215";   // Tandridge: used only by this class

    private static RequestSpecification as(String user) {
        return given().auth().oauth2(KeycloakTokens.user(user));
    }

    private static long create(String user) {
        return as(user).contentType(ContentType.JSON)
                .body(Map.of("type", "cpc", "council", COUNCIL, "requestedDate", "2025-06-01"))
                .when().post("/api/v1/peer-challenges")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static Map<String, Object> update(String notes) {
        return Map.of("type", "cpc", "council", COUNCIL, "requestedDate", "2025-06-01", "notes", notes);
    }

    @Test
    void shouldRequireIfMatchOnUpdateAndDelete() {
        long id = create("staff");
        as("staff").contentType(ContentType.JSON).body(update("no precondition"))
                .when().put("/api/v1/peer-challenges/" + id)
                .then().statusCode(428).contentType("application/problem+json")
                .body("title", equalTo("Precondition Required"));
        as("staff").when().delete("/api/v1/peer-challenges/" + id).then().statusCode(428);
        as("staff").contentType(ContentType.JSON).body(Map.of("to", "scoped"))
                .when().post("/api/v1/peer-challenges/" + id + "/transitions").then().statusCode(428);
        as("staff").when().get("/api/v1/peer-challenges/" + id).then().statusCode(200)
                .header("ETag", "\"0\"").body("$", not(hasKey("notes")));
    }

    @Test
    void shouldRefuseAStaleETagWith412AndKeepTheOtherPersonsChange() {
        long id = create("staff");
        String path = "/api/v1/peer-challenges/" + id;
        as("admin").contentType(ContentType.JSON).header("If-Match", "\"0\"").body(update("admin was first"))
                .when().put(path).then().statusCode(200).header("ETag", "\"1\"");
        as("staff").contentType(ContentType.JSON).header("If-Match", "\"0\"").body(update("staff is late"))
                .when().put(path).then().statusCode(412).contentType("application/problem+json")
                .body("detail", containsString("\"1\""));
        as("staff").header("If-Match", "\"0\"").when().delete(path).then().statusCode(412);
        as("staff").when().get(path).then().body("notes", equalTo("admin was first")).header("ETag", "\"1\"");
    }

    @Test
    void shouldLetExactlyOneOfTwoConcurrentUpdatesWin() throws Exception {
        long id = create("staff");
        String token = KeycloakTokens.user("staff");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (String notes : List.of("first writer", "second writer")) {
                results.add(pool.submit(() -> {
                    start.await();
                    return given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                            .body(update(notes)).when().put("/api/v1/peer-challenges/" + id).statusCode();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> result : results) {
                statuses.add(result.get());
            }
            statuses.sort(null);
            assertEquals(List.of(200, 412), statuses);
        } finally {
            pool.shutdownNow();
        }
        as("staff").when().get("/api/v1/peer-challenges/" + id).then().header("ETag", "\"1\"");
    }

    @Test
    void shouldAuditEveryChangeWithTheTokensUserAndKeepHistoryAfterDelete() {
        long id = create("staff");
        String path = "/api/v1/peer-challenges/" + id;
        as("admin").contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("to", "scoped"))
                .when().post(path + "/transitions").then().statusCode(200);

        as("admin").when().get(path + "/history")
                .then().statusCode(200)
                .body("", hasSize(2))
                .body("[0].actor", equalTo("staff"))
                .body("[0].action", equalTo("created"))
                .body("[0].version", equalTo(0))
                .body("[0].changes.find { it.field == 'council' }.to", equalTo(COUNCIL))
                .body("[1].actor", equalTo("admin"))
                .body("[1].action", equalTo("transition"))
                .body("[1].changes", hasSize(1))
                .body("[1].changes[0].field", equalTo("status"))
                .body("[1].changes[0].from", equalTo("requested"))
                .body("[1].changes[0].to", equalTo("scoped"));

        as("staff").header("If-Match", "\"1\"").when().delete(path).then().statusCode(204);
        as("staff").when().get(path).then().statusCode(404);
        as("staff").when().get(path + "/history")
                .then().statusCode(200)
                .body("", hasSize(3))
                .body("[2].action", equalTo("deleted"))
                .body("[2].actor", equalTo("staff"))
                .body("[2]", not(hasKey("version")))
                .body("[2].changes.find { it.field == 'status' }.from", equalTo("scoped"));
    }

    @Test
    void shouldLetAnalystsAndPartnersReadButNotWriteOrSeeHistory() {
        long id = create("staff");
        String path = "/api/v1/peer-challenges/" + id;
        given().auth().oauth2(KeycloakTokens.partner("solace")).when().get(path).then().statusCode(200);
        given().auth().oauth2(KeycloakTokens.partner("solace")).contentType(ContentType.JSON)
                .body(Map.of("type", "cpc", "council", COUNCIL)).when().post("/api/v1/peer-challenges")
                .then().statusCode(403);
        as("analyst").header("If-Match", "\"0\"").when().delete(path).then().statusCode(403);
        as("analyst").when().get(path + "/history").then().statusCode(403);
        as("staff").when().get(path).then().header("ETag", "\"0\"");
    }

    @Test
    void shouldAnswer404ForAnUnknownChallenge() {
        as("staff").when().get("/api/v1/peer-challenges/123456789").then().statusCode(404)
                .body("detail", equalTo("There is no peer challenge with id 123456789."));
        as("staff").when().get("/api/v1/peer-challenges/123456789/history").then().statusCode(404);
        as("staff").header("If-Match", "\"0\"").when().delete("/api/v1/peer-challenges/123456789").then().statusCode(404);
    }
}
