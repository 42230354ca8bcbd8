package uk.gov.local.sectorsupport.peerchallenge;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static uk.gov.local.sectorsupport.support.PeerChallengeFixtures.*;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

/** Teams: roles, days, totals, the one-peer-once rule, names for staff only, and peer suggestions. */
@QuarkusTest
@TestSecurity(user = "staff", roles = "staff")
class PeerChallengeTeamTest {

    private static final String COUNCIL = "E08000003";   // Manchester, in Greater Manchester: used only by this class

    private static long plannedCpc() {
        return challenge(Map.of("type", "cpc", "council", COUNCIL, "status", "scheduled", "requestedDate", "2031-01-05",
                "onSiteStartDate", "2031-05-12", "onSiteEndDate", "2031-05-15"));
    }

    private static io.restassured.response.ValidatableResponse add(long id, long peer, String role, double days) {
        return given().contentType(ContentType.JSON).body(Map.of("peerId", peer, "role", role, "days", days))
                .when().post("/api/v1/peer-challenges/" + id + "/team").then();
    }

    @Test
    void shouldBuildATeamAndComputeDaysAndSaving() {
        long id = plannedCpc();
        long lead = peer("member", "E06000047", Map.of("name", "Cllr Lead Example"));
        long officer = peer("officer", "E06000047");
        add(id, lead, "lead-member-peer", 4.5).statusCode(201)
                .header("ETag", "\"1\"")
                .body("name", equalTo("Cllr Lead Example"))
                .body("kind", equalTo("member"))
                .body("politicalGroup", equalTo("independent"))
                .body("homeCouncil.name", equalTo("County Durham"));
        add(id, officer, "officer-peer", 4).statusCode(201).header("ETag", "\"2\"");

        given().when().get("/api/v1/peer-challenges/" + id + "/team").then().statusCode(200)
                .header("ETag", "\"2\"")
                .body("members.peerId", contains((int) lead, (int) officer))
                .body("totalPeerDays", equalTo(8.5f))
                .body("estimatedSaving", equalTo(8500));
        given().when().get("/api/v1/peer-challenges/" + id).then()
                .body("teamSize", equalTo(2)).body("totalPeerDays", equalTo(8.5f)).body("estimatedSaving", equalTo(8500));

        given().contentType(ContentType.JSON).header("If-Match", "\"2\"").body(Map.of("role", "member-peer", "days", 5))
                .when().put("/api/v1/peer-challenges/" + id + "/team/" + lead)
                .then().statusCode(200).header("ETag", "\"3\"").body("role", equalTo("member-peer"));
        given().header("If-Match", "\"2\"").when().delete("/api/v1/peer-challenges/" + id + "/team/" + officer)
                .then().statusCode(412);
        given().when().delete("/api/v1/peer-challenges/" + id + "/team/" + officer).then().statusCode(428);
        given().header("If-Match", "\"3\"").when().delete("/api/v1/peer-challenges/" + id + "/team/" + officer)
                .then().statusCode(204).header("ETag", "\"4\"");

        given().when().get("/api/v1/peer-challenges/" + id + "/history").then()
                .body("action", contains("created", "team-member-added", "team-member-added", "team-member-changed",
                        "team-member-removed"))
                .body("[3].changes[0].field", equalTo("team." + lead))
                .body("[3].changes[0].from", equalTo("lead-member-peer, 4.5 days"))
                .body("[3].changes[0].to", equalTo("member-peer, 5 days"));
    }

    @Test
    void shouldNotPutAPeerOnTheTeamTwice() {
        long id = plannedCpc();
        long peer = peer("officer", "E06000047");
        add(id, peer, "officer-peer", 3).statusCode(201);
        add(id, peer, "shadow-peer", 1).statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("already on this team"));
        given().when().get("/api/v1/peer-challenges/" + id + "/team").then().body("members", hasSize(1));
    }

    @Test
    void shouldMatchTheRoleToTheKindOfPeerAndValidateDays() {
        long id = plannedCpc();
        long officer = peer("officer", "E06000047");
        add(id, officer, "lead-member-peer", 4).statusCode(400).body("errors[0].field", equalTo("role"));
        add(id, officer, "officer-peer", 101).statusCode(400).body("errors[0].field", equalTo("days"));
        add(id, 987654321L, "officer-peer", 1).statusCode(400).body("errors[0].field", equalTo("peerId"));
        given().contentType(ContentType.JSON).body("{}").when().post("/api/v1/peer-challenges/" + id + "/team")
                .then().statusCode(400).body("errors.field", containsInAnyOrder("peerId", "role", "days"));
        given().when().get("/api/v1/peer-challenges/" + id).then().header("ETag", "\"0\"");
    }

    @Test
    @TestSecurity(user = "analyst", roles = "analyst")
    void analystsShouldSeeTheTeamWithoutNames() {
        given().when().get("/api/v1/peer-challenges/900001/team").then().statusCode(200)
                .body("members[0].peerId", equalTo(900001))
                .body("members[0].kind", equalTo("member"))
                .body("members[0].role", equalTo("lead-member-peer"))
                .body("members[0].days", equalTo(4.0f))
                .body("members[0]", not(hasKey("name")))
                .body("members[0]", not(hasKey("politicalGroup")))
                .body("members[0]", not(hasKey("homeCouncil")));
        given().when().get("/api/v1/peers/900001").then().statusCode(403);
        given().when().get("/api/v1/peer-challenges/900001/peer-suggestions").then().statusCode(403);
    }

    @Test
    void shouldSuggestPeersAwayFromTheCouncilAndItsNeighboursLeastBusyFirst() {
        long id = plannedCpc();
        long busy = peer("member", "E06000047", Map.of("name", "Aaa Busy Member"));
        long free = peer("member", "E06000047", Map.of("name", "Aaa Free Member"));
        long sameCouncil = peer("member", COUNCIL, Map.of("name", "Aaa Manchester Member"));
        long neighbour = peer("member", "E08000001", Map.of("name", "Aaa Bolton Member"));   // Greater Manchester too
        long inactive = peer("member", "E06000047", Map.of("name", "Aaa Inactive Member", "active", false));
        long officer = peer("officer", "E06000047", Map.of("name", "Aaa Officer"));
        long other = challenge(Map.of("type", "fpc", "council", "E06000001", "status", "scheduled",
                "requestedDate", "2031-01-05", "onSiteStartDate", "2031-06-02", "onSiteEndDate", "2031-06-04"));
        add(other, busy, "lead-member-peer", 3).statusCode(201);

        given().queryParam("size", 100).when().get("/api/v1/peer-challenges/" + id + "/peer-suggestions")
                .then().statusCode(200)
                .body("financialYear", equalTo("2031-32"))
                .body("neededKind", equalTo("member"))
                .body("excludedCouncils.gssCode", hasItems(COUNCIL, "E08000001", "E08000002"))
                .body("items.peerId", hasItems((int) free, (int) busy, (int) officer))
                .body("items.peerId", not(hasItems((int) sameCouncil)))
                .body("items.peerId", not(hasItem((int) neighbour)))
                .body("items.peerId", not(hasItem((int) inactive)))
                .body("items.find { it.peerId == " + busy + " }.peerDaysThisFinancialYear", equalTo(3.0f))
                .body("items.find { it.peerId == " + free + " }.politicalGroup", equalTo("independent"))
                .body("items[0].kind", equalTo("member"))
                .body("items[0].peerDaysThisFinancialYear", equalTo(0.0f));
        java.util.List<Integer> order = given().queryParam("size", 100).queryParam("kind", "member")
                .when().get("/api/v1/peer-challenges/" + id + "/peer-suggestions")
                .then().statusCode(200).body("items.kind", everyItem(equalTo("member")))
                .extract().jsonPath().getList("items.peerId");
        org.junit.jupiter.api.Assertions.assertTrue(order.indexOf((int) free) < order.indexOf((int) busy),
                "a peer with fewer days this year comes first");
    }

    @Test
    void shouldLeaveOutTheCountyAndItsDistrictsForACountyChallenge() {
        long id = challenge(Map.of("type", "cpc", "council", "E10000032", "requestedDate", "2031-02-01"));
        long adur = peer("officer", "E07000223", Map.of("name", "Aaa Adur Officer"));
        given().queryParam("size", 100).when().get("/api/v1/peer-challenges/" + id + "/peer-suggestions")
                .then().statusCode(200)
                .body("excludedCouncils.name", hasItems("West Sussex", "Adur", "Worthing", "Crawley"))
                .body("items.peerId", not(hasItem((int) adur)));
    }
}
