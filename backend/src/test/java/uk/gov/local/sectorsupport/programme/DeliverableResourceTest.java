package uk.gov.local.sectorsupport.programme;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static uk.gov.local.sectorsupport.programme.ProgrammeFixtures.deliverable;
import static uk.gov.local.sectorsupport.programme.ProgrammeFixtures.deliverableBody;
import static uk.gov.local.sectorsupport.programme.ProgrammeFixtures.programme;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

/** Programmes' targets: validated field by field, listed with filters, conflict-safe and audited. */
@QuarkusTest
@TestSecurity(user = "admin", roles = "admin")
class DeliverableResourceTest {

    private static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> changed = new HashMap<>(body);
        if (value == null) {
            changed.remove(field);
        } else {
            changed.put(field, value);
        }
        return changed;
    }

    @Test
    void shouldAddCountAndPerCentTargetsAndReadThemBack() {
        String programme = programme(Map.of("deliveringOrganisation", "leadership-centre", "theme", "workforce"));
        given().contentType(ContentType.JSON)
                .body(deliverableBody(programme, Map.of("targetValue", 110.00, "statement", "  Place 110 officers  ")))
                .when().post("/api/v1/deliverables")
                .then().statusCode(201)
                .header("Location", matchesPattern(".*/api/v1/deliverables/\\d+$"))
                .header("ETag", "\"0\"")
                .body("programme.id", equalTo(programme))
                .body("programme.themeLabel", equalTo("Workforce"))
                .body("deliveringOrganisation.id", equalTo("leadership-centre"))
                .body("financialYear", equalTo("2025-26"))
                .body("statement", equalTo("Place 110 officers"))
                .body("targetValue", equalTo(110))
                .body("targetUnit", equalTo("count"))
                .body("targetUnitLabel", equalTo("Count"));
        long perCent = deliverable(programme, Map.of("targetValue", "92.5", "targetUnit", "per-cent",
                "metricKey", "leadership-delegates-more-confident"));
        given().when().get("/api/v1/deliverables/" + perCent)
                .then().statusCode(200).header("ETag", "\"0\"")
                .body("targetValue", equalTo(92.5f))
                .body("targetUnitLabel", equalTo("Per cent"))
                .body("metricKey", equalTo("leadership-delegates-more-confident"));
        given().when().get("/api/v1/deliverables/99999999").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void shouldRejectEachInvalidFieldWith400AndWriteNothing() {
        String programme = programme(Map.of("activeFrom", "2022-23", "activeTo", "2025-26"));
        Map<String, Object> valid = deliverableBody(programme, Map.of());
        Map<String, Map<String, Object>> cases = new LinkedHashMap<>();
        cases.put("programme", with(valid, "programme", "no-such-programme"));
        cases.put("financialYear", with(valid, "financialYear", "2025"));
        cases.put("statement", with(valid, "statement", "x".repeat(1001)));
        cases.put("targetValue", with(valid, "targetValue", -1));
        cases.put("targetUnit", with(valid, "targetUnit", "per-mille"));
        cases.put("metricKey", with(valid, "metricKey", "Not Kebab Case"));
        cases.forEach((field, body) -> given().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/deliverables")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains(field)));
        for (String field : new String[] { "programme", "financialYear", "statement", "targetValue", "targetUnit", "metricKey" }) {
            given().contentType(ContentType.JSON).body(with(valid, field, null)).when().post("/api/v1/deliverables")
                    .then().statusCode(400).body("errors.field", contains(field));
        }
        given().contentType(ContentType.JSON).body(with(valid, "targetValue", 10.125)).when().post("/api/v1/deliverables")
                .then().statusCode(400).body("errors[0].field", equalTo("targetValue"))
                .body("errors[0].message", equalTo("must be a number with at most 2 decimal places"));
        given().contentType(ContentType.JSON).body(with(with(valid, "targetUnit", "per-cent"), "targetValue", 100.5))
                .when().post("/api/v1/deliverables")
                .then().statusCode(400).body("errors[0].field", equalTo("targetValue"))
                .body("errors[0].message", equalTo("must be 100 or less for a per-cent target"));
        given().contentType(ContentType.JSON).body(with(valid, "financialYear", "2026-27")).when().post("/api/v1/deliverables")
                .then().statusCode(400).body("errors[0].field", equalTo("financialYear"))
                .body("errors[0].message", endsWith("runs 2022-23 to 2025-26"));
        given().contentType(ContentType.JSON).body(with(valid, "financialYear", "2025-27")).when().post("/api/v1/deliverables")
                .then().statusCode(400).body("errors[0].field", equalTo("financialYear"));
        given().contentType(ContentType.JSON).body(with(valid, "metricKey", "trailing-")).when().post("/api/v1/deliverables")
                .then().statusCode(400).body("errors[0].message", startsWith("must be kebab-case"));
        // A well-formed key must still name a metric: progress is computed from it.
        given().contentType(ContentType.JSON).body(with(valid, "metricKey", "no-such-metric")).when().post("/api/v1/deliverables")
                .then().statusCode(400).body("errors.field", contains("metricKey"))
                .body("errors[0].message", startsWith("there is no metric with key no-such-metric"));
        given().contentType(ContentType.JSON).body(with(valid, "targetValue", "lots")).when().post("/api/v1/deliverables")
                .then().statusCode(400).body("errors[0].field", equalTo("targetValue"));

        given().queryParam("programme", programme).when().get("/api/v1/deliverables")
                .then().statusCode(200).body("totalItems", equalTo(0));
        // A per-cent target of exactly 100 and a count of 0 are fine.
        deliverable(programme, Map.of("targetUnit", "per-cent", "targetValue", 100));
        deliverable(programme, Map.of("targetValue", 0));
    }

    @Test
    void shouldFilterByYearProgrammeThemeOrganisationAndMetricNewestYearFirst() {
        String zebra = programme(Map.of("name", "Zebra crossing programme " + System.nanoTime(), "theme", "planning",
                "deliveringOrganisation", "pas"));
        String aardvark = programme(Map.of("name", "Aardvark programme " + System.nanoTime(), "theme", "planning",
                "deliveringOrganisation", "pas"));
        String metric = ProgrammeFixtures.metric(given());
        long zebra2025 = deliverable(zebra, Map.of("metricKey", metric));
        long aardvark2025 = deliverable(aardvark, Map.of("metricKey", metric));
        long aardvark2024 = deliverable(aardvark, Map.of("metricKey", metric, "financialYear", "2024-25"));
        long aardvark2025b = deliverable(aardvark, Map.of("metricKey", metric));

        given().queryParam("metricKey", metric).when().get("/api/v1/deliverables")
                .then().statusCode(200).header("X-Total-Count", "4")
                .body("items.id", contains((int) aardvark2025, (int) aardvark2025b, (int) zebra2025, (int) aardvark2024));
        given().queryParam("metricKey", metric).queryParam("programme", aardvark).queryParam("financialYear", "2025-26")
                .when().get("/api/v1/deliverables")
                .then().statusCode(200).body("items.id", contains((int) aardvark2025, (int) aardvark2025b));
        given().queryParam("metricKey", metric).queryParam("theme", "planning").queryParam("organisation", "pas")
                .when().get("/api/v1/deliverables").then().statusCode(200).body("totalItems", equalTo(4));
        given().queryParam("metricKey", metric).queryParam("organisation", "lga")
                .when().get("/api/v1/deliverables").then().statusCode(200).body("totalItems", equalTo(0));
        given().queryParam("metricKey", metric).queryParam("theme", "finance")
                .when().get("/api/v1/deliverables").then().statusCode(200).body("totalItems", equalTo(0));
        given().queryParam("metricKey", metric).queryParam("size", 1).queryParam("page", 2)
                .when().get("/api/v1/deliverables")
                .then().statusCode(200)
                .header("Link", allOf(containsString("rel=\"prev\""), containsString("rel=\"next\"")))
                .body("items.id", contains((int) aardvark2025b)).body("totalPages", equalTo(4));

        given().queryParam("theme", "housing").when().get("/api/v1/deliverables")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("theme"));
        given().queryParam("financialYear", "2025").when().get("/api/v1/deliverables")
                .then().statusCode(400).body("errors[0].field", equalTo("financialYear"));
        given().queryParam("size", 101).when().get("/api/v1/deliverables")
                .then().statusCode(400).body("errors[0].field", equalTo("size"));
    }

    @Test
    void shouldUpdateAndDeleteOnlyWithACurrentIfMatchAndAuditEveryChange() {
        String programme = programme();
        long id = deliverable(programme, Map.of("targetValue", 100));
        String path = "/api/v1/deliverables/" + id;
        Map<String, Object> raised = deliverableBody(programme, Map.of("targetValue", 110,
                "statement", "Deliver at least 110 peer challenges, of which 70 corporate or finance"));

        given().contentType(ContentType.JSON).body(raised).when().put(path).then().statusCode(428);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(with(raised, "targetUnit", "per-cent"))
                .when().put(path).then().statusCode(400).body("errors[0].field", equalTo("targetValue"));
        given().when().get(path).then().header("ETag", "\"0\"").body("targetValue", equalTo(100));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(raised).when().put(path)
                .then().statusCode(200).header("ETag", "\"1\"").body("targetValue", equalTo(110));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(with(raised, "targetValue", 5))
                .when().put(path).then().statusCode(412).contentType("application/problem+json");
        given().when().get(path).then().body("targetValue", equalTo(110));
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(raised)
                .when().put("/api/v1/deliverables/99999999").then().statusCode(404);

        given().when().delete(path).then().statusCode(428);
        given().header("If-Match", "\"0\"").when().delete(path).then().statusCode(412);
        given().header("If-Match", "\"1\"").when().delete(path).then().statusCode(204);
        given().when().get(path).then().statusCode(404);

        given().when().get(path + "/history").then().statusCode(200)
                .body("action", contains("created", "updated", "deleted"))
                .body("[0].actor", equalTo("admin"))
                .body("[0].changes.find { it.field == 'targetValue' }.to", equalTo("100"))
                .body("[1].changes.field", contains("statement", "targetValue"))
                .body("[1].changes.find { it.field == 'targetValue' }.from", equalTo("100"))
                .body("[1].changes.find { it.field == 'targetValue' }.to", equalTo("110"))
                .body("[2].version", nullValue());
        given().when().get("/api/v1/deliverables/99999999/history").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "staff", roles = "staff")
    void staffShouldWriteDeliverablesToo() {
        long id = deliverable(programme(), Map.of());
        given().when().get("/api/v1/deliverables/" + id + "/history").then().statusCode(200)
                .body("[0].actor", equalTo("staff"));
    }

    @Test
    @TestSecurity(user = "analyst", roles = "analyst")
    void analystsShouldReadDeliverablesButNotWriteThem() {
        given().when().get("/api/v1/deliverables/900001").then().statusCode(200)
                .body("programme.id", equalTo("matrix-fixture-programme"));
        given().contentType(ContentType.JSON).body(deliverableBody("matrix-fixture-programme", Map.of("financialYear", "2030-31")))
                .when().post("/api/v1/deliverables").then().statusCode(403);
        given().header("If-Match", "\"0\"").when().delete("/api/v1/deliverables/900001").then().statusCode(403);
        given().when().get("/api/v1/deliverables/900001").then().statusCode(200).header("ETag", "\"0\"");
    }
}
