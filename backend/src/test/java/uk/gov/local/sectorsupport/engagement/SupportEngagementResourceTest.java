package uk.gov.local.sectorsupport.engagement;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import uk.gov.local.sectorsupport.council.Council;

/** Validation, filters, paging and conflict-safe writes, as an administrator unless a test says otherwise. */
@QuarkusTest
@TestSecurity(user = "admin", roles = "admin")
class SupportEngagementResourceTest {

    private static final String PATH = "/api/v1/support-engagements";
    // Rutland (since 1997-04-01) for the writes; Mendip (abolished 2023) for a council that no longer exists.
    private static final String RUTLAND = "E06000017";
    private static final String MENDIP = "E07000187";
    // Only the list test records engagements for these two: its counts are exact.
    private static final String HARTLEPOOL = "E06000001";
    private static final String DARLINGTON = "E06000005";

    private static Map<String, Object> body(Map<String, Object> overrides) {
        Map<String, Object> body = new HashMap<>(Map.of(
                "council", RUTLAND, "programme", "targeted-finance-support", "type", "targeted-finance-support",
                "startDate", "2024-06-03"));
        body.putAll(overrides);
        body.values().removeIf(value -> value == null || "".equals(value));
        return body;
    }

    private static long create(Map<String, Object> overrides) {
        return given().contentType(ContentType.JSON).body(body(overrides)).when().post(PATH)
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static long countFor(String council) {
        return given().queryParam("council", council).when().get(PATH).then().statusCode(200)
                .extract().jsonPath().getLong("totalItems");
    }

    @Test
    void shouldRecordAnEngagementWithItsDefaultsAndReadItBack() {
        String location = given().contentType(ContentType.JSON)
                .body(body(Map.of("leadAdviser", "  Sam Patel ", "notes", "MTFP review", "endDate", "2025-01-31")))
                .when().post(PATH)
                .then().statusCode(201)
                .header("ETag", "\"0\"")
                .body("programme.id", equalTo("targeted-finance-support"))
                .body("programme.name", equalTo("Targeted finance support"))
                .body("programme.theme", equalTo("finance"))
                .body("council.gssCode", equalTo(RUTLAND))
                .body("council.name", equalTo("Rutland"))
                .body("region", equalTo("east-midlands"))
                .body("type", equalTo("targeted-finance-support"))
                .body("typeLabel", equalTo("Targeted finance support"))
                .body("startDate", equalTo("2024-06-03"))
                .body("endDate", equalTo("2025-01-31"))
                .body("financialYear", equalTo("2024-25"))
                .body("daysDelivered", equalTo(0))
                .body("leadAdviser", equalTo("Sam Patel"))
                .body("notes", equalTo("MTFP review"))
                // The programme's delivering organisation owns a record staff enter, unless they say otherwise.
                .body("organisation.id", equalTo("lga"))
                .body("organisation.name", equalTo("LGA"))
                .body("$", not(hasKey("externalId")))
                .body("version", equalTo(0))
                .body("updatedAt", notNullValue())
                .extract().header("Location");
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        given().when().get(PATH + "/" + id).then().statusCode(200).header("ETag", "\"0\"")
                .body("id", equalTo((int) id)).body("leadAdviser", equalTo("Sam Patel"));
    }

    @Test
    void shouldTakeAnotherOrganisationAndExternalIdWhenGiven() {
        given().contentType(ContentType.JSON)
                .body(body(Map.of("organisation", "solace", "externalId", " SOL-1 ", "daysDelivered", 12.5)))
                .when().post(PATH)
                .then().statusCode(201)
                .body("organisation.id", equalTo("solace"))
                .body("externalId", equalTo("SOL-1"))
                .body("daysDelivered", equalTo(12.5f));
    }

    @Test
    void shouldRejectEachBadFieldAndWriteNothing() {
        long before = countFor(RUTLAND);
        given().contentType(ContentType.JSON).body(Map.of()).when().post(PATH).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("council", "programme", "type", "startDate"));
        given().contentType(ContentType.JSON).body(body(Map.of("council", "E99999999", "programme", "no-such-programme",
                "endDate", "2024-06-02", "organisation", "nobody")))
                .when().post(PATH).then().statusCode(400)
                .body("errors.field", containsInAnyOrder("council", "programme", "endDate", "organisation"))
                .body("errors.find { it.field == 'council' }.message", equalTo("there is no council with GSS code E99999999"))
                .body("errors.find { it.field == 'programme' }.message", equalTo("there is no programme with id no-such-programme"))
                .body("errors.find { it.field == 'endDate' }.message", equalTo("must be on or after the start date"));
        // Rutland was created in 1997; Mendip was abolished in 2023.
        given().contentType(ContentType.JSON).body(body(Map.of("startDate", "1996-05-01"))).when().post(PATH)
                .then().statusCode(400).body("errors[0].field", equalTo("council"))
                .body("errors[0].message", startsWith("did not exist on the start date, 1996-05-01: Rutland existed from 1997-04-01"));
        given().contentType(ContentType.JSON).body(body(Map.of("council", MENDIP, "startDate", "2024-06-03")))
                .when().post(PATH).then().statusCode(400).body("errors[0].field", equalTo("council"));
        for (Object days : List.of(-1, 500.5, 2.25, "lots")) {
            given().contentType(ContentType.JSON).body(body(Map.of("daysDelivered", days))).when().post(PATH)
                    .then().statusCode(400).body("errors[0].field", equalTo("daysDelivered"));
        }
        given().contentType(ContentType.JSON).body(body(Map.of("daysDelivered", -1))).when().post(PATH)
                .then().body("errors[0].message", equalTo(SupportEngagementRules.DAYS_MESSAGE));
        given().contentType(ContentType.JSON).body(body(Map.of("type", "coaching"))).when().post(PATH)
                .then().statusCode(400).body("errors[0].field", equalTo("type"))
                .body("errors[0].message", startsWith("must be one of: mentoring, targeted-finance-support"));
        given().contentType(ContentType.JSON).body(body(Map.of("council", "Rutland", "startDate", "3 June"))).when().post(PATH)
                .then().statusCode(400);
        given().contentType(ContentType.JSON).body(body(Map.of("leadAdviser", "x".repeat(201)))).when().post(PATH)
                .then().statusCode(400).body("errors[0].field", equalTo("leadAdviser"));
        given().contentType(ContentType.JSON).body(body(Map.of("externalId", "  "))).when().post(PATH)
                .then().statusCode(400).body("errors[0].field", equalTo("externalId"))
                .body("errors[0].message", equalTo("must not be blank"));
        // Upper bound and one decimal place are fine.
        given().contentType(ContentType.JSON).body(body(Map.of("daysDelivered", 500))).when().post(PATH).then().statusCode(201);
        given().contentType(ContentType.JSON).body(body(Map.of("council", MENDIP, "startDate", "2020-06-03", "daysDelivered", 0.5)))
                .when().post(PATH).then().statusCode(201).body("daysDelivered", equalTo(0.5f));

        org.junit.jupiter.api.Assertions.assertEquals(before + 1, countFor(RUTLAND));
    }

    @Test
    void shouldRefuseAnExternalIdTheOrganisationAlreadyUses() {
        long first = create(Map.of("externalId", "TFS-DUP-1"));
        given().contentType(ContentType.JSON).body(body(Map.of("externalId", "TFS-DUP-1", "daysDelivered", 3)))
                .when().post(PATH).then().statusCode(409).contentType("application/problem+json")
                .body("detail", equalTo("LGA already uses external id TFS-DUP-1 for support engagement " + first
                        + "; nothing was changed."))
                .body("errors[0].field", equalTo("externalId"))
                .body("errors[0].message", equalTo("is already used by support engagement " + first + " of LGA"));
        // Another organisation may use the same identifier for its own record.
        given().contentType(ContentType.JSON).body(body(Map.of("externalId", "TFS-DUP-1", "organisation", "solace")))
                .when().post(PATH).then().statusCode(201);
        given().queryParam("organisation", "lga").queryParam("council", RUTLAND).when().get(PATH).then()
                .body("items.findAll { it.externalId == 'TFS-DUP-1' }.id", contains((int) first));
    }

    @Test
    void shouldUpdateWithIfMatchKeepOwnerAndExternalIdAndAuditEveryChange() {
        long id = create(Map.of("externalId", "TFS-UPD-1", "organisation", "solace", "daysDelivered", 1.5));
        String path = PATH + "/" + id;
        Map<String, Object> update = body(Map.of("type", "mentoring", "programme", "mentoring", "daysDelivered", 4,
                "endDate", "2024-12-20"));
        given().contentType(ContentType.JSON).body(update).when().put(path).then().statusCode(428)
                .contentType("application/problem+json");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(update).when().put(path)
                .then().statusCode(200).header("ETag", "\"1\"")
                .body("type", equalTo("mentoring"))
                .body("programme.id", equalTo("mentoring"))
                .body("daysDelivered", equalTo(4))
                .body("organisation.id", equalTo("solace"))
                .body("externalId", equalTo("TFS-UPD-1"));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(update).when().put(path)
                .then().statusCode(412).body("detail", containsString("\"1\""));
        // An update replaces the whole record: days are required, and a bad field changes nothing.
        Map<String, Object> noDays = new HashMap<>(update);
        noDays.remove("daysDelivered");
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(noDays).when().put(path)
                .then().statusCode(400).body("errors[0].field", equalTo("daysDelivered"));
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(body(Map.of("daysDelivered", 4,
                "startDate", "2025-01-01", "endDate", "2024-12-31"))).when().put(path).then().statusCode(400);
        // A blank external id is not "keep the recorded one" (that is leaving it out): it is a field error.
        Map<String, Object> blankExternalId = new HashMap<>(update);
        blankExternalId.put("externalId", "");
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(blankExternalId).when().put(path)
                .then().statusCode(400).body("errors[0].field", equalTo("externalId"));
        given().when().get(path).then().header("ETag", "\"1\"").body("type", equalTo("mentoring"))
                .body("endDate", equalTo("2024-12-20"));

        given().when().get(path + "/history").then().statusCode(200)
                .body("action", contains("created", "updated"))
                .body("[0].actor", equalTo("admin"))
                .body("[0].changes.find { it.field == 'externalId' }.to", equalTo("TFS-UPD-1"))
                .body("[0].changes.find { it.field == 'daysDelivered' }.to", equalTo("1.5"))
                .body("[1].version", equalTo(1))
                .body("[1].changes.field", contains("daysDelivered", "endDate", "programme", "type"))
                .body("[1].changes.find { it.field == 'type' }.from", equalTo("targeted-finance-support"))
                .body("[1].changes.find { it.field == 'type' }.to", equalTo("mentoring"));

        given().when().delete(path).then().statusCode(428);
        given().header("If-Match", "\"0\"").when().delete(path).then().statusCode(412);
        given().header("If-Match", "\"1\"").when().delete(path).then().statusCode(204);
        given().when().get(path).then().statusCode(404)
                .body("detail", equalTo("There is no support engagement with id " + id + "."));
        given().when().get(path + "/history").then().statusCode(200)
                .body("action", contains("created", "updated", "deleted"))
                .body("[2]", not(hasKey("version")))
                .body("[2].changes.find { it.field == 'council' }.from", equalTo(RUTLAND));
    }

    @Test
    void shouldRefuseToDeleteAnEngagementWithSurveyResponses() {
        long id = create(Map.of());
        QuarkusTransaction.requiringNew().run(() -> Council.getEntityManager().createNativeQuery("""
                insert into survey_response (support_engagement_id, respondent_role, satisfaction, submitted_date, organisation_id)
                values (?1, 'officer', 5, date '2024-07-01', 'lga')""").setParameter(1, id).executeUpdate());
        given().header("If-Match", "\"0\"").when().delete(PATH + "/" + id).then().statusCode(409)
                .body("detail", equalTo("Support engagement " + id + " has 1 survey response(s), which would be "
                        + "deleted with it; delete those first."));
        given().when().get(PATH + "/" + id).then().statusCode(200);
    }

    @Test
    void shouldAnswer404ForAnUnknownEngagement() {
        given().when().get(PATH + "/123456789").then().statusCode(404);
        given().when().get(PATH + "/123456789/history").then().statusCode(404);
        given().header("If-Match", "\"0\"").when().delete(PATH + "/123456789").then().statusCode(404);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body(Map.of("daysDelivered", 1)))
                .when().put(PATH + "/123456789").then().statusCode(404);
    }

    @Test
    void shouldFilterSortAndPageTheList() {
        // Hartlepool (North East): four engagements across years and kinds; Darlington (North East): one.
        long old = create(Map.of("council", HARTLEPOOL, "type", "mentoring", "programme", "mentoring",
                "startDate", "2022-05-01", "endDate", "2023-05-31"));
        long continuing = create(Map.of("council", HARTLEPOOL, "type", "post-election-support",
                "programme", "post-election-support", "startDate", "2023-05-08"));
        long finance = create(Map.of("council", HARTLEPOOL, "startDate", "2024-09-01", "endDate", "2025-03-31"));
        long next = create(Map.of("council", HARTLEPOOL, "type", "mentoring", "programme", "springboard",
                "startDate", "2025-04-01"));
        long sameDay = create(Map.of("council", HARTLEPOOL, "type", "other", "programme", "workforce-support",
                "startDate", "2024-09-01", "organisation", "solace"));
        long darlington = create(Map.of("council", DARLINGTON, "startDate", "2024-10-01"));

        // Newest start first; the same start, newest record first.
        given().queryParam("council", HARTLEPOOL).when().get(PATH).then().statusCode(200)
                .header("X-Total-Count", "5")
                .body("items.id", contains((int) next, (int) sameDay, (int) finance, (int) continuing, (int) old));
        // The year the engagement started in, as its `financialYear`: not the years it continued into.
        given().queryParam("council", HARTLEPOOL).queryParam("financialYear", "2024-25").when().get(PATH).then()
                .body("items.id", contains((int) sameDay, (int) finance))
                .body("items.financialYear", everyItem(equalTo("2024-25")));
        given().queryParam("council", HARTLEPOOL).queryParam("financialYear", "2022-23").when().get(PATH).then()
                .body("items.id", contains((int) old));
        given().queryParam("council", HARTLEPOOL).queryParam("financialYear", "2023-24").when().get(PATH).then()
                .body("items.id", contains((int) continuing));
        given().queryParam("council", HARTLEPOOL).queryParam("financialYear", "2025-26").when().get(PATH).then()
                .body("items.id", contains((int) next));
        given().queryParam("council", HARTLEPOOL).queryParam("type", "mentoring").when().get(PATH).then()
                .body("items.id", contains((int) next, (int) old));
        given().queryParam("council", HARTLEPOOL).queryParam("programme", "springboard").when().get(PATH).then()
                .body("items.id", contains((int) next));
        given().queryParam("council", HARTLEPOOL).queryParam("theme", "workforce").when().get(PATH).then()
                .body("items.id", contains((int) next, (int) sameDay));
        given().queryParam("council", HARTLEPOOL).queryParam("organisation", "solace").when().get(PATH).then()
                .body("items.id", contains((int) next, (int) sameDay));
        given().queryParam("council", "e06000005").when().get(PATH).then().body("items.id", contains((int) darlington));
        given().queryParam("region", "north-east").queryParam("financialYear", "2024-25").queryParam("theme", "finance")
                .when().get(PATH).then()
                .body("items.id", hasItems((int) darlington, (int) finance))
                .body("items.region", everyItem(equalTo("north-east")));

        // Pages of two, with the total and links.
        given().queryParam("council", HARTLEPOOL).queryParam("size", "2").queryParam("page", "2").when().get(PATH).then()
                .header("X-Total-Count", "5")
                .header("Link", allOf(containsString("rel=\"prev\""), containsString("rel=\"next\""),
                        containsString("page=3")))
                .body("page", equalTo(2)).body("size", equalTo(2)).body("totalPages", equalTo(3))
                .body("items.id", contains((int) finance, (int) continuing));
    }

    @Test
    void shouldAnswerBadListParametersWith400NamingThem() {
        given().queryParam("type", "coaching").when().get(PATH).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("type"));
        given().queryParam("theme", "tea").when().get(PATH).then().statusCode(400).body("errors[0].field", equalTo("theme"));
        given().queryParam("region", "wales").when().get(PATH).then().statusCode(400).body("errors[0].field", equalTo("region"));
        given().queryParam("financialYear", "2024").when().get(PATH).then().statusCode(400)
                .body("errors[0].field", equalTo("financialYear"));
        given().queryParam("size", "101").when().get(PATH).then().statusCode(400).body("errors[0].field", equalTo("size"));
    }

    @Test
    @TestSecurity(user = "analyst", roles = "analyst")
    void analystsShouldReadEngagementsWithoutNamesOrNotes() {
        given().when().get(PATH + "/900001").then().statusCode(200)
                .body("organisation.id", equalTo("solace"))
                .body("$", not(hasKey("leadAdviser")))
                .body("$", not(hasKey("notes")));
        given().queryParam("council", "E07000223").when().get(PATH).then().statusCode(200)
                .body("items.id", hasItem(900001))
                .body("items.findAll { it.leadAdviser != null }", empty());
        given().contentType(ContentType.JSON).body(body(Map.of())).when().post(PATH).then().statusCode(403);
        given().when().get(PATH + "/900001/history").then().statusCode(403);
    }
}
