package uk.gov.local.sectorsupport.cohort;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static uk.gov.local.sectorsupport.support.CohortFixtures.uniqueName;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import uk.gov.local.sectorsupport.support.KeycloakTokens;

/** Role rules and partner scope, with real Keycloak tokens: staff users and the Solace and ADASS partner clients. */
@QuarkusTest
class CohortAccessTest {

    private static RequestSpecification user(String name) {
        return given().auth().oauth2(KeycloakTokens.user(name));
    }

    private static RequestSpecification partner(String organisation) {
        return given().auth().oauth2(KeycloakTokens.partner(organisation));
    }

    private static long cohort(String programme, String name) {
        return user("staff").contentType(ContentType.JSON)
                .body(Map.of("programme", programme, "name", name, "startDate", "2043-09-01"))
                .when().post("/api/v1/cohorts").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static long enrolment(long cohort, Map<String, Object> fields) {
        return user("staff").contentType(ContentType.JSON).body(fields)
                .when().post("/api/v1/cohorts/" + cohort + "/enrolments")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    @Test
    void partnersShouldSeeOnlyTheirOwnOrganisationsCohortsAndEnrolments() {
        String prefix = uniqueName("Scoped");
        long solace = cohort("springboard", prefix + " Springboard");        // delivered by Solace
        long adass = cohort("partners-in-care-and-health", prefix + " PCH"); // delivered by ADASS
        long lga = cohort("ngdp", prefix + " NGDP");                         // delivered by the LGA
        long solaceOwn = enrolment(solace, Map.of("council", "E06000047", "participantRole", "officer"));
        // An enrolment belongs to its cohort's organisation: `organisation` is not a field of the body.
        long alsoSolace = enrolment(solace, Map.of("council", "E09000033", "participantRole", "officer",
                "organisation", "lga"));
        long onLga = enrolment(lga, Map.of("council", "E06000047", "participantRole", "officer"));

        partner("solace").queryParam("q", prefix).when().get("/api/v1/cohorts").then().statusCode(200)
                .body("items.id", contains((int) solace))
                .body("items[0].participants", equalTo(2));
        partner("adass").queryParam("q", prefix).when().get("/api/v1/cohorts").then().statusCode(200)
                .body("items.id", contains((int) adass));
        partner("adass").queryParam("organisation", "solace").when().get("/api/v1/cohorts").then().statusCode(200)
                .body("totalItems", equalTo(0));
        user("analyst").queryParam("q", prefix).when().get("/api/v1/cohorts").then().statusCode(200)
                .body("items.id", containsInAnyOrder((int) solace, (int) adass, (int) lga));

        partner("solace").when().get("/api/v1/cohorts/" + solace).then().statusCode(200).header("ETag", "\"0\"");
        partner("solace").when().get("/api/v1/cohorts/" + solace + "/councils").then().statusCode(200)
                .body("council.gssCode", contains("E06000047", "E09000033"));
        partner("solace").when().get("/api/v1/cohorts/" + solace + "/diversity").then().statusCode(200)
                .body("participants", equalTo(2));
        partner("solace").when().get("/api/v1/cohorts/" + solace + "/enrolments").then().statusCode(200)
                .body("items.id", contains((int) solaceOwn, (int) alsoSolace));
        partner("solace").when().get("/api/v1/cohorts/" + solace + "/enrolments/" + solaceOwn).then().statusCode(200);
        partner("solace").when().get("/api/v1/cohorts/" + solace + "/enrolments/" + alsoSolace).then().statusCode(200)
                .body("organisation.id", equalTo("solace"));

        for (String path : new String[] { "", "/councils", "/diversity", "/enrolments", "/enrolments/" + onLga }) {
            partner("solace").when().get("/api/v1/cohorts/" + lga + path).then().statusCode(404)
                    .contentType("application/problem+json");
        }
        partner("adass").when().get("/api/v1/cohorts/" + solace).then().statusCode(404)
                .body("detail", equalTo("There is no cohort with id " + solace + "."));
        partner("adass").when().get("/api/v1/cohorts/900001/enrolments/900001").then().statusCode(404);
        partner("solace").when().get("/api/v1/cohorts/900001/enrolments/900001").then().statusCode(200)
                .body("participantKey", equalTo("par-matrixfixture"));
    }

    @Test
    void enrolmentsShouldMoveWithTheirCohortToAnotherOrganisation() {
        String name = uniqueName("Moving");
        String externalId = uniqueName("SB").replace(' ', '-');
        long cohort = cohort("springboard", name);                            // delivered by Solace
        long first = enrolment(cohort, Map.of("council", "E06000047", "participantRole", "officer",
                "externalId", externalId));
        long second = enrolment(cohort, Map.of("council", "E09000033", "participantRole", "officer"));
        String path = "/api/v1/cohorts/" + cohort;
        partner("adass").when().get(path).then().statusCode(404);

        user("staff").contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("programme", "springboard", "name", name, "startDate", "2043-09-01", "organisation", "adass"))
                .when().put(path).then().statusCode(200).body("organisation.id", equalTo("adass"));

        partner("adass").when().get(path).then().statusCode(200).body("participants", equalTo(2));
        partner("adass").when().get(path + "/enrolments").then().statusCode(200)
                .body("items.id", contains((int) first, (int) second))
                .body("items.organisation.id", everyItem(equalTo("adass")));
        partner("solace").when().get(path + "/enrolments/" + first).then().statusCode(404);
        user("staff").when().get(path + "/enrolments/" + first).then().statusCode(200).header("ETag", "\"1\"")
                .body("externalId", equalTo(externalId));
        user("staff").when().get(path + "/enrolments/" + first + "/history").then().statusCode(200)
                .body("action", contains("created", "updated"))
                .body("[1].changes.find { it.field == 'organisation' }.from", equalTo("solace"))
                .body("[1].changes.find { it.field == 'organisation' }.to", equalTo("adass"));
    }

    @Test
    void aCohortShouldNotMoveWhereAnEnrolmentsExternalIdIsTaken() {
        String externalId = uniqueName("PCH").replace(' ', '-');
        long adass = cohort("partners-in-care-and-health", uniqueName("Taken"));   // delivered by ADASS
        enrolment(adass, Map.of("council", "E06000047", "participantRole", "officer", "externalId", externalId));
        String name = uniqueName("Staying");
        long solace = cohort("springboard", name);
        long enrolment = enrolment(solace, Map.of("council", "E06000047", "participantRole", "officer",
                "externalId", externalId));

        user("staff").contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("programme", "springboard", "name", name, "startDate", "2043-09-01", "organisation", "adass"))
                .when().put("/api/v1/cohorts/" + solace).then().statusCode(409)
                .body("errors[0].field", equalTo("organisation"));

        user("staff").when().get("/api/v1/cohorts/" + solace).then().header("ETag", "\"0\"")
                .body("organisation.id", equalTo("solace"));
        user("staff").when().get("/api/v1/cohorts/" + solace + "/enrolments/" + enrolment).then()
                .header("ETag", "\"0\"").body("organisation.id", equalTo("solace"));
    }

    @Test
    void onlyStaffAndAdminsShouldWriteOrSeeHistory() {
        long id = cohort("springboard", uniqueName("Roles"));
        long enrolment = enrolment(id, Map.of("council", "E06000047", "participantRole", "officer"));
        String path = "/api/v1/cohorts/" + id;
        Map<String, Object> body = Map.of("programme", "springboard", "name", uniqueName("Partner"),
                "startDate", "2043-09-01");

        partner("solace").contentType(ContentType.JSON).body(body).when().post("/api/v1/cohorts").then().statusCode(403);
        partner("solace").contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body).when().put(path)
                .then().statusCode(403);
        partner("solace").contentType(ContentType.JSON)
                .body(Map.of("council", "E06000047", "participantRole", "officer"))
                .when().post(path + "/enrolments").then().statusCode(403);
        user("analyst").header("If-Match", "\"0\"").when().delete(path).then().statusCode(403);
        user("analyst").header("If-Match", "\"0\"").when().delete(path + "/enrolments/" + enrolment)
                .then().statusCode(403);
        user("analyst").when().get(path + "/history").then().statusCode(403);
        partner("solace").when().get(path + "/enrolments/" + enrolment + "/history").then().statusCode(403);
        given().when().get(path).then().statusCode(401);

        user("analyst").when().get(path).then().statusCode(200);
        user("admin").when().get(path + "/history").then().statusCode(200)
                .body("[0].actor", equalTo("staff"));
        user("admin").when().get(path + "/enrolments/" + enrolment + "/history").then().statusCode(200)
                .body("[0].actor", equalTo("staff"));
        user("admin").header("If-Match", "\"0\"").when().delete(path).then().statusCode(204);
        user("staff").when().get(path + "/history").then().body("action", contains("created", "deleted"))
                .body("[1].actor", equalTo("admin"));
    }
}
