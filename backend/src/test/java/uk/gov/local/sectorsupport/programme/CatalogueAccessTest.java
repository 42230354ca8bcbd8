package uk.gov.local.sectorsupport.programme;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import uk.gov.local.sectorsupport.support.KeycloakTokens;

/**
 * Who may read and write the catalogue and its targets, with real Keycloak tokens: every role reads every
 * programme and deliverable (they are published in the annual report, not owned records); only LGA staff and
 * administrators write; partners' writes are 403 and change nothing.
 */
@QuarkusTest
class CatalogueAccessTest {

    private static RequestSpecification user(String name) {
        return given().auth().oauth2(KeycloakTokens.user(name));
    }

    private static RequestSpecification partner(String organisation) {
        return given().auth().oauth2(KeycloakTokens.partner(organisation));
    }

    @Test
    void staffShouldWriteAndEveryPartnerShouldReadEveryOrganisationsProgrammesAndTargets() {
        // A programme CfGS delivers, with a target: Solace and ADASS read it too (no record scope on the catalogue).
        Map<String, Object> body = ProgrammeFixtures.programmeBody(Map.of("deliveringOrganisation", "cfgs"));
        String id = (String) body.get("id");
        user("staff").contentType(ContentType.JSON).body(body).when().post("/api/v1/programmes")
                .then().statusCode(201);
        String metric = ProgrammeFixtures.metric(user("admin"));
        long deliverable = user("staff").contentType(ContentType.JSON)
                .body(ProgrammeFixtures.deliverableBody(id, Map.of("metricKey", metric)))
                .when().post("/api/v1/deliverables")
                .then().statusCode(201).extract().jsonPath().getLong("id");

        for (String organisation : new String[] { "solace", "adass" }) {
            partner(organisation).when().get("/api/v1/programmes/" + id)
                    .then().statusCode(200).header("ETag", "\"0\"").body("deliveringOrganisation.id", equalTo("cfgs"));
            partner(organisation).queryParam("size", 100).when().get("/api/v1/programmes")
                    .then().statusCode(200).body("items.deliveringOrganisation.id", hasItems("lga", "solace", "adass"));
            partner(organisation).queryParam("programme", id).when().get("/api/v1/deliverables")
                    .then().statusCode(200).body("items.id", contains((int) deliverable));
            partner(organisation).when().get("/api/v1/deliverables/" + deliverable)
                    .then().statusCode(200).body("metricKey", equalTo(metric));
        }
        user("analyst").queryParam("metricKey", metric).when().get("/api/v1/deliverables")
                .then().statusCode(200).body("totalItems", equalTo(1));

        user("staff").when().get("/api/v1/programmes/" + id + "/history")
                .then().statusCode(200).body("[0].actor", equalTo("staff"));
        user("staff").when().get("/api/v1/deliverables/" + deliverable + "/history")
                .then().statusCode(200).body("[0].actor", equalTo("staff"));
    }

    @Test
    void partnersAndAnalystsShouldNotWriteAndTheirAttemptsShouldChangeNothing() {
        Map<String, Object> update = ProgrammeFixtures.programmeBody(Map.of("name", "Renamed by a partner"));
        update.remove("id");
        for (String organisation : new String[] { "solace", "adass" }) {
            partner(organisation).contentType(ContentType.JSON).body(ProgrammeFixtures.programmeBody(Map.of()))
                    .when().post("/api/v1/programmes").then().statusCode(403);
            partner(organisation).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(update)
                    .when().put("/api/v1/programmes/springboard").then().statusCode(403);
            partner(organisation).header("If-Match", "\"0\"")
                    .when().delete("/api/v1/programmes/springboard").then().statusCode(403);
            partner(organisation).contentType(ContentType.JSON)
                    .body(ProgrammeFixtures.deliverableBody("springboard", Map.of()))
                    .when().post("/api/v1/deliverables").then().statusCode(403);
            partner(organisation).header("If-Match", "\"0\"")
                    .when().delete("/api/v1/deliverables/900001").then().statusCode(403);
            partner(organisation).when().get("/api/v1/deliverables/900001/history").then().statusCode(403);
        }
        user("analyst").contentType(ContentType.JSON).body(ProgrammeFixtures.deliverableBody("springboard", Map.of()))
                .when().post("/api/v1/deliverables").then().statusCode(403);
        user("analyst").when().get("/api/v1/programmes/springboard/history").then().statusCode(403);

        user("staff").when().get("/api/v1/programmes/springboard")
                .then().statusCode(200).header("ETag", "\"0\"").body("name", equalTo("Springboard"));
        user("staff").when().get("/api/v1/deliverables/900001").then().statusCode(200).header("ETag", "\"0\"");
        user("staff").queryParam("programme", "springboard").when().get("/api/v1/deliverables")
                .then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void anonymousCallersShouldGet401() {
        given().when().get("/api/v1/deliverables").then().statusCode(401);
        given().contentType(ContentType.JSON).body("{}").when().post("/api/v1/programmes").then().statusCode(401);
    }
}
