package uk.gov.local.sectorsupport.extract;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import uk.gov.local.sectorsupport.survey.SurveyResponse;
import uk.gov.local.sectorsupport.support.KeycloakTokens;

/**
 * Incremental sync under concurrent writes, across keyset chunks. The test owns a programme, one event and 12,000
 * survey responses about it (three chunks of the test profile's {@code sector-support.extracts.chunk-rows}). A full pull is held open inside its first
 * chunk while other transactions, one of them begun before the pull, create, change, delete and withdraw rows on both
 * sides of its read position, through the API and in SQL. It proves that:
 * <ul>
 * <li>the full pull is one snapshot: no row committed after it began, and old values for rows changed since, on
 * every chunk;</li>
 * <li>its {@code Extract-Watermark} misses nothing committed while it ran: the full pull, replayed with the
 * {@code updatedSince} pulls that follow (rows upserted, tombstones {@code {"id", "deleted": true, "deletedAt"}}
 * removing), equals a fresh full pull, after each of two rounds of writes;</li>
 * <li>that holds too for a writer that commits between the moment the pull takes its snapshot and the moment it
 * reads the watermark (forced with a lock).</li>
 * </ul>
 */
@QuarkusTest
class ExtractSyncTest {

    /** The test profile's chunk size (checked in {@link #shouldReadChunksOfTheTestProfilesSize}). */
    private static final int CHUNK = 5_000;
    private static final int ROWS = 2 * CHUNK + 2_000;
    /**
     * The first chunk's comments: letters only (nothing to redact) and long (3.5 kB), so the chunk (~18 MB) is more than
     * twice what the sockets between server and test were seen to buffer (~6 MB) and the server's pipe between its
     * reading and writing threads holds (1 MiB), and the server is still reading it while the test writes. Later chunks are read after the writes whatever their size: theirs are short.
     */
    private static final String LONG_COMMENT = "Useful session on budgets and scrutiny. ".repeat(88).strip();
    private static final String COMMENT = "Useful session.";
    private static final int READ_FIRST = 100;
    private static final String EARLY = "Changed by a transaction begun before the pull";
    private static final String DURING = "Changed during the pull";
    private static final String BY_API = "Changed through the API during the pull";
    private static final String AGAIN = "Changed again";
    private static final String ACROSS = "Changed by a transaction open across a pull";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Inject
    DataSource db;

    @Inject
    ExtractConfig config;

    @TestHTTPResource("/api/v1/extracts/survey-responses")
    URI extracts;

    private final String marker = "sync" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    private long event;
    /** Every survey response the test made, to clean up with their tombstones and audit entries. */
    private final Set<Long> mine = new HashSet<>();
    /** Writers' transactions and pulls still open, closed after a failure so that clean-up is not blocked. */
    private final List<AutoCloseable> open = new CopyOnWriteArrayList<>();

    @Test
    void shouldReadChunksOfTheTestProfilesSize() {
        assertEquals(CHUNK, config.chunkRows());
    }

    @Test
    void shouldAddIncrementalPullsUpToAFullPullWhileRowsChangeDuringIt() throws Exception {
        List<Long> seeded = seed();
        long readChanged = seeded.get(10), readDeleted = seeded.get(20), readWithdrawn = seeded.get(30);
        long chunk2Changed = seeded.get(CHUNK + 100), chunk2Deleted = seeded.get(CHUNK + 200);
        long chunk3Changed = seeded.get(2 * CHUNK + 100), chunk3ChangedByApi = seeded.get(2 * CHUNK + 200);
        long chunk3Withdrawn = seeded.get(2 * CHUNK + 300), last = seeded.getLast();

        // A writer whose transaction begins before the pull and commits while the pull runs.
        Connection early = begin();
        Instant earlyStart = now(early);
        change(early, EARLY, last);
        long earlyRow = insert(early, 1, EARLY).getFirst();

        Pull pull = pull(null);
        assertEquals(READ_FIRST, pull.lines(READ_FIRST).size());
        String session = extractSession();
        assertNotNull(session, "the pull's snapshot is open");

        // While it is open, each in a transaction of its own, before and after its read position:
        long apiRow = apiCreate();
        apiChange(chunk3ChangedByApi, BY_API);
        change(DURING, readChanged, chunk2Changed, chunk3Changed);
        List<Long> createdDuring = create(3, DURING);
        apiDelete(readDeleted);
        apiDelete(apiRow);
        delete(chunk2Deleted, createdDuring.getFirst());
        withdraw(readWithdrawn, chunk3Withdrawn);
        commit(early);
        assertEquals(session, extractSession(), "the pull is still in its first chunk: it reads the others after "
                + "the writes");

        // 1. The full pull is the snapshot it began with, on every chunk.
        pull.rest();
        Map<Long, JsonNode> replica = replay(new TreeMap<>(), pull.lines);
        assertEquals(new TreeSet<>(seeded), replica.keySet(), "exactly the rows committed before it began");
        assertEquals(ROWS, pull.lines.size(), "one line a row, no tombstones in a full pull");
        for (long id : List.of(last, readChanged, chunk2Changed, chunk3Changed, chunk3ChangedByApi)) {
            assertEquals("not-answered", replica.get(id).get("wouldRecommend").asText(), "old value of " + id);
        }
        Instant firstWatermark = Instant.parse(pull.watermark());
        assertFalse(firstWatermark.isAfter(earlyStart), "the watermark is no later than the oldest open transaction");

        // 2. What changed since its watermark: every write made during it, the early writer's included.
        Pull firstChanges = pull(pull.watermark());
        Map<Long, JsonNode> changes = byId(firstChanges.rest());
        assertComment(changes, EARLY, last, earlyRow);
        assertComment(changes, DURING, readChanged, chunk2Changed, chunk3Changed,
                createdDuring.get(1), createdDuring.get(2));
        assertComment(changes, BY_API, chunk3ChangedByApi);
        assertTombstones(changes, firstWatermark, readDeleted, apiRow, chunk2Deleted, createdDuring.getFirst(),
                readWithdrawn, chunk3Withdrawn);
        assertFalse(changes.containsKey(seeded.getFirst()), "unchanged rows are not sent again");
        replay(replica, firstChanges.lines);
        assertSameRows(fullPull(), replica);

        // 3. A second round: writes between pulls, and a writer whose transaction is open across the next pull.
        Connection straddler = begin();
        change(straddler, ACROSS, seeded.get(5));
        long straddlerRow = insert(straddler, 1, ACROSS).getFirst();
        change(AGAIN, readChanged, createdDuring.get(1));
        delete(earlyRow, seeded.get(CHUNK));
        List<Long> createdBetween = create(2, AGAIN);
        Pull secondChanges = pull(firstChanges.watermark());
        Map<Long, JsonNode> second = byId(secondChanges.rest());
        assertComment(second, AGAIN, readChanged, createdDuring.get(1), createdBetween.get(0),
                createdBetween.get(1));
        assertTombstones(second, Instant.parse(firstChanges.watermark()), earlyRow, seeded.get(CHUNK));
        assertFalse(second.containsKey(straddlerRow), "not committed yet");
        replay(replica, secondChanges.lines);
        assertSameRows(fullPull(), replica);

        commit(straddler);
        Pull thirdChanges = pull(secondChanges.watermark());
        Map<Long, JsonNode> third = byId(thirdChanges.rest());
        assertComment(third, ACROSS, seeded.get(5), straddlerRow);
        replay(replica, thirdChanges.lines);
        Map<Long, JsonNode> now = fullPull();
        assertSameRows(now, replica);
        assertTrue(now.keySet().containsAll(List.of(createdDuring.get(1), createdDuring.get(2), createdBetween.get(0),
                createdBetween.get(1), straddlerRow)), "every row created is there");
        for (long gone : List.of(readDeleted, apiRow, chunk2Deleted, createdDuring.getFirst(), readWithdrawn,
                chunk3Withdrawn, earlyRow, seeded.get(CHUNK))) {
            assertFalse(now.containsKey(gone), "deleted or withdrawn: " + gone);
        }
    }

    /**
     * A writer that began before the pull and commits just as the pull opens its snapshot is not lost. The pull's
     * watermark query waits on a lock on pg_stat_activity while the writer commits. When that query was the first of
     * the snapshot's transaction, the snapshot was taken as it was parsed, before the wait: the change was not in it,
     * and the writer had left pg_stat_activity by the time the watermark was read, so the watermark was later than
     * the writer's `updated_at` and no pull ever had the change. (LOCK on a system view needs a superuser, as the
     * tests' database user is; the lock, which extends to pg_database and pg_authid, is held for a moment only.)
     */
    @Test
    void shouldNotMissACommitMadeWhileThePullOpensItsSnapshot() throws Exception {
        long row = create(1, "Before").getFirst();
        warmPool();
        Connection writer = begin();
        change(writer, EARLY, row);
        Connection locker = begin();
        try (PreparedStatement lock = locker.prepareStatement(
                "lock table pg_catalog.pg_stat_activity in access exclusive mode")) {
            lock.execute();
        }
        CompletableFuture<Pull> pulling = pullAsync(null);
        awaitPullWaitingOnTheLock(locker);
        commit(writer);
        commit(locker);

        Pull pull = pulling.get(60, TimeUnit.SECONDS);
        Map<Long, JsonNode> replica = replay(new TreeMap<>(), pull.rest());
        replay(replica, pull(pull.watermark()).rest());
        assertEquals(EARLY, replica.get(row).get("comment").asText(), "the writer's change is in one of the pulls");
        assertSameRows(fullPull(), replica);
    }

    /**
     * Idle connections in the pool for the server's pull: a new one could not log in while pg_authid is locked.
     */
    private void warmPool() throws SQLException {
        List<Connection> connections = new ArrayList<>();
        try {
            for (int i = 0; i < 4; i++) {
                connections.add(db.getConnection());
            }
        } finally {
            for (Connection connection : connections) {
                connection.close();
            }
        }
    }

    private static void awaitPullWaitingOnTheLock(Connection locker) throws Exception {
        String waiting = null;
        for (int i = 0; i < 200; i++) {
            try (PreparedStatement query = locker.prepareStatement("select pg_stat_clear_snapshot(), string_agg(pid "
                    + "|| ' ' || wait_event_type || ' ' || query, '; ') from pg_stat_activity where wait_event_type = "
                    + "'Lock' and pid <> pg_backend_pid()"); ResultSet row = query.executeQuery()) {
                row.next();
                waiting = row.getString(2);
                if (waiting != null && waiting.contains("from pg_stat_activity a")) {
                    return;
                }
            }
            Thread.sleep(50);
        }
        fail("the pull's watermark query never waited on the lock; waiting: " + waiting);
    }

    // --- pulls

    /** An extract of this test's programme, read as a stream of NDJSON lines. */
    private final class Pull implements AutoCloseable {
        private final HttpResponse<InputStream> response;
        private final BufferedReader reader;
        private final List<JsonNode> lines = new ArrayList<>();

        Pull(HttpResponse<InputStream> response) {
            this.response = response;
            this.reader = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8));
        }

        String watermark() {
            return response.headers().firstValue(ExtractResource.WATERMARK).orElseThrow();
        }

        /** The next {@code n} lines, leaving the rest on the wire. */
        List<JsonNode> lines(int n) throws IOException {
            List<JsonNode> read = new ArrayList<>();
            String line;
            while (read.size() < n && (line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    read.add(JSON.readTree(line));
                }
            }
            lines.addAll(read);
            return read;
        }

        /** Every line left, to the end of the response. */
        List<JsonNode> rest() throws IOException {
            List<JsonNode> read = lines(Integer.MAX_VALUE);
            close();
            return read;
        }

        @Override
        public void close() throws IOException {
            reader.close();
        }
    }

    /** {@code since}: a watermark, or null for a full pull. */
    private Pull pull(String since) throws Exception {
        return pullAsync(since).get(60, TimeUnit.SECONDS);
    }

    /** A pull whose response (its headers) comes once the server has opened its snapshot. */
    private CompletableFuture<Pull> pullAsync(String since) {
        String query = "?programme=" + marker + (since == null ? ""
                : "&updatedSince=" + URLEncoder.encode(since, StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(extracts + query))
                .header("Authorization", "Bearer " + KeycloakTokens.user("analyst")).GET().build();
        return HTTP.sendAsync(request, HttpResponse.BodyHandlers.ofInputStream()).thenApply(response -> {
            Pull pull = new Pull(response);
            open.add(pull);
            assertEquals(200, response.statusCode());
            return pull;
        });
    }

    private Map<Long, JsonNode> fullPull() throws Exception {
        List<JsonNode> lines = pull(null).rest();
        assertTrue(lines.stream().noneMatch(line -> line.has("deleted")), "a full pull has no tombstones");
        return byId(lines);
    }

    /** Applies a pull to a replica: rows replace, tombstones remove. */
    private static Map<Long, JsonNode> replay(Map<Long, JsonNode> replica, List<JsonNode> lines) {
        for (JsonNode line : lines) {
            if (line.path("deleted").asBoolean()) {
                replica.remove(line.get("id").asLong());
            } else {
                replica.put(line.get("id").asLong(), line);
            }
        }
        return replica;
    }

    private static Map<Long, JsonNode> byId(List<JsonNode> lines) {
        Map<Long, JsonNode> rows = new HashMap<>();
        lines.forEach(line -> rows.put(line.get("id").asLong(), line));
        return rows;
    }

    /**
     * The server's extract session while it is blocked writing a chunk: its pid and when it ran its last query, so
     * the same value later means it has not asked for another chunk since. Null when no pull is open.
     */
    private String extractSession() throws SQLException {
        try (Connection connection = db.getConnection(); PreparedStatement query = connection.prepareStatement(
                "select pid || ' ' || query_start from pg_stat_activity where pid <> pg_backend_pid() and "
                        + "xact_start is not null and query like 'copy (select % from survey_response t where t.id > %'");
                ResultSet row = query.executeQuery()) {
            return row.next() ? row.getString(1) : null;
        }
    }

    // --- assertions

    private static void assertComment(Map<Long, JsonNode> changes, String comment, long... ids) {
        for (long id : ids) {
            assertTrue(changes.containsKey(id), "row " + id + " is in the changes");
            assertEquals(comment, changes.get(id).get("comment").asText(), "row " + id);
        }
    }

    private static void assertTombstones(Map<Long, JsonNode> changes, Instant since, long... ids) {
        for (long id : ids) {
            JsonNode tombstone = changes.get(id);
            assertNotNull(tombstone, "a tombstone for " + id);
            assertTrue(tombstone.get("deleted").asBoolean(), "deleted: " + tombstone);
            assertFalse(Instant.parse(tombstone.get("deletedAt").asText()).isBefore(since), "deletedAt: " + tombstone);
            assertEquals(3, tombstone.size(), "only id, deleted, deletedAt: " + tombstone);
        }
    }

    /** The replica equals the fresh pull, reported by id rather than as two maps of 12,000 rows. */
    private static void assertSameRows(Map<Long, JsonNode> expected, Map<Long, JsonNode> replica) {
        Set<Long> missing = new TreeSet<>(expected.keySet());
        missing.removeAll(replica.keySet());
        Set<Long> extra = new TreeSet<>(replica.keySet());
        extra.removeAll(expected.keySet());
        List<String> different = new ArrayList<>();
        expected.forEach((id, row) -> {
            if (replica.containsKey(id) && !row.equals(replica.get(id))) {
                different.add(replica.get(id) + " instead of " + row);
            }
        });
        if (!missing.isEmpty() || !extra.isEmpty() || !different.isEmpty()) {
            fail("replica differs from a full pull: missing " + missing + ", extra " + extra + ", different "
                    + different);
        }
    }

    // --- writes (the database's triggers set updated_at and record deletions, whichever way a row is written)

    /** {@link #ROWS} responses, in key order. */
    private List<Long> seed() throws SQLException {
        List<Long> ids = new ArrayList<>(create(CHUNK, LONG_COMMENT));
        ids.addAll(create(ROWS - CHUNK, COMMENT));
        return ids;
    }

    private List<Long> create(int rows, String comment) throws SQLException {
        try (Connection connection = db.getConnection()) {
            return insert(connection, rows, comment);
        }
    }

    private List<Long> insert(Connection connection, int rows, String comment) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement insert = connection.prepareStatement("insert into survey_response (event_id, "
                + "respondent_role, council_gss_code, satisfaction, comment, submitted_date, organisation_id, "
                + "external_id) select ?, 'officer', 'E06000047', 1 + i % 5, ?, date '2025-06-20', 'solace', "
                + "? || '-' || i from generate_series(1, ?) i returning id")) {
            insert.setLong(1, event);
            insert.setString(2, comment);
            insert.setString(3, marker + "-" + UUID.randomUUID());
            insert.setInt(4, rows);
            try (ResultSet created = insert.executeQuery()) {
                while (created.next()) {
                    ids.add(created.getLong(1));
                }
            }
        }
        mine.addAll(ids);
        return ids.stream().sorted().toList();
    }

    private void change(String comment, long... ids) throws SQLException {
        try (Connection connection = db.getConnection()) {
            change(connection, comment, ids);
        }
    }

    private static void change(Connection connection, String comment, long... ids) throws SQLException {
        execute(connection, "update survey_response set comment = ?, satisfaction = 1, would_recommend = 'yes' "
                + "where id = any(?)", comment, ids);
    }

    private void delete(long... ids) throws SQLException {
        try (Connection connection = db.getConnection()) {
            execute(connection, "delete from survey_response where id = any(?)", null, ids);
        }
    }

    /** As a partner's complete-set push withdraws a record it no longer sends. */
    private void withdraw(long... ids) throws SQLException {
        try (Connection connection = db.getConnection()) {
            execute(connection, "update survey_response set withdrawn_at = now() where id = any(?)", null, ids);
        }
    }

    private static void execute(Connection connection, String sql, String text, long... ids) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int i = 1;
            if (text != null) {
                statement.setString(i++, text);
            }
            statement.setArray(i, connection.createArrayOf("bigint", Arrays.stream(ids).boxed()
                    .toArray(Long[]::new)));
            assertEquals(ids.length, statement.executeUpdate(), sql);
        }
    }

    /** A transaction begun now (its first statement runs now) and committed by {@link #commit}. */
    private Connection begin() throws SQLException {
        Connection connection = db.getConnection();
        connection.setAutoCommit(false);
        open.add(connection);
        return connection;
    }

    private static Instant now(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("select now()");
                ResultSet row = query.executeQuery()) {
            row.next();
            return row.getObject(1, OffsetDateTime.class).toInstant();
        }
    }

    private void commit(Connection connection) throws SQLException {
        connection.commit();
        connection.close();
        open.remove(connection);
    }

    private static RequestSpecification staff() {
        return given().auth().oauth2(KeycloakTokens.user("staff"));
    }

    private long apiCreate() {
        long id = staff().contentType(ContentType.JSON).body(Map.of("subject", Map.of("type", "event", "id", event),
                "respondentRole", "officer", "council", "E06000047", "satisfaction", 1, "wouldRecommend", "yes",
                "comment", DURING, "submittedDate", "2025-06-20"))
                .when().post("/api/v1/survey-responses").then().statusCode(201).extract().jsonPath().getLong("id");
        mine.add(id);
        return id;
    }

    private void apiChange(long id, String comment) {
        String etag = staff().when().get("/api/v1/survey-responses/" + id).then().statusCode(200).extract()
                .header("ETag");
        staff().contentType(ContentType.JSON).header("If-Match", etag).body(Map.of("subject", Map.of("type", "event",
                "id", event), "respondentRole", "officer", "council", "E06000047", "satisfaction", 1,
                "wouldRecommend", "yes", "comment", comment, "submittedDate", "2025-06-20"))
                .when().put("/api/v1/survey-responses/" + id).then().statusCode(200);
    }

    private void apiDelete(long id) {
        String etag = staff().when().get("/api/v1/survey-responses/" + id).then().statusCode(200).extract()
                .header("ETag");
        staff().header("If-Match", etag).when().delete("/api/v1/survey-responses/" + id).then().statusCode(204);
    }

    // --- the test's own programme and event, and clean-up

    @BeforeEach
    void createProgrammeAndEvent() throws SQLException {
        try (Connection connection = db.getConnection()) {
            try (PreparedStatement insert = connection.prepareStatement("insert into programme (id, name, theme, "
                    + "funder, delivering_organisation_id, audience, active_from_year) values (?, ?, "
                    + "'research-and-data', 'other', 'lga', 'officers', 2024)")) {
                insert.setString(1, marker);
                insert.setString(2, "Extract sync test " + marker);
                insert.executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement("insert into event (programme_id, title, "
                    + "type, format, start_date, end_date, organisation_id) values (?, ?, 'webinar', 'online', "
                    + "date '2025-06-12', date '2025-06-12', 'solace') returning id")) {
                insert.setString(1, marker);
                insert.setString(2, marker);
                try (ResultSet id = insert.executeQuery()) {
                    id.next();
                    event = id.getLong(1);
                }
            }
        }
    }

    /** Everything the test made goes, tombstones and audit entries included, so other tests' pulls never see it. */
    @AfterEach
    void cleanUp() throws Exception {
        for (AutoCloseable resource : open.reversed()) {
            if (resource instanceof Connection connection && !connection.isClosed()) {
                connection.rollback();
            }
            resource.close();
        }
        String[] responses = mine.stream().map(String::valueOf).toArray(String[]::new);
        try (Connection connection = db.getConnection()) {
            for (String sql : List.of(
                    "delete from survey_response where event_id = " + event,
                    "delete from event where id = " + event,
                    "delete from programme where id = '" + marker + "'",
                    "delete from deleted_record where (dataset = 'events' and record_id = '" + event + "') or "
                            + "(dataset = 'programmes' and record_id = '" + marker + "')")) {
                try (PreparedStatement statement = connection.prepareStatement(sql)) {
                    statement.executeUpdate();
                }
            }
            for (String sql : List.of(
                    "delete from deleted_record where dataset = 'survey-responses' and record_id = any(?)",
                    "delete from audit_entry where entity_type = '" + SurveyResponse.AUDIT_TYPE + "' and "
                            + "entity_id = any(?)")) {
                try (PreparedStatement statement = connection.prepareStatement(sql)) {
                    statement.setArray(1, connection.createArrayOf("text", responses));
                    statement.executeUpdate();
                }
            }
        }
    }
}
