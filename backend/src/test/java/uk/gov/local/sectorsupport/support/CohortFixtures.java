package uk.gov.local.sectorsupport.support;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import io.restassured.http.ContentType;

/** Builds cohorts and enrolments through the API, as the current test identity (staff or admin). */
public final class CohortFixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private CohortFixtures() {
    }

    /** A name no other test uses. */
    public static String uniqueName(String prefix) {
        return prefix + " " + System.nanoTime() + "-" + SEQUENCE.incrementAndGet();
    }

    /** A cohort of {@code programme} starting on {@code startDate} with a unique name; {@code fields} override. */
    public static long cohort(String programme, String startDate, Map<String, Object> fields) {
        Map<String, Object> body = new HashMap<>(Map.of("programme", programme, "name", uniqueName("Test cohort"),
                "startDate", startDate));
        body.putAll(fields);
        return given().contentType(ContentType.JSON).body(body).when().post("/api/v1/cohorts")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    public static long cohort(String programme, String startDate) {
        return cohort(programme, startDate, Map.of());
    }

    /** An officer enrolled from {@code council}; {@code fields} override. */
    public static long enrolment(long cohortId, String council, Map<String, Object> fields) {
        Map<String, Object> body = new HashMap<>(Map.of("council", council, "participantRole", "officer"));
        body.putAll(fields);
        return given().contentType(ContentType.JSON).body(body).when().post("/api/v1/cohorts/" + cohortId + "/enrolments")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    public static long enrolment(long cohortId, String council) {
        return enrolment(cohortId, council, Map.of());
    }
}
