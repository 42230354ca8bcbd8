package uk.gov.local.sectorsupport.importing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;
import static uk.gov.local.sectorsupport.importing.ImportFixtures.*;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Prometheus metrics at /q/metrics: HTTP requests labelled by path template (never by the raw path with its ids), the
 * connection pool, and import jobs with their rows.
 */
@QuarkusTest
class MetricsTest {

    @Test
    void shouldCountRequestsByPathTemplateNotByRawPath() {
        String template = "http_server_requests_seconds_count{method=\"GET\",outcome=\"SUCCESS\",status=\"200\","
                + "uri=\"/v1/councils/{gssCode}\"}";
        double before = value(metrics(), template);
        for (String gssCode : new String[] { "E06000047", "E08000021", "E09000033" }) {
            user("analyst").when().get("/api/v1/councils/" + gssCode).then().statusCode(200);
        }
        // A web app route (the web app itself is built into the jar only, so here it answers 404)
        given().when().get("/councils/E08000021");

        String after = metrics();
        assertEquals(before + 3, value(after, template));
        assertTrue(after.contains("http_server_requests_seconds_sum{method=\"GET\",outcome=\"SUCCESS\",status=\"200\","
                + "uri=\"/v1/councils/{gssCode}\"}"), "latencies");
        assertTrue(after.contains("uri=\"/{web-app-route}\""), "the web app's routes, as one label");
        assertFalse(after.contains("E08000021"), "a raw path became a label");
    }

    @Test
    void shouldReportTheConnectionPool() {
        String metrics = metrics();
        for (String gauge : new String[] { "agroal_active_count{datasource=\"default\"}",
                "agroal_available_count{datasource=\"default\"}", "agroal_max_used_count{datasource=\"default\"}",
                "agroal_awaiting_count{datasource=\"default\"}" }) {
            assertTrue(metrics.contains(gauge + " "), gauge);
        }
        assertTrue(value(metrics, "agroal_available_count{datasource=\"default\"}")
                + value(metrics, "agroal_active_count{datasource=\"default\"}") > 0, "the pool holds connections");
    }

    @Test
    void shouldCountImportJobsAndTheirRows() {
        String accepted = "sector_support_import_jobs_accepted_total{dataset=\"events\"}";
        String completed = "sector_support_import_jobs_seconds_count{dataset=\"events\",status=\"completed\"}";
        String rejected = "sector_support_import_jobs_seconds_count{dataset=\"events\",status=\"rejected\"}";
        String created = "sector_support_import_rows_total{dataset=\"events\",result=\"created\"}";
        String rejectedRows = "sector_support_import_rows_total{dataset=\"events\",result=\"rejected\"}";
        String before = metrics();
        String m = marker();

        push(partner("solace"), "events", NDJSON, springboardEvent(m + "-1", m + " one") + "\n"
                + springboardEvent(m + "-2", m + " two") + "\n").statusCode(200).body("status", equalTo("completed"));
        push(partner("solace"), "events", NDJSON, springboardEvent(m + "-3", m + " three") + "\n"
                + "{\"externalId\": \"" + m + "-4\"}\n").statusCode(200).body("status", equalTo("rejected"));

        String after = metrics();
        assertEquals(value(before, accepted) + 2, value(after, accepted));
        assertEquals(value(before, completed) + 1, value(after, completed));
        assertEquals(value(before, rejected) + 1, value(after, rejected));
        assertEquals(value(before, created) + 2, value(after, created));
        assertEquals(value(before, rejectedRows) + 1, value(after, rejectedRows));
        assertTrue(after.contains("sector_support_import_jobs_seconds_sum{dataset=\"events\",status=\"completed\"}"));
    }

    private static String metrics() {
        // OpenMetrics, which Prometheus asks for (and any client that accepts everything gets)
        return given().when().get("/q/metrics").then().statusCode(200)
                .contentType(startsWith("application/openmetrics-text")).extract().asString();
    }

    /** A sample's value, 0 when it has not been reported yet (a counter appears with its first increment). */
    private static double value(String metrics, String sample) {
        Matcher matcher = Pattern.compile("^" + Pattern.quote(sample) + " (\\S+)$", Pattern.MULTILINE).matcher(metrics);
        return matcher.find() ? Double.parseDouble(matcher.group(1)) : 0;
    }
}
