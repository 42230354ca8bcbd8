package uk.gov.local.sectorsupport.programme;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

@QuarkusTest
@TestSecurity(user = "analyst", roles = "analyst")
class ProgrammeCatalogueTest {

    @Test
    void shouldSeedTheProgrammesTheAnnualReportsName() {
        given().queryParam("size", 100).when().get("/api/v1/programmes")
                .then().statusCode(200)
                .body("items.name", hasItems("Leadership Academy", "Leadership Essentials", "Next Generation",
                        "Focus on Leadership weekenders", "Boosting Middle Leaders", "Springboard", "AMPlify",
                        "Total Leadership", "Ignite", "National Graduate Development Programme (Impact)",
                        "NGDP Finance", "Pathways to Planning", "Be a Councillor", "Post-election support",
                        "Member mentoring", "Transformation Experts", "Civility in public life",
                        "Partners in Care and Health", "Cyber 360", "Sustainability masterclasses"));
    }

    @Test
    void shouldFilterByThemeOrganisationAndName() {
        given().queryParam("organisation", "solace").when().get("/api/v1/programmes")
                .then().statusCode(200)
                .body("items.id", containsInAnyOrder("amplify", "ignite", "springboard", "total-leadership"))
                .body("items.deliveringOrganisation.name", everyItem(equalTo("Solace")));
        given().queryParam("theme", "adult-social-care").when().get("/api/v1/programmes")
                .then().statusCode(200)
                .body("items.id", contains("partners-in-care-and-health"))
                .body("items[0].funderLabel", equalTo("DHSC"));
        given().queryParam("q", "NGDP").when().get("/api/v1/programmes")
                .then().statusCode(200).body("items.id", contains("ngdp-finance"));
    }

    @Test
    void shouldTellWhichProgrammesRanInAFinancialYear() {
        given().queryParam("financialYear", "2020-21").queryParam("size", 100).when().get("/api/v1/programmes")
                .then().statusCode(200)
                .body("items.id", hasItem("leadership-academy"))
                .body("items.id", not(hasItem("ngdp-finance")));
        given().when().get("/api/v1/programmes/leadership-academy")
                .then().statusCode(200).header("ETag", "\"0\"")
                .body("activeFrom", equalTo("2010-11"))
                .body("active", equalTo(true));
    }

    @Test
    void shouldRejectUnknownFilterValuesAndAnswer404ForAnUnknownProgramme() {
        given().queryParam("theme", "housing").when().get("/api/v1/programmes")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("theme"));
        given().queryParam("financialYear", "2020").when().get("/api/v1/programmes")
                .then().statusCode(400).body("errors[0].field", equalTo("financialYear"));
        given().when().get("/api/v1/programmes/no-such-programme")
                .then().statusCode(404).contentType("application/problem+json");
    }
}
