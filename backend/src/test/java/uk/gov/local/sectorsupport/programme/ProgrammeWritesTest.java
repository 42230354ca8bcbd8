package uk.gov.local.sectorsupport.programme;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static uk.gov.local.sectorsupport.programme.ProgrammeFixtures.deliverable;
import static uk.gov.local.sectorsupport.programme.ProgrammeFixtures.programme;
import static uk.gov.local.sectorsupport.programme.ProgrammeFixtures.programmeBody;

import java.util.HashMap;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

/** The catalogue's writes: staff and administrators only, validated field by field, conflict-safe and audited. */
@QuarkusTest
@TestSecurity(user = "staff", roles = "staff")
class ProgrammeWritesTest {

    @Inject
    EntityManager entityManager;

    private static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> changed = new HashMap<>(body);
        if (value == null) {
            changed.remove(field);
        } else {
            changed.put(field, value);
        }
        return changed;
    }

    /** The update body for a created programme: its create body without the id. */
    private static Map<String, Object> updateOf(Map<String, Object> create) {
        return with(create, "id", null);
    }

    @Test
    void shouldAddAProgrammeThatEveryoneThenFindsInTheCatalogue() {
        Map<String, Object> body = programmeBody(Map.of("theme", "cyber-digital-technology", "funder", "dcms",
                "deliveringOrganisation", "cfgs", "audience", "senior-officers", "activeFrom", "2024-25",
                "name", "Cyber Leaders " + System.nanoTime()));
        String id = (String) body.get("id");
        given().contentType(ContentType.JSON).body(body).when().post("/api/v1/programmes")
                .then().statusCode(201)
                .header("Location", endsWith("/api/v1/programmes/" + id))
                .header("ETag", "\"0\"")
                .body("id", equalTo(id))
                .body("themeLabel", equalTo("Cyber, digital and technology"))
                .body("funderLabel", equalTo("DCMS"))
                .body("deliveringOrganisation.name", equalTo("CfGS"))
                .body("audienceLabel", equalTo("Senior officers"))
                .body("activeFrom", equalTo("2024-25"))
                .body("$", not(hasKey("activeTo")))
                .body("active", is(true));
        given().queryParam("q", body.get("name")).when().get("/api/v1/programmes")
                .then().statusCode(200).body("items.id", contains(id));
    }

    @Test
    void shouldRejectEachInvalidFieldWith400AndWriteNothing() {
        Map<String, Object> valid = programmeBody(Map.of());
        String id = (String) valid.get("id");
        Map<String, Map<String, Object>> cases = new java.util.LinkedHashMap<>();
        cases.put("id", with(valid, "id", "Not_A_Slug"));
        cases.put("name", with(valid, "name", " "));
        cases.put("theme", with(valid, "theme", "housing"));
        cases.put("funder", with(valid, "funder", null));
        cases.put("deliveringOrganisation", with(valid, "deliveringOrganisation", "no-such-organisation"));
        cases.put("audience", with(valid, "audience", "everyone"));
        cases.put("description", with(valid, "description", "x".repeat(2001)));
        cases.put("activeFrom", with(valid, "activeFrom", "2024"));
        cases.put("activeTo", with(valid, "activeTo", "2019-20"));
        cases.forEach((field, body) -> given().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/programmes")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains(field)));
        given().contentType(ContentType.JSON).body(with(valid, "activeFrom", "2024-26"))
                .when().post("/api/v1/programmes").then().statusCode(400)
                .body("errors[0].field", equalTo("activeFrom"))
                .body("errors[0].message",
                        equalTo("must be a financial year such as 2024-25 (the second year follows the first)"));
        given().contentType(ContentType.JSON).body(with(valid, "id", "-leading-hyphen"))
                .when().post("/api/v1/programmes").then().statusCode(400)
                .body("errors[0].message", startsWith("must be lower-case letters and digits"));
        given().contentType(ContentType.JSON).body(with(valid, "theme", "housing"))
                .when().post("/api/v1/programmes").then().statusCode(400)
                .body("errors[0].message", startsWith("must be one of: governance-and-leadership, finance"));

        given().when().get("/api/v1/programmes/" + id).then().statusCode(404);
        given().queryParam("q", valid.get("name")).when().get("/api/v1/programmes")
                .then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void shouldRefuseATakenIdOrNameWith409NamingTheField() {
        given().contentType(ContentType.JSON).body(programmeBody(Map.of("id", "springboard")))
                .when().post("/api/v1/programmes")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", equalTo("There is already a programme with id springboard."))
                .body("errors[0].field", equalTo("id"));
        Map<String, Object> sameName = programmeBody(Map.of("name", "springBOARD"));
        given().contentType(ContentType.JSON).body(sameName).when().post("/api/v1/programmes")
                .then().statusCode(409).body("errors[0].field", equalTo("name"));
        given().when().get("/api/v1/programmes/" + sameName.get("id")).then().statusCode(404);
        given().when().get("/api/v1/programmes/springboard").then().statusCode(200)
                .header("ETag", "\"0\"").body("name", equalTo("Springboard"));

        Map<String, Object> other = programmeBody(Map.of());
        String id = programme(other);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(with(updateOf(other), "name", "Ignite"))
                .when().put("/api/v1/programmes/" + id).then().statusCode(409).body("errors[0].field", equalTo("name"));
        given().when().get("/api/v1/programmes/" + id).then().body("name", equalTo(other.get("name")))
                .header("ETag", "\"0\"");
    }

    @Test
    void shouldUpdateOnlyWithACurrentIfMatchKeepTheIdAndAuditEveryChange() {
        Map<String, Object> create = programmeBody(Map.of());
        String id = programme(create);
        String path = "/api/v1/programmes/" + id;
        Map<String, Object> ended = with(updateOf(create), "activeTo", "2024-25");

        given().contentType(ContentType.JSON).body(ended).when().put(path)
                .then().statusCode(428).body("title", equalTo("Precondition Required"));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(with(ended, "id", "renamed-id"))
                .when().put(path).then().statusCode(400).body("errors[0].field", equalTo("id"));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(with(ended, "id", id))
                .when().put(path)
                .then().statusCode(200).header("ETag", "\"1\"")
                .body("id", equalTo(id))
                .body("activeTo", equalTo("2024-25"))
                .body("active", is(false));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(with(ended, "funder", "dfe"))
                .when().put(path).then().statusCode(412);
        given().when().get(path).then().header("ETag", "\"1\"").body("funder", equalTo("mhclg-grant"));
        given().when().get("/api/v1/programmes/renamed-id").then().statusCode(404);

        given().when().get(path + "/history").then().statusCode(200)
                .body("action", contains("created", "updated"))
                .body("[0].actor", equalTo("staff"))
                .body("[0].changes.find { it.field == 'activeFrom' }.to", equalTo("2020-21"))
                .body("[1].version", equalTo(1))
                .body("[1].changes.field", contains("activeTo"))
                .body("[1].changes[0].to", equalTo("2024-25"));
    }

    @Test
    void shouldRefuseToDeleteAProgrammeThatRecordsReferToAndSayWhichSoItCanBeEndedInstead() {
        Map<String, Object> create = programmeBody(Map.of());
        String id = programme(create);
        String path = "/api/v1/programmes/" + id;
        deliverable(id, Map.of("financialYear", "2025-26"));
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                insert into event (programme_id, title, type, format, start_date, end_date, organisation_id)
                values (?1, 'Referring masterclass', 'masterclass', 'online', date '2025-06-01', date '2025-06-01', 'lga')
                """).setParameter(1, id).executeUpdate());

        given().when().delete(path).then().statusCode(428);
        given().header("If-Match", "\"0\"").when().delete(path)
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("1 deliverable, 1 event refer to it"))
                .body("detail", containsString("set activeTo"));
        given().when().get(path).then().statusCode(200).header("ETag", "\"0\"");

        // Ending it must still cover its deliverables' years.
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(with(updateOf(create), "activeTo", "2024-25")).when().put(path)
                .then().statusCode(400).body("errors[0].field", equalTo("activeTo"))
                .body("errors[0].message", equalTo("must be 2025-26 or later: the programme has a deliverable for that year"));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(with(updateOf(create), "activeTo", "2025-26")).when().put(path)
                .then().statusCode(200).body("activeTo", equalTo("2025-26"));
    }

    @Test
    void shouldDeleteAProgrammeNothingRefersToAndKeepItsHistory() {
        String id = programme();
        String path = "/api/v1/programmes/" + id;
        given().header("If-Match", "\"5\"").when().delete(path).then().statusCode(412);
        given().header("If-Match", "\"0\"").when().delete(path).then().statusCode(204);
        given().when().get(path).then().statusCode(404);
        given().header("If-Match", "\"0\"").when().delete(path).then().statusCode(404);
        given().when().get(path + "/history").then().statusCode(200)
                .body("action", contains("created", "deleted"))
                .body("[1].changes.find { it.field == 'id' }.from", equalTo(id));
        given().when().get("/api/v1/programmes/no-such-programme/history").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "analyst", roles = "analyst")
    void analystsShouldReadButNotWriteTheCatalogue() {
        given().contentType(ContentType.JSON).body(programmeBody(Map.of())).when().post("/api/v1/programmes")
                .then().statusCode(403);
        given().header("If-Match", "\"0\"").when().delete("/api/v1/programmes/springboard").then().statusCode(403);
        given().when().get("/api/v1/programmes/springboard/history").then().statusCode(403);
        given().when().get("/api/v1/programmes/springboard").then().statusCode(200);
    }
}
