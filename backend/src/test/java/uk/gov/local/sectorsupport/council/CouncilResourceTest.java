package uk.gov.local.sectorsupport.council;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

@QuarkusTest
@TestSecurity(user = "staff", roles = "staff")
class CouncilResourceTest {

    @Test
    void shouldListCurrentCouncilsByNameByDefault() {
        given().when().get("/api/v1/councils")
                .then().statusCode(200)
                .header("X-Total-Count", "333")
                .body("totalItems", equalTo(333))
                .body("page", equalTo(1))
                .body("size", equalTo(25))
                .body("totalPages", equalTo(14))
                .body("items", hasSize(25))
                .body("items[0].name", equalTo("Adur"))
                .body("items[0].gssCode", equalTo("E07000223"))
                .body("items[0].type", equalTo("district"))
                .body("items[0].typeLabel", equalTo("District council"))
                .body("items[0].region", equalTo("south-east"))
                .body("items[0].regionLabel", equalTo("South East"))
                .body("items.current", everyItem(is(true)));
    }

    @Test
    void shouldFilterByRegion() {
        given().queryParam("region", "london").queryParam("size", 100)
                .when().get("/api/v1/councils")
                .then().statusCode(200)
                // 32 boroughs, the City of London and the GLA
                .body("totalItems", equalTo(34))
                .body("items.region", everyItem(equalTo("london")))
                .body("items.name", hasItems("City of London", "Greater London", "Westminster"));
    }

    @Test
    void shouldFilterByTypeAndRegionTogether() {
        given().queryParam("region", "north-west").queryParam("type", "unitary")
                .when().get("/api/v1/councils")
                .then().statusCode(200)
                .body("items.name", contains("Blackburn with Darwen", "Blackpool", "Cheshire East",
                        "Cheshire West and Chester", "Cumberland", "Halton", "Warrington", "Westmorland and Furness"));
    }

    @Test
    void shouldListEndedCouncilsWithTheirLastDay() {
        given().queryParam("status", "ended").queryParam("q", "Allerdale")
                .when().get("/api/v1/councils")
                .then().statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].gssCode", equalTo("E07000026"))
                .body("items[0].endDate", equalTo("2023-03-31"))
                .body("items[0].current", is(false));
        given().queryParam("status", "ended").when().get("/api/v1/councils")
                .then().statusCode(200).body("totalItems", equalTo(50));
        given().queryParam("status", "all").when().get("/api/v1/councils")
                .then().statusCode(200).body("totalItems", equalTo(383));
    }

    @Test
    void shouldSearchByNameCaseInsensitivelyAndByExactGssCode() {
        given().queryParam("q", "cumb").queryParam("status", "all")
                .when().get("/api/v1/councils")
                .then().statusCode(200)
                .body("items.name", contains("Cumberland", "Cumbria"));
        given().queryParam("q", "e06000047")
                .when().get("/api/v1/councils")
                .then().statusCode(200)
                .body("items.name", contains("County Durham"));
    }

    @Test
    void shouldTreatLikeWildcardsInTheSearchAsText() {
        given().queryParam("q", "%").when().get("/api/v1/councils")
                .then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void shouldPageWithStableOrderAndLinkHeaders() {
        given().queryParam("region", "london").queryParam("size", 10).queryParam("page", 2)
                .when().get("/api/v1/councils")
                .then().statusCode(200)
                .body("page", equalTo(2))
                .body("totalPages", equalTo(4))
                .body("items", hasSize(10))
                .header("Link", allOf(
                        containsString("</api/v1/councils?region=london&size=10&page=1>; rel=\"first\""),
                        containsString("page=1>; rel=\"prev\""),
                        containsString("page=3>; rel=\"next\""),
                        containsString("page=4>; rel=\"last\"")));
    }

    @Test
    void shouldSortDescendingWhenAsked() {
        given().queryParam("sort", "-name").queryParam("size", 2)
                .when().get("/api/v1/councils")
                .then().statusCode(200)
                .body("items.name", contains("York and North Yorkshire", "York"));
    }

    @Test
    void shouldRejectAnUnknownRegionNamingTheAllowedValues() {
        given().queryParam("region", "midlands")
                .when().get("/api/v1/councils")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("title", equalTo("Bad Request"))
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("region"))
                .body("errors[0].message", equalTo("must be one of: north-east, north-west, "
                        + "yorkshire-and-the-humber, east-midlands, west-midlands, east-of-england, london, "
                        + "south-east, south-west"));
    }

    @Test
    void shouldRejectUnknownTypeStatusNationAndSort() {
        given().queryParam("type", "parish").when().get("/api/v1/councils")
                .then().statusCode(400).body("errors[0].field", equalTo("type"))
                .body("errors[0].message", containsString("london-borough"));
        given().queryParam("status", "abolished").when().get("/api/v1/councils")
                .then().statusCode(400).body("errors[0].field", equalTo("status"))
                .body("errors[0].message", equalTo("must be one of: current, ended, all"));
        given().queryParam("nation", "England").when().get("/api/v1/councils")
                .then().statusCode(400).body("errors[0].field", equalTo("nation"));
        given().queryParam("sort", "population").when().get("/api/v1/councils")
                .then().statusCode(400).body("errors[0].field", equalTo("sort"));
    }

    @Test
    void shouldRejectPagesOutsideTheAllowedRange() {
        given().queryParam("page", 0).when().get("/api/v1/councils")
                .then().statusCode(400).body("errors[0].field", equalTo("page"));
        given().queryParam("size", 101).when().get("/api/v1/councils")
                .then().statusCode(400).body("errors[0].field", equalTo("size"))
                .body("errors[0].message", equalTo("must be between 1 and 100"));
        given().queryParam("page", "two").when().get("/api/v1/councils")
                .then().statusCode(400).contentType("application/problem+json");
        // An offset past what a database row number can hold is a 400, not an overflow into a 500.
        given().queryParam("page", 30000000).queryParam("size", 100).when().get("/api/v1/councils")
                .then().statusCode(400).body("errors[0].field", equalTo("page"));
    }

    @Test
    void shouldRejectAnOverlongSearch() {
        given().queryParam("q", "x".repeat(101)).when().get("/api/v1/councils")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("q"));
    }

    @Test
    void shouldShowACouncilCreatedByReorganisationWithItsPredecessors() {
        given().when().get("/api/v1/councils/E06000063")
                .then().statusCode(200)
                .body("name", equalTo("Cumberland"))
                .body("officialName", equalTo("Cumberland Council"))
                .body("localAuthorityCode", equalTo("CBD"))
                .body("startDate", equalTo("2023-04-01"))
                .body("current", is(true))
                .body("predecessors.name", contains("Allerdale", "Carlisle", "Copeland", "Cumbria"))
                .body("predecessors.endDate", everyItem(equalTo("2023-03-31")))
                .body("successors", empty());
    }

    @Test
    void shouldShowAnAbolishedCouncilWithItsSuccessors() {
        given().when().get("/api/v1/councils/E10000006")
                .then().statusCode(200)
                .body("name", equalTo("Cumbria"))
                .body("current", is(false))
                .body("successors.name", contains("Cumberland", "Westmorland and Furness"));
        given().when().get("/api/v1/councils/E06000065")
                .then().statusCode(200)
                .body("name", equalTo("North Yorkshire"))
                .body("predecessors", hasSize(8));
    }

    @Test
    void shouldLinkADistrictToItsCountyAndAMetropolitanDistrictToItsCombinedAuthority() {
        given().when().get("/api/v1/councils/E07000223")
                .then().statusCode(200)
                .body("county.gssCode", equalTo("E10000032"))
                .body("county.name", equalTo("West Sussex"))
                .body("combinedAuthority", nullValue());
        given().when().get("/api/v1/councils/E08000003")
                .then().statusCode(200)
                .body("type", equalTo("metropolitan-district"))
                .body("combinedAuthority.name", equalTo("Greater Manchester"));
    }

    @Test
    void shouldGiveARegionToFormerCouncilsTheSourceLeavesBlank() {
        given().when().get("/api/v1/councils/E07000190")
                .then().statusCode(200)
                .body("name", equalTo("Taunton Deane"))
                .body("region", equalTo("south-west"))
                .body("endDate", equalTo("2019-03-31"));
    }

    @Test
    void shouldAnswer404ForAnUnknownCode() {
        given().when().get("/api/v1/councils/E99999999")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", equalTo("There is no council with GSS code E99999999."))
                .body("instance", equalTo("/api/v1/councils/E99999999"));
    }
}
