package uk.gov.local.sectorsupport.survey;

import static org.hamcrest.Matchers.*;
import static uk.gov.local.sectorsupport.survey.SurveyResponseResourceTest.body;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import uk.gov.local.sectorsupport.support.KeycloakTokens;

/** Who may read and write which survey responses, with real Keycloak tokens for people and partner clients. */
@QuarkusTest
class SurveyResponseAccessTest {

    private static final String PATH = "/api/v1/survey-responses";
    private static final LocalDate START = LocalDate.of(2024, 5, 1);

    private static RequestSpecification user(String name) {
        return KeycloakTokens.as(KeycloakTokens.user(name));
    }

    private static RequestSpecification partner(String organisation) {
        return KeycloakTokens.as(KeycloakTokens.partner(organisation));
    }

    private static long createAsStaff(Map<String, Object> body) {
        return user("staff").contentType(ContentType.JSON).body(body).when().post(PATH)
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    @Test
    void partnersShouldSeeOnlyTheirOwnOrganisationsResponses() {
        long solaceEvent = SurveySubjectFixtures.event("springboard", "Solace event", START);
        long adassEvent = SurveySubjectFixtures.event("partners-in-care-and-health", "ADASS event", START);
        long solaceResponse = createAsStaff(body("event", solaceEvent, Map.of("satisfaction", 5)));
        long adassResponse = createAsStaff(body("event", adassEvent, Map.of("satisfaction", 1)));
        // A response belongs to its subject's organisation: `organisation` is not a field of the body.
        long alsoSolace = createAsStaff(body("event", solaceEvent, Map.of("organisation", "adass")));

        partner("solace").queryParam("event", solaceEvent).when().get(PATH).then().statusCode(200)
                .header("X-Total-Count", "2").body("items.id", containsInAnyOrder((int) solaceResponse, (int) alsoSolace));
        partner("solace").queryParam("event", adassEvent).when().get(PATH).then().statusCode(200)
                .header("X-Total-Count", "0");
        partner("solace").when().get(PATH).then().statusCode(200)
                .body("items.organisation.id", everyItem(equalTo("solace")))
                .body("items.id", hasItem(900001));
        partner("solace").when().get(PATH + "/" + solaceResponse).then().statusCode(200).header("ETag", "\"0\"");
        partner("solace").when().get(PATH + "/" + adassResponse).then().statusCode(404);
        partner("solace").when().get(PATH + "/" + alsoSolace).then().statusCode(200)
                .body("organisation.id", equalTo("solace"));
        partner("solace").queryParam("event", solaceEvent).when().get(PATH + "/summary").then().statusCode(200)
                .body("responses", equalTo(2)).body("satisfiedPerCent", equalTo(100.0f));
        // Asking for another organisation's responses gives nothing rather than widening the scope.
        partner("solace").queryParam("organisation", "adass").when().get(PATH).then().statusCode(200)
                .header("X-Total-Count", "0");

        partner("adass").queryParam("event", solaceEvent).when().get(PATH).then().statusCode(200)
                .header("X-Total-Count", "0");
        partner("adass").when().get(PATH + "/" + alsoSolace).then().statusCode(404);
        partner("adass").when().get(PATH + "/" + adassResponse).then().statusCode(200);
        partner("adass").when().get(PATH + "/" + solaceResponse).then().statusCode(404);
        partner("adass").when().get(PATH + "/900001").then().statusCode(404);
        partner("adass").queryParam("event", adassEvent).when().get(PATH + "/summary").then()
                .body("responses", equalTo(1)).body("satisfiedPerCent", equalTo(0.0f));
        partner("adass").when().get(PATH + "/summary").then().statusCode(200)
                .body("responses", greaterThanOrEqualTo(1));

        user("analyst").queryParam("event", solaceEvent).when().get(PATH).then().statusCode(200)
                .header("X-Total-Count", "2");
        user("analyst").when().get(PATH + "/" + adassResponse).then().statusCode(200);
    }

    @Test
    void onlyStaffAndAdministratorsShouldWriteOrSeeHistory() {
        long event = SurveySubjectFixtures.event("springboard", "Writers", START);
        long id = createAsStaff(body("event", event, Map.of()));
        String path = PATH + "/" + id;

        for (RequestSpecification reader : new RequestSpecification[] { partner("solace"), user("analyst") }) {
            reader.contentType(ContentType.JSON).body(body("event", event, Map.of())).when().post(PATH)
                    .then().statusCode(403).contentType("application/problem+json");
        }
        partner("solace").contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body("event", event, Map.of()))
                .when().put(path).then().statusCode(403);
        partner("solace").header("If-Match", "\"0\"").when().delete(path).then().statusCode(403);
        partner("solace").when().get(path + "/history").then().statusCode(403);
        user("analyst").header("If-Match", "\"0\"").when().delete(path).then().statusCode(403);
        user("analyst").when().get(path + "/history").then().statusCode(403);
        KeycloakTokens.as("not-a-token").when().get(path).then().statusCode(401);

        user("admin").contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(body("event", event, Map.of("satisfaction", 4))).when().put(path).then().statusCode(200);
        user("staff").when().get(path + "/history").then().statusCode(200)
                .body("actor", contains("staff", "admin"))
                .body("action", contains("created", "updated"));
        user("staff").when().get(path).then().statusCode(200).header("ETag", "\"1\"").body("satisfaction", equalTo(4));
    }
}
