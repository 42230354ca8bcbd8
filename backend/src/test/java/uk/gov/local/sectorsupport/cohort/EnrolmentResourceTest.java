package uk.gov.local.sectorsupport.cohort;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static uk.gov.local.sectorsupport.support.CohortFixtures.cohort;
import static uk.gov.local.sectorsupport.support.CohortFixtures.enrolment;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

@QuarkusTest
@TestSecurity(user = "staff", roles = "staff")
class EnrolmentResourceTest {

    private static final String DURHAM = "E06000047";
    private static final String WESTMINSTER = "E09000033";

    private static final Map<String, Object> WITH_DIVERSITY = Map.of("council", DURHAM, "participantRole", "officer",
            "sex", "female", "ethnicGroup", "mixed", "disability", "yes");

    private static String enrolments(long cohort) {
        return "/api/v1/cohorts/" + cohort + "/enrolments";
    }

    private static long total(long cohort) {
        return given().when().get(enrolments(cohort)).then().statusCode(200).extract().jsonPath().getLong("totalItems");
    }

    @Test
    void shouldEnrolWithAGeneratedKeyAndNeverReturnDiversityAnswers() {
        long cohort = cohort("ngdp", "2024-09-02");
        String location = given().contentType(ContentType.JSON).body(WITH_DIVERSITY).when().post(enrolments(cohort))
                .then().statusCode(201)
                .header("ETag", "\"0\"")
                .body("cohortId", equalTo((int) cohort))
                .body("participantKey", matchesPattern("par-[a-z2-7]{12}"))
                .body("council.gssCode", equalTo(DURHAM))
                .body("council.name", equalTo("County Durham"))
                .body("participantRole", equalTo("officer"))
                .body("participantRoleLabel", equalTo("Officer"))
                .body("status", equalTo("enrolled"))
                .body("statusLabel", equalTo("Enrolled"))
                .body("organisation.id", equalTo("lga"))
                .body("$", not(hasKey("sex")))
                .body("$", not(hasKey("ethnicGroup")))
                .body("$", not(hasKey("disability")))
                .extract().header("Location");
        String single = given().when().get(location).then().statusCode(200).header("ETag", "\"0\"")
                .extract().asString();
        String list = given().when().get(enrolments(cohort)).then().statusCode(200)
                .body("items", hasSize(1)).extract().asString();
        for (String json : new String[] { single, list }) {
            org.junit.jupiter.api.Assertions.assertFalse(json.contains("female") || json.contains("mixed")
                    || json.contains("\"sex\"") || json.contains("ethnicGroup") || json.contains("disability"), json);
        }
    }

    @Test
    void shouldBelongToTheCohortsOrganisationAndTakeAGivenKey() {
        long cohort = cohort("springboard", "2024-09-02");
        // `organisation` is not a field of an enrolment: it is always the cohort's (Solace's for Springboard).
        given().contentType(ContentType.JSON)
                .body(Map.of("participantKey", "SB-2024:0007", "council", WESTMINSTER, "organisation", "lga",
                        "participantRole", "chief-executive", "status", "completed", "externalId", " SB-0007 "))
                .when().post(enrolments(cohort)).then().statusCode(201)
                .body("participantKey", equalTo("SB-2024:0007"))
                .body("council.gssCode", equalTo(WESTMINSTER))
                .body("status", equalTo("completed"))
                .body("organisation.id", equalTo("solace"))
                .body("externalId", equalTo("SB-0007"));
    }

    @Test
    void shouldRejectEachBadFieldAndWriteNothing() {
        long cohort = cohort("ngdp", "2024-09-02");
        given().contentType(ContentType.JSON).body(Map.of()).when().post(enrolments(cohort))
                .then().statusCode(400).body("errors.field", containsInAnyOrder("council", "participantRole"));
        String keyMessage = "must be a pseudonymous key of 3 to 64 letters, digits, '.', '_', ':' or '-', starting "
                + "with a letter or digit; never a name or an email address";
        assertFieldError(cohort, Map.of("participantKey", "jo.bloggs@example.org"), "participantKey", keyMessage);
        assertFieldError(cohort, Map.of("participantKey", "ab"), "participantKey", keyMessage);
        assertFieldError(cohort, Map.of("participantKey", "-abc"), "participantKey", keyMessage);
        assertFieldError(cohort, Map.of("participantKey", "Jo Bloggs"), "participantKey", keyMessage);
        assertFieldError(cohort, Map.of("council", "Durham"), "council", "must be an English GSS code such as E06000047");
        assertFieldError(cohort, Map.of("council", "E99999999"), "council", "there is no council with GSS code E99999999");
        assertFieldError(cohort, Map.of("participantRole", "graduate"), "participantRole",
                "must be one of: councillor, officer, chief-executive, other");
        assertFieldError(cohort, Map.of("status", "graduated"), "status", "must be one of: enrolled, completed, withdrawn");
        assertFieldError(cohort, Map.of("sex", "unknown"), "sex", "must be one of: female, male, prefer-not-to-say");
        assertFieldError(cohort, Map.of("ethnicGroup", "x"), "ethnicGroup",
                "must be one of: asian, black, mixed, white, other, prefer-not-to-say");
        assertFieldError(cohort, Map.of("disability", "maybe"), "disability", "must be one of: yes, no, prefer-not-to-say");
        assertFieldError(cohort, Map.of("externalId", ""), "externalId", "must not be blank");
        assertFieldError(cohort, Map.of("externalId", " "), "externalId", "must not be blank");
        org.junit.jupiter.api.Assertions.assertEquals(0, total(cohort));
        given().when().get("/api/v1/cohorts/" + cohort).then().body("participants", equalTo(0));
    }

    private static void assertFieldError(long cohort, Map<String, Object> override, String field, String message) {
        Map<String, Object> body = new HashMap<>(Map.of("council", DURHAM, "participantRole", "officer"));
        body.putAll(override);
        given().contentType(ContentType.JSON).body(body).when().post(enrolments(cohort))
                .then().statusCode(400)
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo(field))
                .body("errors[0].message", equalTo(message));
    }

    @Test
    void shouldRefuseAKeyTakenOnTheCohortButAllowItOnAnother() {
        long cohort = cohort("ngdp", "2024-09-02");
        long other = cohort("ngdp", "2024-09-02");
        long first = enrolment(cohort, DURHAM, Map.of("participantKey", "grad-0001", "externalId", "NGDP-X-1-" + cohort));
        given().contentType(ContentType.JSON)
                .body(Map.of("participantKey", "grad-0001", "council", WESTMINSTER, "participantRole", "officer"))
                .when().post(enrolments(cohort)).then().statusCode(409)
                .body("detail", equalTo("Cohort " + cohort + " already has a participant with key \"grad-0001\" "
                        + "(enrolment " + first + ")."))
                .body("errors[0].field", equalTo("participantKey"));
        enrolment(other, DURHAM, Map.of("participantKey", "grad-0001"));
        // External ids are unique per organisation, across cohorts.
        given().contentType(ContentType.JSON)
                .body(Map.of("council", DURHAM, "participantRole", "officer", "externalId", "NGDP-X-1-" + cohort))
                .when().post(enrolments(other)).then().statusCode(409)
                .body("errors[0].field", equalTo("externalId"));
        org.junit.jupiter.api.Assertions.assertEquals(1, total(cohort));
        org.junit.jupiter.api.Assertions.assertEquals(1, total(other));
    }

    @Test
    void shouldUpdateWithIfMatchKeepUnsentAnswersAndAuditThemOnlyAsWithheld() {
        long cohort = cohort("ngdp", "2024-09-02");
        long id = enrolment(cohort, DURHAM, Map.of("participantKey", "grad-upd-1", "sex", "male"));
        String path = enrolments(cohort) + "/" + id;
        Map<String, Object> update = new HashMap<>(Map.of("council", WESTMINSTER, "participantRole", "officer",
                "status", "withdrawn"));

        given().contentType(ContentType.JSON).body(update).when().put(path).then().statusCode(428);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(update).when().put(path)
                .then().statusCode(200).header("ETag", "\"1\"")
                .body("participantKey", equalTo("grad-upd-1"))
                .body("council.gssCode", equalTo(WESTMINSTER))
                .body("status", equalTo("withdrawn"))
                .body("$", not(hasKey("sex")));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(update).when().put(path)
                .then().statusCode(412);
        update.put("disability", "prefer-not-to-say");
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(update).when().put(path)
                .then().statusCode(200).header("ETag", "\"2\"");
        // A bad update changes nothing.
        update.put("status", "graduated");
        given().contentType(ContentType.JSON).header("If-Match", "\"2\"").body(update).when().put(path)
                .then().statusCode(400);
        given().contentType(ContentType.JSON).header("If-Match", "\"2\"")
                .body(Map.of("council", "E99999999", "participantRole", "officer", "status", "enrolled"))
                .when().put(path).then().statusCode(400);
        given().when().get(path).then().header("ETag", "\"2\"").body("status", equalTo("withdrawn"));

        String history = given().when().get(path + "/history").then().statusCode(200)
                .body("action", contains("created", "updated", "updated"))
                .body("[0].actor", equalTo("staff"))
                .body("[0].changes.find { it.field == 'sex' }.to", equalTo("withheld"))
                .body("[0].changes.find { it.field == 'cohort' }.to", equalTo(Long.toString(cohort)))
                .body("[1].changes.field", contains("council", "status"))
                .body("[2].changes.field", contains("disability"))
                .body("[2].changes[0]", not(hasKey("from")))
                .body("[2].changes[0].to", equalTo("withheld"))
                .extract().asString();
        org.junit.jupiter.api.Assertions.assertFalse(history.contains("\"male\"") || history.contains("prefer-not"),
                history);
        // The diversity aggregate still counts the answer given at creation.
        given().when().get("/api/v1/cohorts/" + cohort + "/diversity").then().statusCode(200)
                .body("participants", equalTo(1))
                .body("sex.find { it.code == 'male' }.suppressed", is(true));
    }

    @Test
    void shouldFilterAndPageTheEnrolmentsByCouncilName() {
        long cohort = cohort("ngdp", "2024-09-02");
        long westminster = enrolment(cohort, WESTMINSTER, Map.of("participantKey", "k-001"));
        long durhamB = enrolment(cohort, DURHAM, Map.of("participantKey", "k-003", "status", "withdrawn"));
        long durhamA = enrolment(cohort, DURHAM, Map.of("participantKey", "k-002"));

        given().when().get(enrolments(cohort)).then().statusCode(200)
                .body("items.id", contains((int) durhamA, (int) durhamB, (int) westminster));
        given().queryParam("size", "2").queryParam("page", "2").when().get(enrolments(cohort)).then().statusCode(200)
                .header("X-Total-Count", "3")
                .body("items.id", contains((int) westminster));
        given().queryParam("council", DURHAM).queryParam("status", "enrolled").when().get(enrolments(cohort))
                .then().body("items.id", contains((int) durhamA));
        given().queryParam("status", "left").when().get(enrolments(cohort)).then().statusCode(400)
                .body("errors[0].field", equalTo("status"));
    }

    @Test
    void shouldRemoveAnEnrolmentWithIfMatchAndKeepItsHistory() {
        long cohort = cohort("ngdp", "2024-09-02");
        long other = cohort("ngdp", "2024-09-02");
        long id = enrolment(cohort, DURHAM);
        String path = enrolments(cohort) + "/" + id;

        given().when().get(enrolments(other) + "/" + id).then().statusCode(404)
                .body("detail", equalTo("Cohort " + other + " has no enrolment with id " + id + "."));
        given().header("If-Match", "\"0\"").when().delete(enrolments(other) + "/" + id).then().statusCode(404);
        given().when().delete(path).then().statusCode(428);
        given().header("If-Match", "\"3\"").when().delete(path).then().statusCode(412);
        given().header("If-Match", "\"0\"").when().delete(path).then().statusCode(204);
        given().when().get(path).then().statusCode(404);
        given().when().get(path + "/history").then().statusCode(200).body("action", contains("created", "deleted"));
        given().when().get(enrolments(other) + "/" + id + "/history").then().statusCode(404);
        given().when().get("/api/v1/cohorts/" + cohort).then().body("participants", equalTo(0));
    }

    @Test
    void shouldCountDiversityInAggregateAndSuppressSmallCounts() {
        long cohort = cohort("ngdp", "2024-09-02");
        for (int i = 0; i < 5; i++) {
            enrolment(cohort, DURHAM, Map.of("sex", "female", "ethnicGroup", "white"));
        }
        enrolment(cohort, DURHAM, Map.of("sex", "male", "ethnicGroup", "white"));
        enrolment(cohort, WESTMINSTER, Map.of("ethnicGroup", "white", "status", "withdrawn"));

        given().when().get("/api/v1/cohorts/" + cohort + "/diversity").then().statusCode(200)
                .body("cohortId", equalTo((int) cohort))
                .body("participants", equalTo(7))
                .body("threshold", equalTo(5))
                .body("sex.code", contains("female", "male", "prefer-not-to-say", "not-recorded"))
                .body("sex[0].count", equalTo(5))
                .body("sex[0].suppressed", is(false))
                .body("sex[1]", not(hasKey("count")))
                .body("sex[1].suppressed", is(true))
                .body("sex[3].label", equalTo("Not recorded"))
                .body("sex[3]", not(hasKey("count")))
                .body("ethnicGroup.find { it.code == 'white' }.count", equalTo(7))
                .body("ethnicGroup.findAll { it.suppressed }.code",
                        contains("asian", "black", "mixed", "other", "prefer-not-to-say", "not-recorded"))
                .body("disability.find { it.code == 'not-recorded' }.count", equalTo(7))
                .body("disability.findAll { it.suppressed }", hasSize(3));

        long empty = cohort("ngdp", "2024-09-02");
        given().when().get("/api/v1/cohorts/" + empty + "/diversity").then().statusCode(200)
                .body("participants", equalTo(0))
                .body("sex.suppressed", everyItem(is(true)))
                .body("ethnicGroup.suppressed", everyItem(is(true)))
                .body("disability.suppressed", everyItem(is(true)));
    }
}
