package uk.gov.local.sectorsupport.peerchallenge;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;
import static uk.gov.local.sectorsupport.support.PeerChallengeFixtures.*;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;

/** Every council's last CPC or FPC (the coverage map's data), on hand-built cases. Each test owns its councils. */
@QuarkusTest
@TestSecurity(user = "staff", roles = "staff")
class CoverageByCouncilTest {

    private static final String PATH = "/api/v1/peer-challenges/coverage/councils";

    private static JsonPath coverage(String asOf, String region) {
        return given().queryParam("asOf", asOf).queryParam("region", region)
                .when().get(PATH).then().statusCode(200).extract().jsonPath();
    }

    private static String row(String gssCode) {
        return "councils.find { it.council.gssCode == '" + gssCode + "' }";
    }

    @Test
    void shouldListEveryCurrentEnglishCouncilOnceByName() {
        JsonPath all = given().queryParam("asOf", "2025-06-30").when().get(PATH).then().statusCode(200)
                .body("asOf", equalTo("2025-06-30"))
                .body("windowStart", equalTo("2020-06-30"))
                .body("$", not(hasKey("region")))
                .extract().jsonPath();
        List<String> codes = all.getList("councils.council.gssCode");
        List<String> types = all.getList("councils.type");
        assertEquals(codes.size(), Set.copyOf(codes).size(), "each council once");
        assertEquals(317, types.stream().filter(type -> !type.endsWith("authority")).count(), "the principal councils");
        assertTrue(codes.contains("E47000001"), "Greater Manchester, a combined authority");
        assertTrue(codes.contains("E10000032"), "West Sussex, a county");
        assertFalse(codes.contains("E07000026"), "Allerdale, abolished in 2023");
        List<String> names = all.getList("councils.council.name");
        assertEquals(names.stream().sorted().toList(), names, "by name");

        given().queryParam("asOf", "2022-06-30").queryParam("region", "north-west").queryParam("type", "district")
                .when().get(PATH).then().statusCode(200)
                .body("region", equalTo("north-west")).body("type", equalTo("district"))
                .body("councils.type", everyItem(equalTo("district")))
                .body("councils.region", everyItem(equalTo("north-west")))
                .body("councils.council.gssCode", hasItem("E07000026"))      // Allerdale, then
                .body("councils.council.gssCode", not(hasItem("E06000063")));   // Cumberland did not exist yet
    }

    @Test
    void shouldGiveTheLatestCpcOrFpcToTheDateWithItsTypeAndTheYearsSince() {
        String hastings = "E07000062";
        publishedCpc("cpc", hastings, "2019-06-10", "2019-06-13");
        long fpc = publishedCpc("fpc", hastings, "2023-01-16", "2023-01-18");
        publishedCpc("gpc", hastings, "2024-02-05", "2024-02-07");   // a GPC is not a CPC or FPC
        challenge(Map.of("type", "cpc", "council", hastings, "status", "cancelled", "requestedDate", "2024-01-01",
                "onSiteStartDate", "2024-06-03", "onSiteEndDate", "2024-06-05"));
        long later = publishedCpc("cpc", hastings, "2025-03-03", "2025-03-06");   // after asOf
        String rother = "E07000064";   // nothing recorded

        JsonPath southEast = coverage("2025-01-18", "south-east");
        assertEquals("Hastings", southEast.getString(row(hastings) + ".council.name"));
        assertEquals("district", southEast.getString(row(hastings) + ".type"));
        assertEquals("south-east", southEast.getString(row(hastings) + ".region"));
        assertEquals("2023-01-18", southEast.getString(row(hastings) + ".lastCpcOrFpcDate"));
        assertEquals(2.0f, southEast.getFloat(row(hastings) + ".yearsSince"));
        assertEquals("fpc", southEast.getString(row(hastings) + ".lastType"));
        assertEquals(fpc, southEast.getLong(row(hastings) + ".lastPeerChallengeId"));
        assertNull(southEast.get(row(hastings) + ".predecessor"));
        Map<String, Object> none = southEast.getMap(row(rother));
        assertEquals(Set.of("council", "type", "region"), none.keySet(), "no date, years, type or id");

        JsonPath afterwards = coverage("2025-03-06", "south-east");
        assertEquals("2025-03-06", afterwards.getString(row(hastings) + ".lastCpcOrFpcDate"));
        assertEquals(0.0f, afterwards.getFloat(row(hastings) + ".yearsSince"));
        assertEquals("cpc", afterwards.getString(row(hastings) + ".lastType"));
        assertEquals(later, afterwards.getLong(row(hastings) + ".lastPeerChallengeId"));
    }

    @Test
    void shouldCountAPredecessorsLaterChallengeForACouncilCreatedByReorganisationAndSayWhose() {
        String northYorkshire = "E06000065";   // from the county and 7 districts, April 2023
        long harrogate = publishedCpc("cpc", "E07000165", "2021-11-08", "2021-11-11");
        publishedCpc("fpc", "E07000168", "2020-02-03", "2020-02-05");   // Scarborough, earlier

        JsonPath before = coverage("2024-11-11", "yorkshire-and-the-humber");
        assertEquals("2021-11-11", before.getString(row(northYorkshire) + ".lastCpcOrFpcDate"));
        assertEquals(3.0f, before.getFloat(row(northYorkshire) + ".yearsSince"));
        assertEquals(harrogate, before.getLong(row(northYorkshire) + ".lastPeerChallengeId"));
        assertEquals("E07000165", before.getString(row(northYorkshire) + ".predecessor.gssCode"));
        assertEquals("Harrogate", before.getString(row(northYorkshire) + ".predecessor.name"));
        assertEquals("2023-03-31", before.getString(row(northYorkshire) + ".predecessor.endDate"));

        long own = publishedCpc("cpc", northYorkshire, "2025-01-13", "2025-01-16");
        JsonPath after = coverage("2025-02-01", "yorkshire-and-the-humber");
        assertEquals("2025-01-16", after.getString(row(northYorkshire) + ".lastCpcOrFpcDate"));
        assertEquals(own, after.getLong(row(northYorkshire) + ".lastPeerChallengeId"));
        assertNull(after.get(row(northYorkshire) + ".predecessor"), "its own, so no predecessor");

        // The coverage figures still ask for its own: before it had one, it is not covered.
        given().queryParam("asOf", "2024-11-11").queryParam("region", "yorkshire-and-the-humber")
                .when().get("/api/v1/peer-challenges/coverage").then().statusCode(200)
                .body("notCoveredCouncils.council.gssCode", hasItem(northYorkshire));
    }

    @Test
    void shouldFollowSuccessiveReorganisations() {
        // Taunton Deane → Somerset West and Taunton (2019) → Somerset (2023).
        String somerset = "E06000066";
        long tauntonDeane = publishedCpc("cpc", "E07000190", "2018-05-14", "2018-05-17");
        JsonPath southWest = coverage("2023-05-17", "south-west");
        assertEquals("2018-05-17", southWest.getString(row(somerset) + ".lastCpcOrFpcDate"));
        assertEquals(5.0f, southWest.getFloat(row(somerset) + ".yearsSince"));
        assertEquals(tauntonDeane, southWest.getLong(row(somerset) + ".lastPeerChallengeId"));
        assertEquals("Taunton Deane", southWest.getString(row(somerset) + ".predecessor.name"));
    }

    @Test
    void shouldRefuseABadDateOrFilter() {
        given().queryParam("asOf", "30/06/2025").when().get(PATH).then().statusCode(400)
                .body("errors[0].field", equalTo("asOf"));
        given().queryParam("region", "wessex").when().get(PATH).then().statusCode(400)
                .body("errors[0].field", equalTo("region"));
    }
}
