package uk.gov.local.sectorsupport.event;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static uk.gov.local.sectorsupport.support.EventFixtures.attend;
import static uk.gov.local.sectorsupport.support.EventFixtures.createEvent;
import static uk.gov.local.sectorsupport.support.EventFixtures.event;
import static uk.gov.local.sectorsupport.support.EventFixtures.marker;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

@QuarkusTest
@TestSecurity(user = "staff", roles = "staff")
class AttendanceResourceTest {

    private static Map<String, Object> booking(Object... pairs) {
        Map<String, Object> body = new HashMap<>(Map.of("council", "E06000047", "attendeeRole", "councillor",
                "attended", true));
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] == null) {
                body.remove((String) pairs[i]);
            } else {
                body.put((String) pairs[i], pairs[i + 1]);
            }
        }
        return body;
    }

    private static long newEvent() {
        return createEvent(event("Attendance test " + marker(), Map.of()));
    }

    @Test
    void shouldRecordABookingWithAGeneratedKeyAndTheEventsOrganisation() {
        long event = createEvent(event("Generated keys " + marker(), Map.of("organisation", "solace")));
        var response = given().contentType(ContentType.JSON).body(booking())
                .when().post("/api/v1/events/" + event + "/attendances")
                .then().statusCode(201)
                .header("ETag", "\"0\"")
                .header("Location", containsString("/api/v1/events/" + event + "/attendances/"))
                .body("eventId", equalTo((int) event))
                .body("attendeeKey", matchesPattern("att-[a-z2-7]{12}"))
                .body("attendeeRole", equalTo("councillor"))
                .body("attendeeRoleLabel", equalTo("Councillor"))
                .body("council.gssCode", equalTo("E06000047"))
                .body("council.name", equalTo("County Durham"))
                .body("attended", is(true))
                .body("organisation.id", equalTo("solace"))
                .extract().response();
        given().when().get(response.header("Location")).then().statusCode(200).header("ETag", "\"0\"")
                .body("attendeeKey", equalTo(response.jsonPath().getString("attendeeKey")));

        given().contentType(ContentType.JSON).body(booking("council", null, "attendeeRole", "other",
                "attendeeKey", "solace:sb-2024.07_a", "attended", false))
                .when().post("/api/v1/events/" + event + "/attendances")
                .then().statusCode(201)
                .body("attendeeKey", equalTo("solace:sb-2024.07_a"))
                .body("$", not(hasKey("council")));
    }

    @Test
    void shouldRejectKeysThatAreNotPseudonymousAndOtherBadFieldsWritingNothing() {
        long event = newEvent();
        String path = "/api/v1/events/" + event + "/attendances";
        Map<Map<String, Object>, String> cases = new LinkedHashMap<>();
        cases.put(booking("attendeeKey", "jo.bloggs@example.org"), "attendeeKey");
        cases.put(booking("attendeeKey", "Jo Bloggs"), "attendeeKey");
        cases.put(booking("attendeeKey", "ab"), "attendeeKey");
        cases.put(booking("attendeeKey", "-starts-with-dash"), "attendeeKey");
        cases.put(booking("attendeeKey", "k".repeat(65)), "attendeeKey");
        cases.put(booking("attendeeRole", null), "attendeeRole");
        cases.put(booking("attendeeRole", "mayor"), "attendeeRole");
        cases.put(booking("attended", null), "attended");
        cases.put(booking("attended", "maybe"), "attended");
        cases.put(booking("council", "W06000001"), "council");
        cases.put(booking("council", "E99999999"), "council");
        cases.put(booking("externalId", " "), "externalId");
        cases.forEach((body, field) -> given().contentType(ContentType.JSON).body(body).when().post(path)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains(field)));

        given().contentType(ContentType.JSON).body(booking("attendeeKey", "jo.bloggs@example.org")).when().post(path)
                .then().body("errors[0].message", containsString("never a name or an email address"));
        given().contentType(ContentType.JSON).body(booking("council", "E99999999")).when().post(path)
                .then().body("errors[0].message", equalTo("there is no council with GSS code E99999999"));
        given().when().get(path).then().statusCode(200).header("X-Total-Count", "0");
        given().when().get("/api/v1/events/" + event).then().body("booked", equalTo(0));
    }

    @Test
    void shouldRefuseACouncilThatDidNotExistOnTheEventsDates() {
        long after = createEvent(event("After reorganisation " + marker(), Map.of("startDate", "2024-06-04")));
        given().contentType(ContentType.JSON).body(booking("council", "E07000026"))   // Allerdale, abolished 2023
                .when().post("/api/v1/events/" + after + "/attendances").then().statusCode(400)
                .body("errors[0].field", equalTo("council"))
                .body("errors[0].message", startsWith("Allerdale ended on 2023-03-31, before the event"));
        attend(after, "E06000063", "councillor", true);                              // Cumberland, its successor

        long before = createEvent(event("Before reorganisation " + marker(), Map.of("startDate", "2022-06-07")));
        given().contentType(ContentType.JSON).body(booking("council", "E06000063"))
                .when().post("/api/v1/events/" + before + "/attendances").then().statusCode(400)
                .body("errors[0].field", equalTo("council"))
                .body("errors[0].message", startsWith("Cumberland started on 2023-04-01, after the event"));
        attend(before, "E07000026", "councillor", true);
    }

    @Test
    void shouldRefuseAKeyAlreadyUsedOnTheEventButNotOnAnother() {
        long event = newEvent();
        String path = "/api/v1/events/" + event + "/attendances";
        given().contentType(ContentType.JSON).body(booking("attendeeKey", "p-1001")).when().post(path).then().statusCode(201);
        given().contentType(ContentType.JSON).body(booking("attendeeKey", "p-1001", "attendeeRole", "officer"))
                .when().post(path).then().statusCode(409).contentType("application/problem+json")
                .body("detail", startsWith("Attendee key p-1001 is already booked on event " + event))
                .body("errors[0].field", equalTo("attendeeKey"))
                .body("errors[0].message", equalTo("is already used by another attendance on this event"));
        given().when().get(path).then().header("X-Total-Count", "1");
        given().contentType(ContentType.JSON).body(booking("attendeeKey", "p-1001"))
                .when().post("/api/v1/events/" + newEvent() + "/attendances").then().statusCode(201);
    }

    @Test
    void shouldRefuseAnExternalIdTheOrganisationAlreadyUses() {
        String externalId = "BK-" + marker();
        given().contentType(ContentType.JSON).body(booking("externalId", externalId))
                .when().post("/api/v1/events/" + newEvent() + "/attendances").then().statusCode(201)
                .body("externalId", equalTo(externalId));
        given().contentType(ContentType.JSON).body(booking("externalId", externalId))
                .when().post("/api/v1/events/" + newEvent() + "/attendances").then().statusCode(409)
                .body("errors[0].field", equalTo("externalId"));
    }

    @Test
    void shouldFilterAndPageAnEventsAttendancesInTheOrderRecorded() {
        long event = newEvent();
        long a = attend(event, "E06000047", "councillor", true);
        long b = attend(event, "E06000047", "officer", false);
        long c = attend(event, "E08000021", "councillor", true);
        long d = attend(event, null, "other", true);
        String path = "/api/v1/events/" + event + "/attendances";
        given().when().get(path + "?size=3").then().statusCode(200)
                .header("X-Total-Count", "4").header("Link", containsString("rel=\"last\""))
                .body("items.id", contains((int) a, (int) b, (int) c));
        given().when().get(path + "?size=3&page=2").then().body("items.id", contains((int) d));
        given().when().get(path + "?council=E06000047").then().body("items.id", contains((int) a, (int) b));
        given().when().get(path + "?attendeeRole=councillor").then().body("items.id", contains((int) a, (int) c));
        given().when().get(path + "?attended=false").then().body("items.id", contains((int) b));
        given().when().get(path + "?attended=true&attendeeRole=councillor&council=E08000021")
                .then().body("items.id", contains((int) c));
        given().when().get(path + "?attended=maybe").then().statusCode(400).body("errors[0].field", equalTo("attended"));
        given().when().get(path + "?attendeeRole=mayor").then().statusCode(400)
                .body("errors[0].field", equalTo("attendeeRole"))
                .body("errors[0].message", equalTo("must be one of: councillor, officer, chief-executive, other"));
        given().when().get("/api/v1/events/123456789/attendances").then().statusCode(404);
    }

    @Test
    void shouldChangeAndRemoveABookingWithIfMatchAndAudit() {
        long event = newEvent();
        long id = attend(event, "E06000047", "councillor", false);
        String path = "/api/v1/events/" + event + "/attendances/" + id;
        String key = given().when().get(path).then().extract().path("attendeeKey");

        Map<String, Object> came = booking("attended", true);
        given().contentType(ContentType.JSON).body(came).when().put(path).then().statusCode(428);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(came).when().put(path)
                .then().statusCode(200).header("ETag", "\"1\"")
                .body("attended", is(true))
                .body("attendeeKey", equalTo(key));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(booking("attended", false))
                .when().put(path).then().statusCode(412);
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(booking("attendeeRole", "bishop"))
                .when().put(path).then().statusCode(400).body("errors[0].field", equalTo("attendeeRole"));
        given().when().get(path).then().header("ETag", "\"1\"").body("attended", is(true));

        given().header("If-Match", "\"0\"").when().delete(path).then().statusCode(412);
        given().when().delete(path).then().statusCode(428);
        given().header("If-Match", "\"1\"").when().delete(path).then().statusCode(204);
        given().when().get(path).then().statusCode(404)
                .body("detail", equalTo("There is no attendance with id " + id + " on event " + event + "."));
        given().when().get(path + "/history").then().statusCode(200)
                .body("action", contains("created", "updated", "deleted"))
                .body("actor", everyItem(equalTo("staff")))
                .body("[0].changes.find { it.field == 'attendeeKey' }.to", equalTo(key))
                .body("[1].changes.field", contains("attended"))
                .body("[1].changes[0].from", equalTo("false"))
                .body("[1].changes[0].to", equalTo("true"))
                .body("[2]", not(hasKey("version")));
    }

    @Test
    void shouldNotFindAnAttendanceUnderAnotherEvent() {
        long event = newEvent();
        long other = newEvent();
        long id = attend(event, "E06000047", "officer", true);
        given().when().get("/api/v1/events/" + other + "/attendances/" + id).then().statusCode(404);
        given().when().get("/api/v1/events/" + other + "/attendances/" + id + "/history").then().statusCode(404);
        given().header("If-Match", "\"0\"").when().delete("/api/v1/events/" + other + "/attendances/" + id)
                .then().statusCode(404);
        given().when().get("/api/v1/events/" + event + "/attendances/" + id).then().statusCode(200);
    }

    @Test
    void shouldComputeTheEventsFiguresAndAcceptBookingsBeyondCapacity() {
        long event = createEvent(event("Figures " + marker(), Map.of("capacity", 3)));
        attend(event, "E06000047", "councillor", true);
        attend(event, "E08000021", "councillor", true);
        attend(event, "E06000047", "officer", true);
        attend(event, null, "chief-executive", true);
        attend(event, "E09000033", "officer", false);   // booked, did not come: not a council represented
        given().when().get("/api/v1/events/" + event).then().statusCode(200)
                .body("booked", equalTo(5))
                .body("attended", equalTo(4))
                .body("councilsRepresented", equalTo(2))
                .body("attendedByRole.find { it.role == 'councillor' }.attended", equalTo(2))
                .body("attendedByRole.find { it.role == 'officer' }.attended", equalTo(1))
                .body("attendedByRole.find { it.role == 'chief-executive' }.attended", equalTo(1))
                .body("attendedByRole.find { it.role == 'other' }.attended", equalTo(0))
                .body("attendedByRole.find { it.role == 'chief-executive' }.roleLabel", equalTo("Chief executive"))
                .body("overbooked", is(true))
                .header("ETag", "\"0\"");
        given().when().get("/api/v1/events?q=Figures&council=E09000033&financialYear=2024-25").then()
                .body("items.find { it.id == " + event + " }.attended", equalTo(4))
                .body("items.find { it.id == " + event + " }.councilsRepresented", equalTo(2));
    }
}
