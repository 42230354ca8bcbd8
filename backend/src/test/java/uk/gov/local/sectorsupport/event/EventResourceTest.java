package uk.gov.local.sectorsupport.event;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static uk.gov.local.sectorsupport.support.EventFixtures.attend;
import static uk.gov.local.sectorsupport.support.EventFixtures.createEvent;
import static uk.gov.local.sectorsupport.support.EventFixtures.event;
import static uk.gov.local.sectorsupport.support.EventFixtures.marker;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

@QuarkusTest
@TestSecurity(user = "staff", roles = "staff")
class EventResourceTest {

    @Inject
    EntityManager em;

    private static Map<String, Object> with(Object... pairs) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    private static long total(String query) {
        return Long.parseLong(given().when().get("/api/v1/events?" + query).then().statusCode(200)
                .extract().header("X-Total-Count"));
    }

    @Test
    void shouldRecordAnEventWithTheProgrammesOrganisationAndAOneDayDefault() {
        String title = "Net zero masterclass " + marker();
        var response = given().contentType(ContentType.JSON).body(event(title, Map.of("capacity", 25, "venue", " Manchester Town Hall ")))
                .when().post("/api/v1/events")
                .then().statusCode(201)
                .header("ETag", "\"0\"")
                .header("Location", containsString("/api/v1/events/"))
                .body("title", equalTo(title))
                .body("programme.id", equalTo("sustainability-masterclasses"))
                .body("programme.name", equalTo("Sustainability masterclasses"))
                .body("programme.theme", equalTo("sustainability"))
                .body("organisation.id", equalTo("lga"))
                .body("organisation.name", equalTo("LGA"))
                .body("typeLabel", equalTo("Masterclass"))
                .body("formatLabel", equalTo("In person"))
                .body("startDate", equalTo("2024-10-08"))
                .body("endDate", equalTo("2024-10-08"))
                .body("financialYear", equalTo("2024-25"))
                .body("region", equalTo("north-west"))
                .body("venue", equalTo("Manchester Town Hall"))
                .body("booked", equalTo(0))
                .body("attended", equalTo(0))
                .body("councilsRepresented", equalTo(0))
                .body("attendedByRole.role", contains("councillor", "officer", "chief-executive", "other"))
                .body("attendedByRole.attended", contains(0, 0, 0, 0))
                .body("overbooked", is(false))
                .body("$", not(hasKey("externalId")))
                .body("updatedAt", notNullValue())
                .extract().response();
        given().when().get(response.header("Location")).then().statusCode(200).header("ETag", "\"0\"")
                .body("title", equalTo(title));
    }

    @Test
    void shouldTakeAnotherOrganisationAndAnOnlineEventWithoutRegion() {
        given().contentType(ContentType.JSON)
                .body(event("Webinar " + marker(), with("format", "online", "region", null, "organisation", "adass",
                        "endDate", "2024-10-09", "externalId", "ADASS-" + marker())))
                .when().post("/api/v1/events")
                .then().statusCode(201)
                .body("organisation.id", equalTo("adass"))
                .body("$", not(hasKey("region")))
                .body("$", not(hasKey("overbooked")))
                .body("endDate", equalTo("2024-10-09"))
                .body("externalId", startsWith("ADASS-"));
    }

    @Test
    void shouldRejectEachBadFieldByNameAndWriteNothing() {
        String title = "Rejected " + marker();
        Map<Map<String, Object>, String> cases = new LinkedHashMap<>();
        cases.put(with("title", null), "title");
        cases.put(with("title", "   "), "title");
        cases.put(with("programme", null), "programme");
        cases.put(with("programme", "no-such-programme"), "programme");
        cases.put(with("organisation", "no-such-org"), "organisation");
        cases.put(with("type", null), "type");
        cases.put(with("type", "party"), "type");
        cases.put(with("format", null), "format");
        cases.put(with("format", "by-post"), "format");
        cases.put(with("startDate", null), "startDate");
        cases.put(with("startDate", "2024-13-01"), "startDate");
        cases.put(with("endDate", "2024-10-07"), "endDate");
        cases.put(with("format", "online"), "region");
        cases.put(with("region", null), "region");
        cases.put(with("format", "hybrid", "region", null), "region");
        cases.put(with("region", "wales"), "region");
        cases.put(with("capacity", 0), "capacity");
        cases.put(with("capacity", -5), "capacity");
        cases.put(with("externalId", ""), "externalId");
        cases.put(with("externalId", "   "), "externalId");
        cases.put(with("venue", "x".repeat(201)), "venue");
        cases.forEach((change, field) -> given().contentType(ContentType.JSON).body(event(title, change))
                .when().post("/api/v1/events")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains(field)));

        given().contentType(ContentType.JSON).body(event(title, with("programme", "nope", "endDate", "2020-01-01",
                "format", "online")))
                .when().post("/api/v1/events").then().statusCode(400)
                .body("errors.field", containsInAnyOrder("programme", "endDate", "region"))
                .body("errors.find { it.field == 'endDate' }.message", equalTo("must be on or after the start date"))
                .body("errors.find { it.field == 'region' }.message", equalTo("must be left out for an online event"))
                .body("errors.find { it.field == 'programme' }.message", equalTo("there is no programme with id nope"));

        given().when().get("/api/v1/events?q=" + title.split(" ")[1]).then().statusCode(200)
                .header("X-Total-Count", "0").body("items", empty());
    }

    @Test
    void shouldRefuseAnExternalIdTheOrganisationAlreadyUsesButNotAnotherOrganisations() {
        String externalId = "EXT-" + marker();
        long first = createEvent(event("First " + marker(), with("externalId", externalId)));
        given().contentType(ContentType.JSON).body(event("Second " + marker(), with("externalId", externalId)))
                .when().post("/api/v1/events")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", equalTo("LGA already uses external id " + externalId + " for event " + first
                        + "; nothing was changed."))
                .body("errors[0].field", equalTo("externalId"));
        createEvent(event("Third " + marker(), with("externalId", externalId, "organisation", "solace")));

        long other = createEvent(event("Fourth " + marker(), Map.of()));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(event("Fourth", with("externalId", externalId)))
                .when().put("/api/v1/events/" + other).then().statusCode(409).body("errors[0].field", equalTo("externalId"));
        given().when().get("/api/v1/events/" + other).then().header("ETag", "\"0\"").body("$", not(hasKey("externalId")));
    }

    @Test
    void shouldFilterByEveryParameterNewestFirstAndPage() {
        String m = marker();
        long webinar = createEvent(event(m + " webinar", with("programme", "springboard", "type", "webinar",
                "format", "online", "region", null, "startDate", "2025-02-03")));
        long conference = createEvent(event(m + " conference", with("programme", "leadership-academy",
                "type", "conference", "format", "hybrid", "region", "london", "startDate", "2024-04-01")));
        long masterclass = createEvent(event(m + " masterclass", with("startDate", "2024-03-31")));
        long sameDay = createEvent(event(m + " second masterclass", with("startDate", "2024-03-31",
                "region", "london")));
        attend(conference, "E06000047", "councillor", false);

        given().when().get("/api/v1/events?q=" + m.toUpperCase() + "&size=3").then().statusCode(200)
                .header("X-Total-Count", "4")
                .header("Link", containsString("rel=\"next\""))
                .body("items.id", contains((int) webinar, (int) conference, (int) sameDay))
                .body("totalPages", equalTo(2));
        given().when().get("/api/v1/events?q=" + m + "&size=3&page=2").then().body("items.id", contains((int) masterclass));

        given().when().get("/api/v1/events?q=" + m + "&financialYear=2024-25").then()
                .body("items.id", contains((int) webinar, (int) conference));
        given().when().get("/api/v1/events?q=" + m + "&financialYear=2023-24").then()
                .body("items.id", contains((int) sameDay, (int) masterclass));
        given().when().get("/api/v1/events?q=" + m + "&programme=springboard").then().body("items.id", contains((int) webinar));
        given().when().get("/api/v1/events?q=" + m + "&theme=sustainability").then()
                .body("items.id", contains((int) sameDay, (int) masterclass));
        given().when().get("/api/v1/events?q=" + m + "&theme=workforce").then().body("items.id", contains((int) webinar));
        given().when().get("/api/v1/events?q=" + m + "&region=london").then()
                .body("items.id", contains((int) conference, (int) sameDay));
        given().when().get("/api/v1/events?q=" + m + "&council=e06000047").then().body("items.id", contains((int) conference));
        given().when().get("/api/v1/events?q=" + m + "&type=masterclass").then()
                .body("items.id", contains((int) sameDay, (int) masterclass));
        given().when().get("/api/v1/events?q=" + m + "&format=online").then().body("items.id", contains((int) webinar));
        given().when().get("/api/v1/events?q=" + m + "&organisation=solace").then().body("items.id", contains((int) webinar));
        given().when().get("/api/v1/events?q=" + m + "&organisation=lga&format=hybrid").then()
                .body("items.id", contains((int) conference));
        given().queryParam("q", m + " second").when().get("/api/v1/events").then().body("items.id", contains((int) sameDay));
    }

    @Test
    void shouldAnswer400NamingAnUnknownFilterValue() {
        for (String parameter : List.of("theme", "region", "type", "format", "financialYear", "page", "size")) {
            given().when().get("/api/v1/events?" + parameter + "=nonsense").then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", equalTo(parameter));
        }
        given().when().get("/api/v1/events?size=101").then().statusCode(400).body("errors[0].field", equalTo("size"));
        given().when().get("/api/v1/events?theme=sustainability&size=1").then().statusCode(200);
    }

    @Test
    void shouldUpdateWithIfMatchKeepOrganisationAndExternalIdWhenAbsentAndAudit() {
        String externalId = "UPD-" + marker();
        long id = createEvent(event("Before " + marker(), with("organisation", "solace", "externalId", externalId,
                "capacity", 20)));
        String path = "/api/v1/events/" + id;
        Map<String, Object> update = event("After", with("capacity", 30, "format", "online", "region", null));

        given().contentType(ContentType.JSON).body(update).when().put(path).then().statusCode(428);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(update).when().put(path)
                .then().statusCode(200).header("ETag", "\"1\"")
                .body("title", equalTo("After"))
                .body("capacity", equalTo(30))
                .body("organisation.id", equalTo("solace"))
                .body("externalId", equalTo(externalId))
                .body("$", not(hasKey("region")));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(event("Stale", Map.of()))
                .when().put(path).then().statusCode(412).contentType("application/problem+json");
        given().header("If-Match", "\"0\"").when().delete(path).then().statusCode(412);
        given().when().get(path).then().body("title", equalTo("After")).header("ETag", "\"1\"");

        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(event("After", with("endDate", "2020-01-01")))
                .when().put(path).then().statusCode(400).body("errors[0].field", equalTo("endDate"));
        given().when().get(path).then().header("ETag", "\"1\"").body("format", equalTo("online"));

        given().when().get(path + "/history").then().statusCode(200)
                .body("action", contains("created", "updated"))
                .body("[0].actor", equalTo("staff"))
                .body("[0].changes.find { it.field == 'organisation' }.to", equalTo("solace"))
                .body("[1].version", equalTo(1))
                .body("[1].changes.field", containsInAnyOrder("title", "capacity", "format", "region"))
                .body("[1].changes.find { it.field == 'capacity' }.from", equalTo("20"))
                .body("[1].changes.find { it.field == 'capacity' }.to", equalTo("30"));
    }

    @Test
    void shouldMoveAttendancesWithTheEventToAnotherOrganisation() {
        long id = createEvent(event("Moving " + marker(), Map.of()));
        long booking = attend(id, "E06000047", "officer", true);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(event("Moving", with("organisation", "solace")))
                .when().put("/api/v1/events/" + id).then().statusCode(200).body("organisation.id", equalTo("solace"));
        given().when().get("/api/v1/events/" + id + "/attendances/" + booking).then()
                .body("organisation.id", equalTo("solace")).header("ETag", "\"1\"");
        given().when().get("/api/v1/events/" + id + "/attendances/" + booking + "/history").then()
                .body("[1].changes[0].field", equalTo("organisation"))
                .body("[1].changes[0].to", equalTo("solace"));
    }

    @Test
    void shouldRefuseNewDatesWhenAnAttendingCouncilDidNotExistThen() {
        long id = createEvent(event("Cumbria farewell " + marker(), with("startDate", "2023-03-20")));
        attend(id, "E07000026", "councillor", true);   // Allerdale, abolished on 1 April 2023
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(event("Cumbria farewell", with("startDate", "2023-05-02")))
                .when().put("/api/v1/events/" + id).then().statusCode(400)
                .body("errors[0].field", equalTo("startDate"))
                .body("errors[0].message", containsString("Allerdale"));
        given().when().get("/api/v1/events/" + id).then().body("startDate", equalTo("2023-03-20"));
    }

    @Test
    void shouldDeleteAnEventWithItsAttendancesAndKeepBothHistories() {
        long id = createEvent(event("Cancelled " + marker(), Map.of()));
        long booking = attend(id, "E06000047", "councillor", true);
        attend(id, null, "other", false);
        String path = "/api/v1/events/" + id;
        given().when().delete(path).then().statusCode(428);
        given().header("If-Match", "\"0\"").when().delete(path).then().statusCode(204);
        given().when().get(path).then().statusCode(404).body("detail", equalTo("There is no event with id " + id + "."));
        given().when().get(path + "/attendances").then().statusCode(404);
        given().when().get(path + "/attendances/" + booking).then().statusCode(404);
        given().when().get(path + "/history").then().statusCode(200)
                .body("action", contains("created", "deleted"))
                .body("[1]", not(hasKey("version")));
        given().when().get(path + "/attendances/" + booking + "/history").then().statusCode(200)
                .body("action", contains("created", "deleted"));
        long count = QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("select count(*) from attendance where event_id = ?1").setParameter(1, id)
                .getSingleResult()).longValue());
        org.junit.jupiter.api.Assertions.assertEquals(0, count);
    }

    @Test
    void shouldNotDeleteAnEventThatHasSurveyResponses() {
        long id = createEvent(event("Surveyed " + marker(), Map.of()));
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                insert into survey_response (event_id, respondent_role, satisfaction, submitted_date, organisation_id)
                values (?1, 'councillor', 5, date '2024-10-09', 'lga')""").setParameter(1, id).executeUpdate());
        given().header("If-Match", "\"0\"").when().delete("/api/v1/events/" + id).then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("1 survey response(s)"));
        given().when().get("/api/v1/events/" + id).then().statusCode(200);
    }

    @Test
    void shouldAnswer404ForAnUnknownEvent() {
        given().when().get("/api/v1/events/123456789").then().statusCode(404);
        given().when().get("/api/v1/events/123456789/history").then().statusCode(404);
        given().header("If-Match", "\"0\"").when().delete("/api/v1/events/123456789").then().statusCode(404);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(event("x", Map.of()))
                .when().put("/api/v1/events/123456789").then().statusCode(404);
    }
}
