package uk.gov.local.sectorsupport.metric;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static uk.gov.local.sectorsupport.support.KeycloakTokens.as;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import uk.gov.local.sectorsupport.support.KeycloakTokens;

/** Metrics are data: an admin adds and changes them (each change a new version, audited), checked against the kind. */
@QuarkusTest
class MetricResourceTest {

    private static String admin() {
        return KeycloakTokens.user("admin");
    }

    private static Map<String, Object> councilsAtMentoring(String label) {
        Map<String, Object> body = new HashMap<>();
        body.put("label", label);
        body.put("section", "Support");
        body.put("position", 500);
        body.put("kind", "councils-engaged");
        body.put("unit", "councils");
        body.put("definition", Map.of("activity", "support-engagement", "engagementTypes", List.of("mentoring")));
        body.put("sentence", "{value} councils were mentored in {financialYear}");
        return body;
    }

    @Test
    void anAdminAddsAMetricThenChangesItAsItsNextVersion() {
        String key = "test-councils-mentored-" + System.nanoTime();
        as(admin()).contentType(ContentType.JSON).body(councilsAtMentoring("Councils mentored"))
                .when().put("/api/v1/metrics/" + key).then().statusCode(201).header("ETag", "\"1\"")
                .body("version", equalTo(1)).body("definition.engagementTypes", equalTo(List.of("mentoring")));
        // A change needs the ETag of the last read.
        as(admin()).contentType(ContentType.JSON).body(councilsAtMentoring("Councils given mentoring"))
                .when().put("/api/v1/metrics/" + key).then().statusCode(428);
        as(admin()).contentType(ContentType.JSON).header("If-Match", "\"7\"")
                .body(councilsAtMentoring("Councils given mentoring"))
                .when().put("/api/v1/metrics/" + key).then().statusCode(412);
        as(admin()).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(councilsAtMentoring("Councils given mentoring"))
                .when().put("/api/v1/metrics/" + key).then().statusCode(200).header("ETag", "\"2\"")
                .body("label", equalTo("Councils given mentoring"));
        as(admin()).when().get("/api/v1/metrics/" + key + "/history").then().statusCode(200)
                .body("action", equalTo(List.of("created", "updated")));
        // The report shows it at once, with its sentence.
        as(KeycloakTokens.user("staff")).when().get("/api/v1/reports/annual/2085-86").then().statusCode(200)
                .body("sections.figures.flatten().find { it.metricKey == '" + key + "' }.metricVersion", equalTo(2))
                .body("sections.figures.flatten().find { it.metricKey == '" + key + "' }.sentence",
                        equalTo("0 councils were mentored in 2085-86"));
    }

    @Test
    void aDefinitionThatDoesNotFitItsKindIsA400NamingEachField() {
        Map<String, Object> body = councilsAtMentoring("Bad");
        body.put("kind", "survey-percentage");
        body.put("definition", Map.of("activity", "event", "question", "happiness", "programmes", List.of("nope")));
        body.put("sentence", "{value} and {nonsense}");
        as(admin()).contentType(ContentType.JSON).body(body).when().put("/api/v1/metrics/test-bad-metric")
                .then().statusCode(400)
                .body("errors.field", hasItems("definition.activity", "unit", "definition.programmes",
                        "definition.question", "sentence"));
        as(admin()).when().get("/api/v1/metrics/test-bad-metric").then().statusCode(404);

        Map<String, Object> change = councilsAtMentoring("Change");
        change.put("kind", "change-on-previous-year");
        change.put("definition", Map.of("baseMetric", "no-such-metric"));
        change.put("sentence", "{change} on last year");
        as(admin()).contentType(ContentType.JSON).body(change).when().put("/api/v1/metrics/test-bad-change")
                .then().statusCode(400).body("errors.field", hasItem("definition.baseMetric"));
        as(admin()).contentType(ContentType.JSON).body(councilsAtMentoring("Bad key"))
                .when().put("/api/v1/metrics/Not_A_Key").then().statusCode(400);
    }

    @Test
    void theSeedMetricsCoverEveryKind() {
        as(KeycloakTokens.user("analyst")).when().get("/api/v1/metrics").then().statusCode(200)
                .body("kind", hasItems("councils-engaged", "record-count", "distinct-participants", "days-sum",
                        "survey-percentage", "peer-challenge-percentage", "attribute-share", "change-on-previous-year"));
    }
}
