package uk.gov.local.sectorsupport.cohort;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static uk.gov.local.sectorsupport.support.CohortFixtures.cohort;
import static uk.gov.local.sectorsupport.support.CohortFixtures.enrolment;
import static uk.gov.local.sectorsupport.support.CohortFixtures.uniqueName;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

@QuarkusTest
@TestSecurity(user = "admin", roles = "admin")
class CohortResourceTest {

    private static final String DURHAM = "E06000047";       // North East
    private static final String WESTMINSTER = "E09000033";  // London

    private static Map<String, Object> body(String programme, String name, String startDate) {
        return new HashMap<>(Map.of("programme", programme, "name", name, "startDate", startDate));
    }

    private static long total(String q) {
        return given().queryParam("q", q).when().get("/api/v1/cohorts").then().statusCode(200)
                .extract().jsonPath().getLong("totalItems");
    }

    @Test
    void shouldRecordACohortWithTheDefaultYearAndOrganisation() {
        String name = uniqueName("NGDP cohort");
        String location = given().contentType(ContentType.JSON).body(body("ngdp", name, "2024-09-02"))
                .when().post("/api/v1/cohorts")
                .then().statusCode(201)
                .header("ETag", "\"0\"")
                .body("name", equalTo(name))
                .body("financialYear", equalTo("2024-25"))
                .body("startDate", equalTo("2024-09-02"))
                .body("$", not(hasKey("endDate")))
                .body("programme.id", equalTo("ngdp"))
                .body("programme.name", equalTo("National Graduate Development Programme (Impact)"))
                .body("programme.theme", equalTo("workforce"))
                .body("organisation.id", equalTo("lga"))
                .body("organisation.name", equalTo("LGA"))
                .body("participants", equalTo(0))
                .body("enrolled", equalTo(0))
                .body("councils", equalTo(0))
                .body("version", equalTo(0))
                .body("updatedAt", notNullValue())
                .extract().header("Location");
        given().when().get(location).then().statusCode(200).header("ETag", "\"0\"").body("name", equalTo(name));

        Map<String, Object> solace = body("springboard", uniqueName("Springboard"), "2025-01-13");
        solace.put("financialYear", "2024-25");
        solace.put("externalId", uniqueName("SB"));
        given().contentType(ContentType.JSON).body(solace).when().post("/api/v1/cohorts")
                .then().statusCode(201)
                .body("organisation.id", equalTo("solace"))
                .body("financialYear", equalTo("2024-25"))
                .body("externalId", equalTo(solace.get("externalId")));
    }

    @Test
    void shouldRejectEachBadFieldAndWriteNothing() {
        String name = uniqueName("Rejected");
        given().contentType(ContentType.JSON).body(Map.of()).when().post("/api/v1/cohorts")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("programme", "name", "startDate"));
        assertFieldError(Map.of("programme", "no-such-programme"), "programme", "there is no programme with id no-such-programme");
        assertFieldError(Map.of("name", " "), "name", "must not be blank");
        assertFieldError(Map.of("financialYear", "2024/25"), "financialYear", "must be a financial year such as 2024-25");
        assertFieldError(Map.of("financialYear", "2024-26"), "financialYear",
                "must be a financial year such as 2024-25 (the second year follows the first)");
        assertFieldError(Map.of("financialYear", "2023-24"), "startDate",
                "must fall within the financial year 2023-24 (2023-04-01 to 2024-03-31)");
        assertFieldError(Map.of("startDate", "1999-09-01"), "startDate",
                "must fall in a financial year from 2000-01 to 2100-01 (2000-04-01 to 2101-03-31)");
        // January to March 2000 is in 1999-00, outside the years recorded: a field error, not a database 409.
        assertFieldError(Map.of("startDate", "2000-02-01"), "startDate",
                "must fall in a financial year from 2000-01 to 2100-01 (2000-04-01 to 2101-03-31)");
        assertFieldError(Map.of("financialYear", "1999-00", "startDate", "2000-02-01"), "financialYear",
                "must be between 2000-01 and 2100-01");
        assertFieldError(Map.of("endDate", "2024-09-01"), "endDate", "must be on or after the start date");
        assertFieldError(Map.of("endDate", "2034-09-01"), "endDate", "must be at most 5 years after the start date");
        assertFieldError(Map.of("organisation", "acme"), "organisation", "there is no organisation with id acme");
        assertFieldError(Map.of("externalId", ""), "externalId", "must not be blank");
        assertFieldError(Map.of("externalId", "   "), "externalId", "must not be blank");
        assertFieldError(Map.of("startDate", "2024-13-01"), "startDate", "has a value of the wrong type or format");
        assertFieldError(Map.of("name", "x".repeat(201)), "name", "size must be between 0 and 200");

        assertFieldErrorNamed(name, Map.of("programme", "nope", "organisation", "nope"), "organisation", "programme");
        org.junit.jupiter.api.Assertions.assertEquals(0, total(name));
    }

    private static void assertFieldError(Map<String, Object> override, String field, String message) {
        Map<String, Object> body = body("ngdp", uniqueName("Rejected"), "2024-09-02");
        body.putAll(override);
        given().contentType(ContentType.JSON).body(body).when().post("/api/v1/cohorts")
                .then().statusCode(400)
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo(field))
                .body("errors[0].message", equalTo(message));
        String name = ((String) body.get("name")).strip();
        if (!name.isEmpty() && name.length() <= 100) {
            org.junit.jupiter.api.Assertions.assertEquals(0, total(name));
        }
    }

    private static void assertFieldErrorNamed(String name, Map<String, Object> override, String... fields) {
        Map<String, Object> body = body("ngdp", name, "2024-09-02");
        body.putAll(override);
        given().contentType(ContentType.JSON).body(body).when().post("/api/v1/cohorts")
                .then().statusCode(400).body("errors.field", containsInAnyOrder((Object[]) fields));
    }

    @Test
    void shouldRefuseANameTakenInTheProgrammeAndAnExternalIdTakenInTheOrganisation() {
        String name = uniqueName("Next Generation");
        long first = cohort("next-generation", "2023-10-01", Map.of("name", name, "externalId", name));
        given().contentType(ContentType.JSON).body(body("next-generation", name.toUpperCase(), "2024-10-01"))
                .when().post("/api/v1/cohorts")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("already has a cohort called"))
                .body("detail", containsString("(id " + first + ")"))
                .body("errors[0].field", equalTo("name"));
        // The same name in another programme is fine; the same external id in the same organisation (LGA) is not.
        cohort("leadership-academy", "2023-10-01", Map.of("name", name));
        Map<String, Object> sameExternalId = body("leadership-academy", uniqueName("LA"), "2023-10-01");
        sameExternalId.put("externalId", name);
        given().contentType(ContentType.JSON).body(sameExternalId).when().post("/api/v1/cohorts")
                .then().statusCode(409).body("errors[0].field", equalTo("externalId"));
        // …nor with spaces around it, which are stripped…
        sameExternalId.put("externalId", "  " + name + " ");
        given().contentType(ContentType.JSON).body(sameExternalId).when().post("/api/v1/cohorts")
                .then().statusCode(409).body("errors[0].field", equalTo("externalId"));
        // …but it is fine for another organisation's cohort.
        sameExternalId.put("organisation", "cfgs");
        given().contentType(ContentType.JSON).body(sameExternalId).when().post("/api/v1/cohorts").then().statusCode(201)
                .body("externalId", equalTo(name));
    }

    @Test
    void shouldUpdateWithIfMatchKeepOrganisationWhenAbsentAndAuditTheChange() {
        String name = uniqueName("Leadership Academy");
        long id = cohort("leadership-academy", "2024-05-01", Map.of("name", name, "organisation", "leadership-centre"));
        String path = "/api/v1/cohorts/" + id;
        Map<String, Object> update = body("leadership-academy", name, "2024-05-01");
        update.put("endDate", "2024-11-30");

        given().contentType(ContentType.JSON).body(update).when().put(path).then().statusCode(428);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(update).when().put(path)
                .then().statusCode(200).header("ETag", "\"1\"")
                .body("endDate", equalTo("2024-11-30"))
                .body("organisation.id", equalTo("leadership-centre"));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("programme", "ngdp",
                "name", name, "startDate", "2024-05-01")).when().put(path).then().statusCode(412);
        // A bad update changes nothing.
        update.put("endDate", "2024-04-01");
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(update).when().put(path)
                .then().statusCode(400).body("errors[0].field", equalTo("endDate"));
        given().when().get(path).then().header("ETag", "\"1\"").body("programme.id", equalTo("leadership-academy"))
                .body("endDate", equalTo("2024-11-30"));

        given().when().get(path + "/history").then().statusCode(200)
                .body("action", contains("created", "updated"))
                .body("[0].actor", equalTo("admin"))
                .body("[0].changes.find { it.field == 'financialYear' }.to", equalTo("2024-25"))
                .body("[0].changes.find { it.field == 'organisation' }.to", equalTo("leadership-centre"))
                .body("[1].version", equalTo(1))
                .body("[1].changes", hasSize(1))
                .body("[1].changes[0].field", equalTo("endDate"))
                .body("[1].changes[0].to", equalTo("2024-11-30"));
    }

    @Test
    void shouldDeleteACohortWithItsEnrolmentsAndKeepTheHistories() {
        long id = cohort("ngdp", "2024-09-02");
        long enrolment = enrolment(id, DURHAM, Map.of("sex", "female"));
        String path = "/api/v1/cohorts/" + id;

        given().when().delete(path).then().statusCode(428);
        given().header("If-Match", "\"7\"").when().delete(path).then().statusCode(412);
        given().when().get(path + "/enrolments/" + enrolment).then().statusCode(200);
        given().header("If-Match", "\"0\"").when().delete(path).then().statusCode(204);

        given().when().get(path).then().statusCode(404).contentType("application/problem+json");
        given().when().get(path + "/enrolments/" + enrolment).then().statusCode(404);
        given().when().get(path + "/history").then().statusCode(200)
                .body("action", contains("created", "deleted"))
                .body("[1]", not(hasKey("version")));
        given().when().get(path + "/enrolments/" + enrolment + "/history").then().statusCode(200)
                .body("action", contains("created", "deleted"))
                .body("[1].changes.find { it.field == 'sex' }.from", equalTo("withheld"));
        Long left = QuarkusTransaction.requiringNew().call(() -> ((Number) Cohort.getEntityManager()
                .createNativeQuery("select count(*) from enrolment where cohort_id = ?1").setParameter(1, id)
                .getSingleResult()).longValue());
        org.junit.jupiter.api.Assertions.assertEquals(0L, left);
    }

    @Test
    void shouldNotDeleteACohortThatSurveyResponsesAreAbout() {
        long id = cohort("next-generation", "2024-10-01");
        QuarkusTransaction.requiringNew().run(() -> Cohort.getEntityManager().createNativeQuery(
                "insert into survey_response (cohort_id, respondent_role, submitted_date, organisation_id) "
                        + "values (?1, 'councillor', '2025-01-15', 'lga')").setParameter(1, id).executeUpdate());
        given().header("If-Match", "\"0\"").when().delete("/api/v1/cohorts/" + id)
                .then().statusCode(409).body("detail", containsString("1 survey response(s)"));
        given().when().get("/api/v1/cohorts/" + id).then().statusCode(200);
    }

    @Test
    void shouldListNewestYearThenLatestStartThenNewestRecordOnePageAtATime() {
        String prefix = uniqueName("Sorted");
        long older = cohort("ngdp", "2040-09-03", Map.of("name", prefix + " a"));
        long early = cohort("ngdp", "2041-05-01", Map.of("name", prefix + " b"));
        long late = cohort("ngdp", "2041-09-01", Map.of("name", prefix + " c"));
        long lateToo = cohort("ngdp", "2041-09-01", Map.of("name", prefix + " d"));

        given().queryParam("q", prefix.toLowerCase()).when().get("/api/v1/cohorts").then().statusCode(200)
                .header("X-Total-Count", "4")
                .body("items.id", contains((int) lateToo, (int) late, (int) early, (int) older));
        given().queryParam("q", prefix).queryParam("size", "3").queryParam("page", "2").when().get("/api/v1/cohorts")
                .then().statusCode(200)
                .header("Link", containsString("rel=\"prev\""))
                .body("totalItems", equalTo(4)).body("totalPages", equalTo(2))
                .body("items.id", contains((int) older));
        given().queryParam("q", prefix).queryParam("financialYear", "2040-41").when().get("/api/v1/cohorts")
                .then().body("items.id", contains((int) older));
    }

    @Test
    void shouldFilterByProgrammeThemeCouncilRegionAndOrganisation() {
        String prefix = uniqueName("Filtered");
        long ngdp = cohort("ngdp", "2042-09-01", Map.of("name", prefix + " ngdp"));
        long nextGen = cohort("next-generation", "2042-10-01", Map.of("name", prefix + " nextgen"));
        long springboard = cohort("springboard", "2042-11-01", Map.of("name", prefix + " springboard"));
        enrolment(ngdp, DURHAM);
        enrolment(nextGen, WESTMINSTER);

        assertIds(Map.of("programme", "ngdp"), prefix, ngdp);
        assertIds(Map.of("theme", "governance-and-leadership"), prefix, nextGen);
        assertIds(Map.of("theme", "workforce"), prefix, springboard, ngdp);
        assertIds(Map.of("council", DURHAM.toLowerCase()), prefix, ngdp);
        assertIds(Map.of("region", "london"), prefix, nextGen);
        assertIds(Map.of("organisation", "solace"), prefix, springboard);
        assertIds(Map.of("organisation", "lga", "region", "north-east"), prefix, ngdp);

        given().queryParam("theme", "cooking").when().get("/api/v1/cohorts").then().statusCode(400)
                .body("errors[0].field", equalTo("theme"));
        given().queryParam("region", "wessex").when().get("/api/v1/cohorts").then().statusCode(400)
                .body("errors[0].field", equalTo("region"));
        given().queryParam("financialYear", "2024").when().get("/api/v1/cohorts").then().statusCode(400)
                .body("errors[0].field", equalTo("financialYear"));
        given().queryParam("size", "101").when().get("/api/v1/cohorts").then().statusCode(400)
                .body("errors[0].field", equalTo("size"));
    }

    private static void assertIds(Map<String, String> filters, String prefix, long... ids) {
        Integer[] expected = java.util.Arrays.stream(ids).mapToObj(id -> (int) id).toArray(Integer[]::new);
        given().queryParams(filters).queryParam("q", prefix).when().get("/api/v1/cohorts").then().statusCode(200)
                .body("items.id", contains(expected));
    }

    @Test
    void shouldCountEnrolmentsByStatusAndListTheCouncils() {
        String name = uniqueName("Counted");
        long id = cohort("ngdp", "2024-09-02", Map.of("name", name));
        enrolment(id, DURHAM);
        enrolment(id, DURHAM, Map.of("status", "withdrawn"));
        enrolment(id, WESTMINSTER, Map.of("status", "completed"));

        given().when().get("/api/v1/cohorts/" + id).then().statusCode(200)
                .body("participants", equalTo(3))
                .body("enrolled", equalTo(1))
                .body("completed", equalTo(1))
                .body("withdrawn", equalTo(1))
                .body("councils", equalTo(2));
        given().when().get("/api/v1/cohorts/" + id + "/councils").then().statusCode(200)
                .body("council.name", contains("County Durham", "Westminster"))
                .body("[0].region", equalTo("north-east"))
                .body("[0].participants", equalTo(2))
                .body("[0].enrolled", equalTo(1))
                .body("[0].withdrawn", equalTo(1))
                .body("[1].completed", equalTo(1));
        given().queryParam("q", name).queryParam("council", WESTMINSTER).when().get("/api/v1/cohorts")
                .then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].participants", equalTo(3))
                .body("items[0].councils", equalTo(2));
    }

    @Test
    void shouldAnswer404ForACohortThatDoesNotExist() {
        given().when().get("/api/v1/cohorts/899999").then().statusCode(404)
                .body("detail", equalTo("There is no cohort with id 899999."));
        given().when().get("/api/v1/cohorts/899999/councils").then().statusCode(404);
        given().when().get("/api/v1/cohorts/899999/diversity").then().statusCode(404);
        given().when().get("/api/v1/cohorts/899999/history").then().statusCode(404);
        given().when().get("/api/v1/cohorts/899999/enrolments").then().statusCode(404);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("programme", "ngdp", "name", "x", "startDate", "2024-09-02"))
                .when().put("/api/v1/cohorts/899999").then().statusCode(404);
    }
}
