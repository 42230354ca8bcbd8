package uk.gov.local.sectorsupport.engagement;

import static org.hamcrest.Matchers.*;
import static uk.gov.local.sectorsupport.support.KeycloakTokens.as;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import io.quarkus.test.junit.QuarkusTest;
import uk.gov.local.sectorsupport.support.KeycloakTokens;

/** Partner scope and audit with real Keycloak tokens: the staff user, and the Solace and ADASS partner clients. */
@QuarkusTest
class SupportEngagementPartnerScopeTest {

    private static final String PATH = "/api/v1/support-engagements";
    private static final String COUNCIL = "E06000004";   // Stockton-on-Tees: only this class records engagements here

    private static long createAsStaff(String programme, String startDate) {
        return as(KeycloakTokens.user("staff")).contentType(ContentType.JSON)
                .body(Map.of("council", COUNCIL, "programme", programme, "type", "mentoring", "startDate", startDate,
                        "leadAdviser", "Jo Adviser", "notes", "Staff only"))
                .when().post(PATH).then().statusCode(201).extract().jsonPath().getLong("id");
    }

    @Test
    void partnersShouldReadOnlyTheirOwnOrganisationsEngagementsWithoutNames() {
        long solace = createAsStaff("springboard", "2024-05-01");                  // delivered by Solace
        long adass = createAsStaff("partners-in-care-and-health", "2024-06-01");   // delivered by ADASS
        long lga = createAsStaff("mentoring", "2024-07-01");
        String solaceToken = KeycloakTokens.partner("solace");
        String adassToken = KeycloakTokens.partner("adass");

        as(solaceToken).queryParam("council", COUNCIL).when().get(PATH).then().statusCode(200)
                .header("X-Total-Count", "1")
                .body("items.id", contains((int) solace))
                .body("items[0]", not(hasKey("leadAdviser")))
                .body("items[0]", not(hasKey("notes")));
        // Asking for another organisation's records does not widen the scope.
        as(solaceToken).queryParam("organisation", "adass").when().get(PATH).then().statusCode(200)
                .body("totalItems", equalTo(0));
        as(solaceToken).when().get(PATH).then().body("items.organisation.id", everyItem(equalTo("solace")));
        as(solaceToken).when().get(PATH + "/" + solace).then().statusCode(200).header("ETag", "\"0\"");
        as(solaceToken).when().get(PATH + "/" + adass).then().statusCode(404)
                .body("detail", equalTo("There is no support engagement with id " + adass + "."));
        as(solaceToken).when().get(PATH + "/" + lga).then().statusCode(404);

        as(adassToken).queryParam("council", COUNCIL).when().get(PATH).then().body("items.id", contains((int) adass));
        as(adassToken).when().get(PATH + "/" + solace).then().statusCode(404);

        as(KeycloakTokens.user("analyst")).queryParam("council", COUNCIL).when().get(PATH).then()
                .body("items.id", contains((int) lga, (int) adass, (int) solace));
        as(KeycloakTokens.user("staff")).when().get(PATH + "/" + adass).then().statusCode(200)
                .body("leadAdviser", equalTo("Jo Adviser")).body("notes", equalTo("Staff only"));
    }

    @Test
    void partnersShouldNotWriteYet() {
        long solace = createAsStaff("springboard", "2024-08-01");
        String token = KeycloakTokens.partner("solace");
        as(token).contentType(ContentType.JSON)
                .body(Map.of("council", COUNCIL, "programme", "springboard", "type", "mentoring", "startDate", "2024-08-01"))
                .when().post(PATH).then().statusCode(403);
        as(token).header("If-Match", "\"0\"").when().delete(PATH + "/" + solace).then().statusCode(403);
        as(token).when().get(PATH + "/" + solace + "/history").then().statusCode(403);
    }

    @Test
    void shouldAuditWithTheTokensUserName() {
        long id = createAsStaff("mentoring", "2024-09-01");
        as(KeycloakTokens.user("admin")).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("council", COUNCIL, "programme", "mentoring", "type", "mentoring", "startDate", "2024-09-01",
                        "daysDelivered", 2))
                .when().put(PATH + "/" + id).then().statusCode(200)
                .body("$", not(hasKey("leadAdviser")));
        as(KeycloakTokens.user("staff")).when().get(PATH + "/" + id + "/history").then().statusCode(200)
                .body("actor", contains("staff", "admin"))
                .body("[1].changes.field", contains("daysDelivered", "leadAdviser", "notes"))
                .body("[1].changes.find { it.field == 'leadAdviser' }.from", equalTo("Jo Adviser"));
    }
}
