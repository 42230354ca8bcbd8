package uk.gov.local.sectorsupport.organisation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

@QuarkusTest
@TestSecurity(user = "analyst", roles = "analyst")
class OrganisationResourceTest {

    @Test
    void shouldListTheLgaAndItsPartnersByName() {
        given().when().get("/api/v1/organisations")
                .then().statusCode(200)
                .header("X-Total-Count", "7")
                .body("items.id", contains("adass", "cfgs", "lga", "leadership-centre", "local-partnerships",
                        "pas", "solace"))
                .body("items.find { it.id == 'lga' }.role", equalTo("lga"))
                .body("items.findAll { it.role == 'partner' }", hasSize(6));
    }

    @Test
    void shouldShowOneOrganisation() {
        given().when().get("/api/v1/organisations/solace")
                .then().statusCode(200)
                .body("name", equalTo("Solace"))
                .body("fullName", equalTo("Society of Local Authority Chief Executives and Senior Managers"))
                .body("role", equalTo("partner"));
    }

    @Test
    void shouldAnswer404ForAnUnknownOrganisation() {
        given().when().get("/api/v1/organisations/acme")
                .then().statusCode(404).contentType("application/problem+json");
    }
}
