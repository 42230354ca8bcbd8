package uk.gov.local.sectorsupport.peer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static uk.gov.local.sectorsupport.support.PeerChallengeFixtures.peer;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

@QuarkusTest
@TestSecurity(user = "admin", roles = "admin")
class PeerResourceTest {

    private static final Map<String, Object> MEMBER = Map.of("kind", "member", "name", "Cllr Robin Example",
            "email", "robin@example.org", "politicalGroup", "green", "homeCouncil", "E06000047",
            "sex", "female", "ethnicGroup", "prefer-not-to-say");

    @Test
    void shouldCreateAPeerButNeverReturnDiversityData() {
        given().contentType(ContentType.JSON).body(MEMBER).when().post("/api/v1/peers")
                .then().statusCode(201)
                .header("ETag", "\"0\"")
                .body("name", equalTo("Cllr Robin Example"))
                .body("kindLabel", equalTo("Member peer"))
                .body("politicalGroup", equalTo("green"))
                .body("homeCouncil.gssCode", equalTo("E06000047"))
                .body("active", is(true))
                .body("accredited", is(false))
                .body("$", not(hasKey("sex")))
                .body("$", not(hasKey("ethnicGroup")));
    }

    @Test
    void shouldUpdateWithIfMatchKeepDiversityWhenAbsentAndAuditWithoutRevealingIt() {
        long id = given().contentType(ContentType.JSON).body(MEMBER).when().post("/api/v1/peers")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        Map<String, Object> update = new HashMap<>(MEMBER);
        update.remove("sex");
        update.remove("ethnicGroup");
        update.put("active", false);
        given().contentType(ContentType.JSON).body(update).when().put("/api/v1/peers/" + id).then().statusCode(428);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(update).when().put("/api/v1/peers/" + id)
                .then().statusCode(200).header("ETag", "\"1\"").body("active", is(false));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(update).when().put("/api/v1/peers/" + id)
                .then().statusCode(412);
        update.put("sex", "male");
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(update).when().put("/api/v1/peers/" + id)
                .then().statusCode(200);
        given().when().get("/api/v1/peers/" + id + "/history").then().statusCode(200)
                .body("action", contains("created", "updated", "updated"))
                .body("[0].actor", equalTo("admin"))
                .body("[0].changes.find { it.field == 'sex' }.to", equalTo("withheld"))
                .body("[1].changes.field", contains("active"))
                .body("[2].changes.field", contains("sex"))
                .body("[2].changes[0].from", equalTo("withheld"))
                .body("[2].changes[0].to", equalTo("withheld"));
    }

    @Test
    void shouldRejectInconsistentPeersFieldByField() {
        given().contentType(ContentType.JSON).body(Map.of("kind", "officer", "name", "Jo Officer",
                "politicalGroup", "labour", "homeCouncil", "E99999999"))
                .when().post("/api/v1/peers").then().statusCode(400)
                .body("errors.field", containsInAnyOrder("homeCouncil", "politicalGroup"));
        given().contentType(ContentType.JSON).body(Map.of("kind", "member", "name", "Cllr No Group",
                "homeCouncil", "E06000047", "sex", "unknown"))
                .when().post("/api/v1/peers").then().statusCode(400)
                .body("errors[0].field", equalTo("sex"))
                .body("errors[0].message", equalTo("must be one of: female, male, prefer-not-to-say"));
        given().contentType(ContentType.JSON).body(Map.of("kind", "member", "name", " ", "email", "not-an-email",
                "homeCouncil", "x")).when().post("/api/v1/peers").then().statusCode(400)
                .body("errors.field", containsInAnyOrder("name", "email", "homeCouncil"));
    }

    @Test
    void shouldFilterTheListAndDeleteOnlyPeersWhoNeverServed() {
        long peer = peer("officer", "E09000033", Map.of("name", "Zz Westminster Officer"));
        given().queryParam("council", "E09000033").queryParam("kind", "officer").when().get("/api/v1/peers")
                .then().statusCode(200).body("items.id", hasItem((int) peer))
                .body("items.homeCouncil.gssCode", everyItem(equalTo("E09000033")));
        given().queryParam("active", "maybe").when().get("/api/v1/peers").then().statusCode(400)
                .body("errors[0].field", equalTo("active"));
        given().header("If-Match", "\"0\"").when().delete("/api/v1/peers/" + peer).then().statusCode(204);
        given().when().get("/api/v1/peers/" + peer).then().statusCode(404);
        given().header("If-Match", "\"0\"").when().delete("/api/v1/peers/900001").then().statusCode(409);
    }

    @Test
    void shouldFilterByAccreditation() {
        Map<String, Object> untrained = new HashMap<>();
        untrained.put("accreditationDate", null);
        untrained.put("name", "Zz Rutland Untrained");
        long trained = peer("officer", "E06000017", Map.of("name", "Zz Rutland Trained"));
        long notTrained = peer("officer", "E06000017", untrained);
        given().queryParam("council", "E06000017").queryParam("accredited", "true").when().get("/api/v1/peers")
                .then().statusCode(200)
                .body("items.id", hasItem((int) trained))
                .body("items.id", not(hasItem((int) notTrained)))
                .body("items.accredited", everyItem(is(true)));
        given().queryParam("council", "E06000017").queryParam("accredited", "false").when().get("/api/v1/peers")
                .then().statusCode(200)
                .body("items.id", hasItem((int) notTrained))
                .body("items.id", not(hasItem((int) trained)))
                .body("items.accredited", everyItem(is(false)));
        given().queryParam("accredited", "yes").when().get("/api/v1/peers").then().statusCode(400)
                .body("errors[0].field", equalTo("accredited"));
    }

    @Test
    @TestSecurity(user = "analyst", roles = "analyst")
    void analystsShouldNotReachThePeerPool() {
        given().when().get("/api/v1/peers").then().statusCode(403);
    }
}
