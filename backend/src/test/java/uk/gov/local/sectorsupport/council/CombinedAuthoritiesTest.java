package uk.gov.local.sectorsupport.council;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

/**
 * The combined authorities as corrected by V21 (sources in db/reference/README.md), read through the councils API:
 * the North East Mayoral Combined Authority and the two it replaced, the 2025 combined county authorities and the
 * corrected dates and name.
 */
@QuarkusTest
@TestSecurity(user = "staff", roles = "staff")
class CombinedAuthoritiesTest {

    private static final String NORTH_EAST_MCA = "E47000014";
    private static final String NORTH_EAST_CA = "E47000010";
    private static final String NORTH_OF_TYNE = "E47000011";

    private static final List<String> NORTH_EAST_MEMBERS = List.of(
            "E06000047", "E08000037", "E08000023", "E08000024", // Durham, Gateshead, South Tyneside, Sunderland
            "E06000057", "E08000021", "E08000022");             // Northumberland, Newcastle, North Tyneside

    @Test
    void shouldHoldTheNorthEastMayoralCombinedAuthorityInPlaceOfTheTwoItReplaced() {
        given().when().get("/api/v1/councils/" + NORTH_EAST_MCA).then().statusCode(200)
                .body("name", equalTo("North East MCA"))
                .body("officialName", equalTo("North East Mayoral Combined Authority"))
                .body("type", equalTo("combined-authority"))
                .body("region", equalTo("north-east"))
                .body("startDate", equalTo("2024-05-07"))
                .body("current", is(true))
                .body("predecessors.gssCode", containsInAnyOrder(NORTH_EAST_CA, NORTH_OF_TYNE))
                .body("predecessors.endDate", everyItem(equalTo("2024-05-06")))
                .body("successors", empty());
        for (String predecessor : List.of(NORTH_EAST_CA, NORTH_OF_TYNE)) {
            given().when().get("/api/v1/councils/" + predecessor).then().statusCode(200)
                    .body("endDate", equalTo("2024-05-06"))
                    .body("current", is(false))
                    .body("successors.gssCode", contains(NORTH_EAST_MCA));
        }
    }

    @Test
    void shouldMakeTheSevenNorthEastCouncilsMembersOfTheNewAuthority() {
        for (String member : NORTH_EAST_MEMBERS) {
            given().when().get("/api/v1/councils/" + member).then().statusCode(200)
                    .body("combinedAuthority.gssCode", equalTo(NORTH_EAST_MCA))
                    .body("combinedAuthority.name", equalTo("North East MCA"));
        }
        // A Tees Valley council is not one of them.
        given().when().get("/api/v1/councils/E06000001").then().statusCode(200)
                .body("combinedAuthority.name", equalTo("Tees Valley"));
    }

    @Test
    void shouldHoldThe2025CombinedCountyAuthoritiesWithTheirMembers() {
        given().when().get("/api/v1/councils/E47000015").then().statusCode(200)
                .body("name", equalTo("Devon and Torbay CCA"))
                .body("startDate", equalTo("2025-02-05"))
                .body("region", equalTo("south-west"));
        given().when().get("/api/v1/councils/E47000018").then().statusCode(200)
                .body("name", equalTo("Lancashire CCA"))
                .body("startDate", equalTo("2025-02-05"))
                .body("region", equalTo("north-west"));
        for (String devonOrTorbay : List.of("E10000008", "E06000027")) {
            given().when().get("/api/v1/councils/" + devonOrTorbay).then()
                    .body("combinedAuthority.gssCode", equalTo("E47000015"));
        }
        for (String lancashire : List.of("E10000017", "E06000009", "E06000008")) {
            given().when().get("/api/v1/councils/" + lancashire).then()
                    .body("combinedAuthority.gssCode", equalTo("E47000018"));
        }
        // Plymouth is not a member of the Devon and Torbay authority.
        given().when().get("/api/v1/councils/E06000026").then().body("combinedAuthority", nullValue());
    }

    @Test
    void shouldCorrectTheStaleDatesAndName() {
        given().when().get("/api/v1/councils/E47000016").then()
                .body("name", equalTo("Hull and East Yorkshire"))
                .body("officialName", equalTo("Hull and East Yorkshire Combined Authority"))
                .body("startDate", equalTo("2025-02-05"));
        given().when().get("/api/v1/councils/E47000017").then().body("startDate", equalTo("2025-02-05"));
        given().when().get("/api/v1/councils/E47000013").then().body("startDate", equalTo("2024-02-28"));
        given().queryParam("type", "combined-authority").queryParam("size", 50).when().get("/api/v1/councils")
                .then().statusCode(200)
                .body("totalItems", equalTo(15))
                .body("items.gssCode", hasItems(NORTH_EAST_MCA, "E47000015", "E47000018"))
                .body("items.gssCode", not(hasItems(NORTH_EAST_CA)))
                .body("items.gssCode", not(hasItems(NORTH_OF_TYNE)));
    }
}
