package uk.gov.local.sectorsupport.extract;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.GZIPInputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import uk.gov.local.sectorsupport.event.Event;
import uk.gov.local.sectorsupport.support.KeycloakTokens;

/** Extracts: formats, filters, gzip, incremental sync with tombstones, pseudonyms, redaction and who may pull. */
@QuarkusTest
class ExtractTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static RequestSpecification as(String user) {
        return given().auth().oauth2(KeycloakTokens.user(user));
    }

    private static String marker() {
        return "x" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    private static void sql(String statement) {
        QuarkusTransaction.requiringNew().run(() -> Event.getEntityManager().createNativeQuery(statement).executeUpdate());
    }

    private static long insertEvent(String title) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) Event.getEntityManager().createNativeQuery(
                "insert into event (programme_id, title, type, format, start_date, end_date, organisation_id, "
                        + "external_id) values ('springboard', ?1, 'webinar', 'online', date '2025-06-12', "
                        + "date '2025-06-12', 'solace', ?1) returning id")
                .setParameter(1, title).getSingleResult()).longValue());
    }

    private static List<JsonNode> ndjson(String body) throws IOException {
        List<JsonNode> rows = new ArrayList<>();
        for (String line : body.split("\n")) {
            if (!line.isBlank()) {
                rows.add(JSON.readTree(line));
            }
        }
        return rows;
    }

    @Test
    void shouldListEveryDatasetWithItsColumnsAndCounts() {
        as("analyst").when().get("/api/v1/extracts").then().statusCode(200)
                .body("name", hasItems("councils", "organisations", "programmes", "deliverables", "peers",
                        "peer-challenges", "peer-team-roles", "events", "attendances", "cohorts", "enrolments",
                        "support-engagements", "survey-responses", "imports"))
                .body("find { it.name == 'councils' }.rows", greaterThanOrEqualTo(380))
                .body("find { it.name == 'survey-responses' }.columns.name", hasItems("satisfaction", "comment"))
                .body("find { it.name == 'peers' }.columns.name", not(hasItems("name", "email", "phone", "sex")));
    }

    @Test
    void shouldLetOnlyAnalystsAndAdministratorsPull() {
        as("analyst").when().get("/api/v1/extracts/councils").then().statusCode(200);
        as("admin").when().get("/api/v1/extracts/councils").then().statusCode(200);
        as("staff").when().get("/api/v1/extracts/councils").then().statusCode(403);
        given().auth().oauth2(KeycloakTokens.partner("solace")).when().get("/api/v1/extracts/councils").then()
                .statusCode(403);
        given().when().get("/api/v1/extracts/councils").then().statusCode(401);
        as("analyst").when().get("/api/v1/extracts/parcels").then().statusCode(404);
        as("analyst").when().get("/api/v1/extracts/organisations?financialYear=2024-25").then().statusCode(400)
                .body("errors[0].field", equalTo("financialYear"));
        as("analyst").when().get("/api/v1/extracts/events?updatedSince=yesterday").then().statusCode(400);
        // Years PostgreSQL's timestamptz cannot read: refused before the response starts, not a 200 cut short.
        for (String since : List.of("+10000-01-01T00:00:00Z", "-0001-01-01T00:00:00Z", "0000-12-31T23:59:59Z")) {
            assertUpdatedSinceRefused(since, "must be a time in the years 0001 to 9999");
        }
        // Five-digit years without a sign, huge epochs and years at or past Instant's own limit.
        for (String since : List.of("10000-01-01T00:00:00Z", "99999999999999", "+1000000000-12-31T23:59:59Z",
                "+1000000001-01-01T00:00:00Z")) {
            assertUpdatedSinceRefused(since, "must be");
        }
        as("analyst").queryParam("updatedSince", "9999-12-31T23:59:59Z").when()
                .get("/api/v1/extracts/survey-responses").then().statusCode(200).body(equalTo("\n"));
        // An id that names nothing is a mistake to report, not an empty extract.
        as("analyst").when().get("/api/v1/extracts/events?programme=no-such-programme").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("programme"));
        as("analyst").when().get("/api/v1/extracts/attendances?council=E99999999").then().statusCode(400)
                .body("errors[0].field", equalTo("council"))
                .body("errors[0].message", equalTo("there is no council with GSS code E99999999"));
        as("analyst").when().get("/api/v1/extracts/peer-challenges?council=e06000047").then().statusCode(200);
    }

    private static void assertUpdatedSinceRefused(String since, String message) {
        String said = as("analyst").queryParam("updatedSince", since).when().get("/api/v1/extracts/survey-responses")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("updatedSince")).extract().path("errors[0].message");
        assertTrue(said.startsWith(message), since + ": " + said);
    }

    @Test
    void shouldStreamNdjsonCsvAndJsonOfTheSameRows() throws IOException {
        String ndjson = as("analyst").when().get("/api/v1/extracts/councils?region=north-east").then().statusCode(200)
                .contentType(startsWith("application/x-ndjson")).header("Extract-Watermark", notNullValue())
                .extract().asString();
        List<JsonNode> rows = ndjson(ndjson);
        assertTrue(rows.size() >= 12, "north-east councils");
        rows.forEach(row -> assertEquals("north-east", row.get("region").asText()));

        String csv = as("analyst").queryParam("region", "north-east").accept("text/csv").when()
                .get("/api/v1/extracts/councils").then().statusCode(200).contentType(startsWith("text/csv"))
                .extract().asString();
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
        assertEquals(rows.size(), records.size());
        assertEquals(rows.getFirst().get("gssCode").asText(), records.getFirst().get("gssCode"));
        assertEquals("false", records.getFirst().get("deleted"));

        JsonNode array = JSON.readTree(as("analyst").when().get("/api/v1/extracts/councils?region=north-east&format=json")
                .then().statusCode(200).contentType(startsWith("application/json")).extract().asString());
        assertTrue(array.isArray());
        assertEquals(rows.size(), array.size());
    }

    @Test
    void shouldQuoteCsvAndNeutraliseFormulasAndCompressWithGzip() throws IOException {
        String m = marker();
        String title = "=HYPERLINK(\"http://evil\") " + m + ", \"quoted\"\nline two Ünïcödé";
        long id = insertEvent(title);
        byte[] gzipped = as("analyst").header("Accept-Encoding", "gzip").queryParam("format", "csv")
                .queryParam("programme", "springboard").when().get("/api/v1/extracts/events").then().statusCode(200)
                .extract().asByteArray();
        // RestAssured undoes gzip itself when it sees Content-Encoding; read raw when it did not.
        String csv = isGzip(gzipped) ? new String(new GZIPInputStream(new ByteArrayInputStream(gzipped))
                .readAllBytes(), StandardCharsets.UTF_8) : new String(gzipped, StandardCharsets.UTF_8);
        CSVRecord event = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords().stream()
                .filter(record -> record.get("id").equals(Long.toString(id))).findFirst().orElseThrow();
        assertEquals("'" + title, event.get("title"));

        var response = given().auth().oauth2(KeycloakTokens.user("analyst")).urlEncodingEnabled(true)
                .config(io.restassured.config.RestAssuredConfig.config().decoderConfig(
                        io.restassured.config.DecoderConfig.decoderConfig().noContentDecoders()))
                .header("Accept-Encoding", "gzip").when().get("/api/v1/extracts/councils").then().statusCode(200)
                .header("Content-Encoding", "gzip").extract().asByteArray();
        assertTrue(isGzip(response));
        String unzipped = new String(new GZIPInputStream(new ByteArrayInputStream(response)).readAllBytes(),
                StandardCharsets.UTF_8);
        assertTrue(unzipped.contains("\"gssCode\":\"E06000047\""));
    }

    @Test
    void shouldGiveChangesAndTombstonesSinceTheWatermarkSoThatPullsAddUpToTheWhole() throws IOException {
        String m = marker();
        long kept = insertEvent(m + "-kept");
        long changed = insertEvent(m + "-changed");
        long deleted = insertEvent(m + "-deleted");
        long withdrawn = insertEvent(m + "-withdrawn");
        String first = as("analyst").when().get("/api/v1/extracts/events?programme=springboard").then()
                .statusCode(200).extract().header("Extract-Watermark");

        sql("update event set title = '" + m + "-changed-again' where id = " + changed);
        sql("delete from event where id = " + deleted);
        sql("update event set withdrawn_at = now() where id = " + withdrawn);
        long created = insertEvent(m + "-created");

        var second = as("analyst").queryParam("updatedSince", first).when().get("/api/v1/extracts/events").then()
                .statusCode(200).extract();
        Map<Long, JsonNode> changes = new HashMap<>();
        for (JsonNode row : ndjson(second.asString())) {
            changes.put(row.get("id").asLong(), row);
        }
        assertEquals(m + "-changed-again", changes.get(changed).get("title").asText());
        assertTrue(changes.containsKey(created));
        assertTrue(changes.get(deleted).get("deleted").asBoolean());
        assertTrue(changes.get(withdrawn).get("deleted").asBoolean());
        assertFalse(changes.containsKey(kept), "unchanged rows are not sent again");
        assertNotEquals(first, second.header("Extract-Watermark"));

        // Replaying the first pull with the second's changes gives what a full pull gives now.
        Map<Long, String> replayed = new HashMap<>();
        for (long id : List.of(kept, changed, deleted, withdrawn)) {
            replayed.put(id, m);
        }
        changes.forEach((id, row) -> {
            if (row.path("deleted").asBoolean()) {
                replayed.remove(id);
            } else if (row.path("title").asText().startsWith(m)) {
                replayed.put(id, m);
            }
        });
        List<Long> now = new ArrayList<>();
        for (JsonNode row : ndjson(as("analyst").when().get("/api/v1/extracts/events?programme=springboard").then()
                .extract().asString())) {
            if (row.get("title").asText().startsWith(m)) {
                now.add(row.get("id").asLong());
            }
        }
        assertEquals(new java.util.TreeSet<>(replayed.keySet()), new java.util.TreeSet<>(now));
    }

    @Test
    void shouldNotMissARowCommittedByATransactionThatBeganBeforeThePull() throws Exception {
        String m = marker();
        // A writer whose transaction starts before the pull and commits after it.
        var writerStarted = new java.util.concurrent.CountDownLatch(1);
        var pullDone = new java.util.concurrent.CountDownLatch(1);
        var writer = new Thread(() -> QuarkusTransaction.requiringNew().run(() -> {
            Event.getEntityManager().createNativeQuery("select 1").getSingleResult();
            writerStarted.countDown();
            try {
                pullDone.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            Event.getEntityManager().createNativeQuery("insert into event (programme_id, title, type, format, "
                    + "start_date, end_date, organisation_id) values ('springboard', ?1, 'webinar', 'online', "
                    + "date '2025-06-12', date '2025-06-12', 'solace')").setParameter(1, m + "-late").executeUpdate();
        }));
        writer.start();
        writerStarted.await();
        var pull = as("analyst").when().get("/api/v1/extracts/events?programme=springboard").then().extract();
        assertFalse(pull.asString().contains(m + "-late"));
        pullDone.countDown();
        writer.join();

        String next = as("analyst").queryParam("updatedSince", pull.header("Extract-Watermark")).when()
                .get("/api/v1/extracts/events").then().statusCode(200).extract().asString();
        assertTrue(next.contains(m + "-late"), "the late commit is in the next pull");
    }

    @Test
    void shouldPseudonymiseKeysPerConsumerAndRedactComments() throws IOException {
        String m = marker();
        long event = insertEvent(m);
        String key = "a".repeat(64);
        sql("insert into attendance (event_id, attendee_role, attendee_key, attended, organisation_id) values ("
                + event + ", 'officer', '" + key + "', true, 'solace')");
        sql("insert into peer (kind, name, home_council_gss_code) values ('officer', 'Ariadne " + m + "', 'E06000047')");
        sql("insert into survey_response (event_id, respondent_role, comment, submitted_date, organisation_id) values ("
                + event + ", 'officer', 'Thanks to Ariadne " + m + " (ariadne@example.gov.uk, 07700 900123) at "
                + "DH1 3HP; =SUM(A1)', date '2025-06-20', 'solace')");

        JsonNode analyst = ndjson(as("analyst").when().get("/api/v1/extracts/attendances").then().extract().asString())
                .stream().filter(row -> row.get("eventId").asLong() == event).findFirst().orElseThrow();
        JsonNode admin = ndjson(as("admin").when().get("/api/v1/extracts/attendances").then().extract().asString())
                .stream().filter(row -> row.get("eventId").asLong() == event).findFirst().orElseThrow();
        assertNotEquals(key, analyst.get("attendeeKey").asText());
        assertNotEquals(analyst.get("attendeeKey").asText(), admin.get("attendeeKey").asText());
        JsonNode again = ndjson(as("analyst").when().get("/api/v1/extracts/attendances").then().extract().asString())
                .stream().filter(row -> row.get("eventId").asLong() == event).findFirst().orElseThrow();
        assertEquals(analyst.get("attendeeKey").asText(), again.get("attendeeKey").asText());

        String comment = ndjson(as("analyst").when().get("/api/v1/extracts/survey-responses").then().extract()
                .asString()).stream().filter(row -> row.path("subjectId").asLong() == event).findFirst()
                .orElseThrow().get("comment").asText();
        assertEquals("Thanks to [name] ([email], [phone]) at [postcode]; =SUM(A1)", comment);
        String peers = as("analyst").when().get("/api/v1/extracts/peers").then().extract().asString();
        assertFalse(peers.contains("Ariadne"));
    }

    @Test
    void shouldWithholdSmallCountsAndTheNextSmallestForPublication() {
        List<ExtractCounts.Cell> cells = List.of(
                cell("a", "x", 10), cell("a", "y", 3), cell("a", "z", 12),
                cell("b", "x", 7), cell("b", "y", 8), cell("b", "z", 20));
        List<ExtractCounts.Cell> published = ExtractCounts.suppress(cells, List.of("r", "c"));
        // 3 is withheld, and then enough others that it cannot be worked out from its row's or column's total.
        assertTrue(published.get(1).withheld());
        long withheld = published.stream().filter(ExtractCounts.Cell::withheld).count();
        assertTrue(withheld >= 4, "a withheld count is never alone in its row or column: " + published);
        for (String row : List.of("a", "b")) {
            long inRow = published.stream().filter(c -> c.values().get("r").equals(row) && c.withheld()).count();
            assertTrue(inRow != 1, "row " + row);
        }
        for (String column : List.of("x", "y", "z")) {
            long inColumn = published.stream().filter(c -> c.values().get("c").equals(column) && c.withheld()).count();
            assertTrue(inColumn != 1, "column " + column);
        }
        as("analyst").when().get("/api/v1/extracts/councils/counts?by=region,type&disclosure=public").then()
                .statusCode(200).body("disclosure", equalTo("public"))
                .body("cells.findAll { it.withheld }.count", everyItem(nullValue()))
                .body("cells.findAll { !it.withheld }.count", everyItem(greaterThanOrEqualTo(5)));
        as("analyst").when().get("/api/v1/extracts/councils/counts?by=name").then().statusCode(200);
        as("analyst").when().get("/api/v1/extracts/attendances/counts?by=attendeeKey").then().statusCode(400);
    }

    private static ExtractCounts.Cell cell(String row, String column, long count) {
        return new ExtractCounts.Cell(Map.of("r", row, "c", column), count, false);
    }

    private static boolean isGzip(byte[] bytes) {
        return bytes.length > 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b;
    }
}
