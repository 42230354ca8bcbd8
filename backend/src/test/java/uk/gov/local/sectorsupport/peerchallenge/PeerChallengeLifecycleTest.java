package uk.gov.local.sectorsupport.peerchallenge;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static uk.gov.local.sectorsupport.support.PeerChallengeFixtures.*;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** The lifecycle and the field rules; every rejected request leaves the record as it was. */
@QuarkusTest
@TestSecurity(user = "staff", roles = "staff")
class PeerChallengeLifecycleTest {

    private static final String COUNCIL = "E07000142";   // West Lindsey: used only by this class

    @Test
    void shouldCreateARequestedChallengeWithAnETagAndLocation() {
        given().contentType(ContentType.JSON)
                .body(Map.of("type", "gpc", "council", COUNCIL, "requestedDate", "2026-01-05",
                        "focusAreas", java.util.List.of("governance-and-culture"), "peerChallengeManager", "Sam Patel"))
                .when().post("/api/v1/peer-challenges")
                .then().statusCode(201)
                .header("ETag", "\"0\"")
                .header("Location", matchesPattern(".*/api/v1/peer-challenges/\\d+"))
                .body("status", equalTo("requested"))
                .body("statusLabel", equalTo("Requested"))
                .body("allowedTransitions", contains("scoped", "cancelled"))
                .body("financialYear", equalTo("2025-26"))
                .body("council.name", equalTo("West Lindsey"))
                .body("region", equalTo("east-midlands"))
                .body("focusAreas", contains("governance-and-culture"))
                .body("peerChallengeManager", equalTo("Sam Patel"))
                .body("teamSize", equalTo(0))
                .body("$", not(hasKey("firstCpc")))
                .body("$", not(hasKey("reportPublishedDate")));
    }

    @Test
    void shouldWalkTheWholeLifecycleOneStepAtATime() {
        long id = challenge(Map.of("type", "cpc", "council", COUNCIL, "requestedDate", "2024-01-10",
                "onSiteStartDate", "2024-06-03", "onSiteEndDate", "2024-06-06"));
        String path = "/api/v1/peer-challenges/" + id;
        String[] steps = { "scoped", "scheduled", "on-site", "report-drafted" };
        for (int i = 0; i < steps.length; i++) {
            move(id, "\"" + i + "\"", Map.of("to", steps[i])).statusCode(200)
                    .header("ETag", "\"" + (i + 1) + "\"")
                    .body("status", equalTo(steps[i]));
        }
        move(id, "\"4\"", Map.of("to", "report-published", "date", "2024-08-01")).statusCode(200)
                .body("reportPublishedDate", equalTo("2024-08-01"))
                .body("allowedTransitions", contains("action-plan-published"));
        move(id, "\"5\"", Map.of("to", "action-plan-published", "date", "2024-10-01")).statusCode(200)
                .body("status", equalTo("action-plan-published"))
                .body("publicationDeadline", equalTo("2024-11-06"))
                .body("publishedWithinFiveMonths", is(true))
                .body("allowedTransitions", empty());
        given().when().get(path).then().statusCode(200).header("ETag", "\"6\"");
    }

    @Test
    void shouldRefuseAMoveTheLifecycleDoesNotAllowWith409AndChangeNothing() {
        long id = challenge(Map.of("type", "cpc", "council", COUNCIL, "requestedDate", "2025-01-10"));
        move(id, "\"0\"", Map.of("to", "report-published")).statusCode(409)
                .contentType("application/problem+json")
                .body("detail", equalTo("A peer challenge that is requested can move to scoped or cancelled, "
                        + "not to report-published."));
        move(id, "\"0\"", Map.of("to", "cancelled")).statusCode(200);
        move(id, "\"1\"", Map.of("to", "scoped")).statusCode(409)
                .body("detail", containsString("can move to no other status"));
        given().when().get("/api/v1/peer-challenges/" + id).then()
                .body("status", equalTo("cancelled")).header("ETag", "\"1\"");
    }

    @Test
    void shouldRefuseToScheduleWithoutOnSiteDatesListingTheFields() {
        long id = challenge(Map.of("type", "fpc", "council", COUNCIL, "requestedDate", "2025-02-01",
                "status", "scoped"));
        move(id, "\"0\"", Map.of("to", "scheduled")).statusCode(409)
                .body("errors.field", containsInAnyOrder("onSiteStartDate", "onSiteEndDate"))
                .body("errors[0].message", containsString("is required once the challenge is scheduled"));
        given().when().get("/api/v1/peer-challenges/" + id).then().body("status", equalTo("scoped"));
    }

    @Test
    void shouldNotPublishTheReportBeforeTheVisitEnds() {
        long id = challenge(Map.of("type", "cpc", "council", COUNCIL, "status", "report-drafted",
                "requestedDate", "2025-01-01", "onSiteStartDate", "2025-05-12", "onSiteEndDate", "2025-05-15"));
        move(id, "\"0\"", Map.of("to", "report-published", "date", "2025-05-14")).statusCode(409)
                .body("errors[0].field", equalTo("reportPublishedDate"))
                .body("errors[0].message", equalTo("cannot be before the on-site visit ends (2025-05-15)"));
        given().when().get("/api/v1/peer-challenges/" + id).then()
                .body("status", equalTo("report-drafted"))
                .body("$", not(hasKey("reportPublishedDate")));
    }

    @Test
    void shouldRejectDatesOutOfOrderWithOneErrorPerFieldAndWriteNothing() {
        long before = total();
        given().contentType(ContentType.JSON)
                .body(Map.of("type", "cpc", "council", COUNCIL, "status", "action-plan-published",
                        "requestedDate", "2025-03-01", "onSiteStartDate", "2025-02-10", "onSiteEndDate", "2025-02-01",
                        "reportPublishedDate", "2025-06-01", "actionPlanPublishedDate", "2025-05-01"))
                .when().post("/api/v1/peer-challenges")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("onSiteEndDate", "onSiteStartDate", "actionPlanPublishedDate"))
                .body("errors.find { it.field == 'onSiteEndDate' }.message", equalTo("must be on or after onSiteStartDate"));
        org.junit.jupiter.api.Assertions.assertEquals(before, total());
    }

    @Test
    void shouldRejectMissingAndUnknownFieldsByName() {
        given().contentType(ContentType.JSON).body("{}")
                .when().post("/api/v1/peer-challenges")
                .then().statusCode(400)
                .body("errors.field", containsInAnyOrder("type", "council"));
        given().contentType(ContentType.JSON).body(Map.of("type", "corporate", "council", COUNCIL))
                .when().post("/api/v1/peer-challenges")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("type"))
                .body("errors[0].message", startsWith("must be one of: cpc, fpc, gpc"));
        given().contentType(ContentType.JSON).body(Map.of("type", "cpc", "council", "E99999999"))
                .when().post("/api/v1/peer-challenges")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("council"));
    }

    @Test
    void shouldOnlyLetAProgressReviewFollowACpcOfTheSameCouncil() {
        long cpc = publishedCpc("cpc", COUNCIL, "2023-03-06", "2023-03-09");
        long fpc = publishedCpc("fpc", COUNCIL, "2023-09-04", "2023-09-06");
        long elsewhere = publishedCpc("cpc", "E07000141", "2023-03-06", "2023-03-09");
        Map<String, Object> review = Map.of("type", "cpc-progress-review", "council", COUNCIL,
                "requestedDate", "2023-10-01", "onSiteStartDate", "2024-02-01", "onSiteEndDate", "2024-02-01");

        postReview(review, null).statusCode(400).body("errors[0].field", equalTo("followsUpId"))
                .body("errors[0].message", startsWith("is required"));
        postReview(review, fpc).statusCode(400).body("errors[0].message", startsWith("must be a CPC"));
        postReview(review, elsewhere).statusCode(400).body("errors[0].message", startsWith("must be a CPC of the same council"));
        postReview(Map.of("type", "cpc-progress-review", "council", COUNCIL, "requestedDate", "2022-10-01",
                "onSiteStartDate", "2023-03-08", "onSiteEndDate", "2023-03-08"), cpc)
                .statusCode(400).body("errors[0].field", equalTo("onSiteStartDate"));
        postReview(review, cpc).statusCode(201).body("followsUpId", equalTo((int) cpc))
                .body("type", equalTo("cpc-progress-review"));

        given().contentType(ContentType.JSON)
                .body(Map.of("type", "cpc", "council", COUNCIL, "followsUpId", cpc))
                .when().post("/api/v1/peer-challenges")
                .then().statusCode(400)
                .body("errors[0].message", equalTo("only a CPC progress review follows up another peer challenge"));
        given().header("If-Match", etag("/api/v1/peer-challenges/" + cpc))
                .when().delete("/api/v1/peer-challenges/" + cpc)
                .then().statusCode(409).body("detail", containsString("followed up by 1 progress review"));
    }

    @Test
    void shouldFilterByFinancialYearUsingOnSiteStartOrElseTheRequestDate() {
        long held = challenge(Map.of("type", "communications", "council", COUNCIL, "status", "scheduled",
                "requestedDate", "2027-01-10", "onSiteStartDate", "2027-04-01", "onSiteEndDate", "2027-04-02"));
        long asked = challenge(Map.of("type", "communications", "council", COUNCIL, "requestedDate", "2028-03-31"));
        given().queryParam("financialYear", "2027-28").queryParam("type", "communications")
                .queryParam("council", COUNCIL)
                .when().get("/api/v1/peer-challenges")
                .then().statusCode(200)
                .body("items.id", contains((int) asked, (int) held))
                .header("X-Total-Count", "2");
        given().queryParam("financialYear", "2027-28").queryParam("region", "london").queryParam("type", "communications")
                .when().get("/api/v1/peer-challenges")
                .then().statusCode(200).body("items.id", not(hasItem((int) held)));
        given().queryParam("financialYear", "2027/28").when().get("/api/v1/peer-challenges")
                .then().statusCode(400).body("errors[0].field", equalTo("financialYear"));
        given().queryParam("status", "done").when().get("/api/v1/peer-challenges")
                .then().statusCode(400).body("errors[0].field", equalTo("status"));
    }

    private static ValidatableResponse postReview(Map<String, Object> body, Long followsUp) {
        Map<String, Object> withLink = new java.util.HashMap<>(body);
        if (followsUp != null) {
            withLink.put("followsUpId", followsUp);
        }
        return given().contentType(ContentType.JSON).body(withLink).when().post("/api/v1/peer-challenges").then();
    }

    static ValidatableResponse move(long id, String etag, Map<String, Object> body) {
        return given().contentType(ContentType.JSON).header("If-Match", etag).body(body)
                .when().post("/api/v1/peer-challenges/" + id + "/transitions").then();
    }

    private static long total() {
        return given().queryParam("council", COUNCIL).when().get("/api/v1/peer-challenges")
                .then().statusCode(200).extract().jsonPath().getLong("totalItems");
    }
}
