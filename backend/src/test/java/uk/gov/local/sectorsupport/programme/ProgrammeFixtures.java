package uk.gov.local.sectorsupport.programme;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Builds programmes and deliverables through the API, as the current test identity (staff or admin). */
final class ProgrammeFixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String RUN = Long.toString(System.currentTimeMillis() % 1_000_000, 36);

    private ProgrammeFixtures() {
    }

    /** A unique slug such as `test-k3x9-7-springboard-ish`. */
    static String uniqueId(String stem) {
        return "test-" + RUN + "-" + SEQUENCE.incrementAndGet() + "-" + stem;
    }

    /** A valid create body with a fresh id and name; {@code overrides} replace or add fields. */
    static Map<String, Object> programmeBody(Map<String, Object> overrides) {
        String id = uniqueId("programme");
        Map<String, Object> body = new HashMap<>(Map.of(
                "id", id,
                "name", "Test Programme " + id,
                "theme", "procurement",
                "funder", "mhclg-grant",
                "deliveringOrganisation", "lga",
                "audience", "officers",
                "description", "Made by a test.",
                "activeFrom", "2020-21"));
        body.putAll(overrides);
        return body;
    }

    /** Creates a programme and returns its id. */
    static String programme(Map<String, Object> overrides) {
        return given().contentType(ContentType.JSON).body(programmeBody(overrides))
                .when().post("/api/v1/programmes")
                .then().statusCode(201).extract().path("id");
    }

    static String programme() {
        return programme(Map.of());
    }

    /** A valid deliverable body for the programme; {@code overrides} replace or add fields. */
    static Map<String, Object> deliverableBody(String programme, Map<String, Object> overrides) {
        Map<String, Object> body = new HashMap<>(Map.of(
                "programme", programme,
                "financialYear", "2025-26",
                "statement", "Deliver at least 110 peer challenges",
                "targetValue", 110,
                "targetUnit", "count",
                "metricKey", "peer-challenges-delivered"));
        body.putAll(overrides);
        return body;
    }

    /** Adds a metric (needs an admin caller) under a fresh key, so a test can filter deliverables by it alone. */
    static String metric(RequestSpecification admin) {
        String key = "test-metric-" + System.nanoTime();
        admin.contentType(ContentType.JSON).body(Map.of(
                "label", "Councils mentored (test)", "section", "Support", "position", 900,
                "kind", "councils-engaged", "unit", "councils",
                "definition", Map.of("activity", "support-engagement", "engagementTypes", List.of("mentoring")),
                "sentence", "{value} councils were mentored"))
                .when().put("/api/v1/metrics/" + key).then().statusCode(201);
        return key;
    }

    static long deliverable(String programme, Map<String, Object> overrides) {
        return given().contentType(ContentType.JSON).body(deliverableBody(programme, overrides))
                .when().post("/api/v1/deliverables")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }
}
