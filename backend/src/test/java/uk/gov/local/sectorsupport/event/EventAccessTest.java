package uk.gov.local.sectorsupport.event;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static uk.gov.local.sectorsupport.support.EventFixtures.attend;
import static uk.gov.local.sectorsupport.support.EventFixtures.createEvent;
import static uk.gov.local.sectorsupport.support.EventFixtures.event;
import static uk.gov.local.sectorsupport.support.EventFixtures.marker;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import uk.gov.local.sectorsupport.support.KeycloakTokens;

/** Who may do what, and partner scope, with real Keycloak tokens (the audit names the token's user). */
@QuarkusTest
class EventAccessTest {

    private static RequestSpecification as(String user) {
        return given().auth().oauth2(KeycloakTokens.user(user));
    }

    private static RequestSpecification partner(String organisation) {
        return given().auth().oauth2(KeycloakTokens.partner(organisation));
    }

    @Test
    void shouldShowAPartnerOnlyItsOwnOrganisationsEventsAndAttendances() {
        String m = marker();
        long solaceEvent = createEvent(as("staff"), event(m + " Springboard day", Map.of("programme", "springboard")));
        long lgaEvent = createEvent(as("staff"), event(m + " LGA masterclass", Map.of()));
        Map<String, Object> webinar = new HashMap<>(Map.of("programme", "partners-in-care-and-health", "format", "online"));
        webinar.put("region", null);
        long adassEvent = createEvent(as("staff"), event(m + " Care webinar", webinar));
        long solaceBooking = attend(as("staff"), solaceEvent, "E06000047", "officer", true);
        long lgaBooking = attend(as("staff"), lgaEvent, "E06000047", "councillor", true);

        partner("solace").when().get("/api/v1/events?q=" + m).then().statusCode(200)
                .header("X-Total-Count", "1")
                .body("items.id", contains((int) solaceEvent))
                .body("items[0].organisation.id", equalTo("solace"));
        partner("solace").when().get("/api/v1/events?q=" + m + "&organisation=lga").then().header("X-Total-Count", "0");
        partner("solace").when().get("/api/v1/events?q=" + m + "&council=E06000047").then()
                .body("items.id", contains((int) solaceEvent));
        partner("adass").when().get("/api/v1/events?q=" + m).then().body("items.id", contains((int) adassEvent));
        as("analyst").when().get("/api/v1/events?q=" + m).then().statusCode(200).header("X-Total-Count", "3");

        partner("solace").when().get("/api/v1/events/" + solaceEvent).then().statusCode(200).body("booked", equalTo(1));
        partner("solace").when().get("/api/v1/events/" + solaceEvent + "/attendances").then().statusCode(200)
                .body("items.id", contains((int) solaceBooking));
        partner("solace").when().get("/api/v1/events/" + solaceEvent + "/attendances/" + solaceBooking)
                .then().statusCode(200);

        partner("solace").when().get("/api/v1/events/" + lgaEvent).then().statusCode(404)
                .body("detail", equalTo("There is no event with id " + lgaEvent + "."));
        partner("solace").when().get("/api/v1/events/" + lgaEvent + "/attendances").then().statusCode(404);
        partner("solace").when().get("/api/v1/events/" + lgaEvent + "/attendances/" + lgaBooking).then().statusCode(404);
        partner("adass").when().get("/api/v1/events/" + solaceEvent).then().statusCode(404);
        partner("adass").when().get("/api/v1/events/" + solaceEvent + "/attendances/" + solaceBooking)
                .then().statusCode(404);
    }

    @Test
    void shouldCheckEachAttendancesOwnOrganisationNotOnlyItsEvents() {
        long event = createEvent(as("staff"), event(marker() + " Springboard day", Map.of("programme", "springboard")));
        long own = attend(as("staff"), event, "E06000047", "officer", true);
        long stray = attend(as("staff"), event, "E06000047", "councillor", true);
        // The API keeps an attendance in its event's organisation; should the data ever disagree, a partner still
        // reads only its own organisation's records.
        QuarkusTransaction.requiringNew().run(() -> Event.getEntityManager()
                .createNativeQuery("update attendance set organisation_id = 'lga' where id = ?1")
                .setParameter(1, stray).executeUpdate());

        partner("solace").when().get("/api/v1/events/" + event + "/attendances").then().statusCode(200)
                .body("items.id", contains((int) own));
        partner("solace").when().get("/api/v1/events/" + event + "/attendances/" + stray).then().statusCode(404);
        as("analyst").when().get("/api/v1/events/" + event + "/attendances/" + stray).then().statusCode(200);
    }

    @Test
    void shouldLetOnlyStaffAndAdminWriteAndSeeHistory() {
        long id = createEvent(as("staff"), event("Writes " + marker(), Map.of("programme", "springboard")));
        long booking = attend(as("admin"), id, null, "other", true);
        String path = "/api/v1/events/" + id;
        Map<String, Object> body = event("Partner edit", Map.of("programme", "springboard"));

        partner("solace").contentType(ContentType.JSON).body(body).when().post("/api/v1/events").then().statusCode(403);
        partner("solace").contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body).when().put(path)
                .then().statusCode(403);
        partner("solace").header("If-Match", "\"0\"").when().delete(path).then().statusCode(403);
        partner("solace").contentType(ContentType.JSON).body(Map.of("attendeeRole", "officer", "attended", true))
                .when().post(path + "/attendances").then().statusCode(403);
        partner("solace").when().get(path + "/history").then().statusCode(403);
        as("analyst").contentType(ContentType.JSON).body(body).when().post("/api/v1/events").then().statusCode(403);
        as("analyst").header("If-Match", "\"0\"").when().delete(path + "/attendances/" + booking).then().statusCode(403);
        as("analyst").when().get(path + "/attendances/" + booking + "/history").then().statusCode(403);
        given().when().get(path).then().statusCode(401);

        as("analyst").when().get(path).then().statusCode(200).header("ETag", "\"0\"").body("booked", equalTo(1));
        as("staff").when().get(path + "/attendances").then().header("X-Total-Count", "1");
    }

    @Test
    void shouldAuditEveryChangeWithTheTokensUser() {
        long id = createEvent(as("staff"), event("Audited " + marker(), Map.of("capacity", 12)));
        String path = "/api/v1/events/" + id;
        as("admin").contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(event("Audited and renamed", Map.of("capacity", 15))).when().put(path).then().statusCode(200);
        long booking = attend(as("staff"), id, "E06000047", "councillor", false);
        as("admin").contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("council", "E06000047", "attendeeRole", "councillor", "attended", true))
                .when().put(path + "/attendances/" + booking).then().statusCode(200);

        as("admin").when().get(path + "/history").then().statusCode(200)
                .body("actor", contains("staff", "admin"))
                .body("action", contains("created", "updated"))
                .body("[1].changes.find { it.field == 'capacity' }.from", equalTo("12"))
                .body("[1].changes.find { it.field == 'capacity' }.to", equalTo("15"));
        as("staff").when().get(path + "/attendances/" + booking + "/history").then().statusCode(200)
                .body("actor", contains("staff", "admin"))
                .body("[0].changes.find { it.field == 'event' }.to", equalTo(Long.toString(id)))
                .body("[1].changes.field", contains("attended"));

        as("staff").header("If-Match", "\"1\"").when().delete(path).then().statusCode(204);
        as("admin").when().get(path + "/history").then().body("actor", contains("staff", "admin", "staff"))
                .body("[2].action", equalTo("deleted"));
        as("admin").when().get(path + "/attendances/" + booking + "/history").then()
                .body("action", contains("created", "updated", "deleted"))
                .body("[2].actor", equalTo("staff"));
    }
}
