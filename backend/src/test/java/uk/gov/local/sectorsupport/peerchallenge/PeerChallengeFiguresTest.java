package uk.gov.local.sectorsupport.peerchallenge;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static uk.gov.local.sectorsupport.support.PeerChallengeFixtures.*;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

/** Derived figures on hand-built cases. Each test owns its councils. */
@QuarkusTest
@TestSecurity(user = "staff", roles = "staff")
class PeerChallengeFiguresTest {

    @Test
    void shouldMarkOnlyTheEarliestNonCancelledCpcAsTheFirst() {
        String hartlepool = "E06000001";
        long cancelled = challenge(Map.of("type", "cpc", "council", hartlepool, "status", "cancelled",
                "requestedDate", "2015-01-01"));
        long first = publishedCpc("cpc", hartlepool, "2017-11-06", "2017-11-09");
        long second = publishedCpc("cpc", hartlepool, "2022-11-07", "2022-11-10");
        long fpc = publishedCpc("fpc", hartlepool, "2016-03-01", "2016-03-03");
        given().when().get("/api/v1/peer-challenges/" + first).then().body("firstCpc", is(true));
        given().when().get("/api/v1/peer-challenges/" + second).then().body("firstCpc", is(false));
        given().when().get("/api/v1/peer-challenges/" + cancelled).then().body("firstCpc", is(false));
        given().when().get("/api/v1/peer-challenges/" + fpc).then().body("$", not(hasKey("firstCpc")));
    }

    @Test
    void shouldJudgePublicationWithinFiveMonthsOfTheOnSiteEnd() {
        String council = "E06000003";   // Redcar and Cleveland
        long inTime = publishedCpc("cpc", council, "2020-01-13", "2020-01-16");
        long late = challenge(Map.of("type", "cpc", "council", council, "status", "action-plan-published",
                "requestedDate", "2020-06-01", "onSiteStartDate", "2021-01-11", "onSiteEndDate", "2021-01-14",
                "reportPublishedDate", "2021-04-01", "actionPlanPublishedDate", "2021-06-15"));
        long overdue = challenge(Map.of("type", "cpc", "council", council, "status", "report-drafted",
                "requestedDate", "2021-06-01", "onSiteStartDate", "2022-01-10", "onSiteEndDate", "2022-01-13"));
        long pending = challenge(Map.of("type", "cpc", "council", council, "status", "scheduled",
                "requestedDate", "2030-06-01", "onSiteStartDate", "2031-01-13", "onSiteEndDate", "2031-01-16"));
        given().when().get("/api/v1/peer-challenges/" + inTime).then()
                .body("publicationDeadline", equalTo("2020-06-16")).body("publishedWithinFiveMonths", is(true));
        given().when().get("/api/v1/peer-challenges/" + late).then()
                .body("publicationDeadline", equalTo("2021-06-14")).body("publishedWithinFiveMonths", is(false));
        given().when().get("/api/v1/peer-challenges/" + overdue).then().body("publishedWithinFiveMonths", is(false));
        given().when().get("/api/v1/peer-challenges/" + pending).then()
                .body("publicationDeadline", equalTo("2031-06-16")).body("$", not(hasKey("publishedWithinFiveMonths")));
    }

    @Test
    void shouldShowACouncilsHistoryWithTheLastCpcOrFpcAndYearsSince() {
        String council = "E06000004";   // Stockton-on-Tees
        long cpc = publishedCpc("cpc", council, "2019-02-04", "2019-02-07");
        long fpc = publishedCpc("fpc", council, "2022-09-05", "2022-09-07");
        publishedCpc("gpc", council, "2023-05-02", "2023-05-04");   // a GPC is not a CPC or FPC
        challenge(Map.of("type", "fpc", "council", council, "status", "cancelled", "requestedDate", "2024-01-01",
                "onSiteStartDate", "2024-05-01", "onSiteEndDate", "2024-05-02"));
        given().when().get("/api/v1/councils/" + council + "/peer-challenges").then().statusCode(200)
                .body("council.name", equalTo("Stockton-on-Tees"))
                .body("lastCpcOrFpcDate", equalTo("2022-09-07"))
                .body("yearsSince", notNullValue())
                .body("peerChallenges", hasSize(4))
                .body("peerChallenges.id", hasItems((int) cpc, (int) fpc))
                .body("predecessors", empty());
        given().when().get("/api/v1/councils/E99999999/peer-challenges").then().statusCode(404);
    }

    @Test
    void shouldNotCountPredecessorsCpcsForACouncilCreatedByReorganisation() {
        String cumberland = "E06000063";
        long allerdale = publishedCpc("cpc", "E07000026", "2022-03-07", "2022-03-10");
        long carlisle = publishedCpc("fpc", "E07000028", "2021-10-04", "2021-10-06");

        given().when().get("/api/v1/councils/" + cumberland + "/peer-challenges").then().statusCode(200)
                .body("$", not(hasKey("lastCpcOrFpcDate")))
                .body("peerChallenges", empty())
                .body("predecessors.council.name", contains("Allerdale", "Carlisle", "Copeland", "Cumbria"))
                .body("predecessors[0].lastCpcOrFpcDate", equalTo("2022-03-10"))
                .body("predecessors[0].peerChallenges[0].id", equalTo((int) allerdale))
                .body("predecessors[1].peerChallenges[0].id", equalTo((int) carlisle));

        given().queryParam("asOf", "2024-01-01").queryParam("region", "north-west")
                .when().get("/api/v1/peer-challenges/coverage").then().statusCode(200)
                .body("notCoveredCouncils.council.gssCode", hasItem(cumberland))
                .body("notCoveredCouncils.council.gssCode", not(hasItem("E07000026")));   // abolished: not in scope
        given().queryParam("asOf", "2022-06-01").queryParam("region", "north-west")
                .when().get("/api/v1/peer-challenges/coverage").then().statusCode(200)
                .body("notCoveredCouncils.council.gssCode", not(hasItem("E07000026")))   // Allerdale, covered then
                .body("notCoveredCouncils.council.gssCode", not(hasItem(cumberland)));   // did not exist yet
    }

    @Test
    void shouldListPrincipalCouncilsWithoutACpcOrFpcInTheFiveYearsBeforeTheDate() {
        String middlesbrough = "E06000002";
        publishedCpc("fpc", middlesbrough, "2020-05-11", "2020-05-13");
        given().queryParam("asOf", "2025-05-13").queryParam("region", "north-east").queryParam("type", "unitary")
                .when().get("/api/v1/peer-challenges/coverage").then().statusCode(200)
                .body("asOf", equalTo("2025-05-13"))
                .body("windowStart", equalTo("2020-05-13"))
                .body("region", equalTo("north-east"))
                .body("type", equalTo("unitary"))
                .body("notCoveredCouncils.council.gssCode", not(hasItem(middlesbrough)))
                .body("notCoveredCouncils.type", everyItem(equalTo("unitary")));
        given().queryParam("asOf", "2025-05-14").queryParam("region", "north-east")
                .when().get("/api/v1/peer-challenges/coverage").then().statusCode(200)
                .body("notCoveredCouncils.find { it.council.gssCode == '" + middlesbrough + "' }.lastCpcOrFpcDate",
                        equalTo("2020-05-13"))
                .body("notCoveredCouncils.find { it.council.gssCode == '" + middlesbrough + "' }.yearsSince",
                        equalTo(5.0f))
                .body("notCoveredCouncils.council.gssCode", not(hasItem("E47000010")));   // combined authority
    }

    @Test
    void shouldCountAllCurrentPrincipalCouncilsAndAddUp() {
        given().queryParam("asOf", "2010-01-01").when().get("/api/v1/peer-challenges/coverage").then()
                .statusCode(200);
        var coverage = given().queryParam("asOf", "2025-06-30").when().get("/api/v1/peer-challenges/coverage")
                .then().statusCode(200).extract().jsonPath();
        org.junit.jupiter.api.Assertions.assertEquals(317, coverage.getInt("councils"));
        org.junit.jupiter.api.Assertions.assertEquals(317, coverage.getInt("covered") + coverage.getInt("notCovered"));
        org.junit.jupiter.api.Assertions.assertEquals(coverage.getInt("notCovered"),
                coverage.getList("notCoveredCouncils").size());
        given().queryParam("asOf", "30/06/2025").when().get("/api/v1/peer-challenges/coverage").then()
                .statusCode(400).body("errors[0].field", equalTo("asOf"));
    }
}
