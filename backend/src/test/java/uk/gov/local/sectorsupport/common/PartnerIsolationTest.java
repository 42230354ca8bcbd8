package uk.gov.local.sectorsupport.common;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import uk.gov.local.sectorsupport.support.KeycloakTokens;

/**
 * Object-level isolation between partners, generated from the OpenAPI document so that a new route is covered
 * without anyone remembering to: partner A (Solace) owns one record of every kind a partner can own, pushed through
 * the import API (Solace's support engagement by LGA staff for Solace: Solace delivers no engagement programme);
 * partner B (ADASS) then calls every documented path that names one of them with A's ids, with every method (the
 * documented ones carrying A's ETag and their example body), and must never get a 2xx. An operation whose path parameter names neither one of
 * A's kinds nor a kind listed in {@link #NOT_PARTNER_OWNED} fails the test, so a new partner-owned resource cannot
 * be skipped silently. B's lists, summaries, the council timeline and extracts must not show A's records, and B's
 * pushes of A's external ids must not touch them. A's records are compared row for row before and after.
 */
@QuarkusTest
class PartnerIsolationTest {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");
    private static final Pattern PARAMETER = Pattern.compile("([^/{}]+)/\\{([^}]+)}");
    private static final String COUNCIL = "E06000047";
    private static final String PARTNER_A = "solace";
    private static final String PARTNER_B = "adass";
    /** A programme each partner delivers, so that each may push into it. */
    private static final String PROGRAMME_A = "springboard";
    private static final String PROGRAMME_B = "partners-in-care-and-health";
    /** Tables of records a partner owns (organisation_id), compared before and after B's attempts. */
    private static final List<String> OWNED_TABLES = List.of("event", "attendance", "cohort", "enrolment",
            "support_engagement", "survey_response", "import_job");

    /**
     * Path parameters (the collection segment and the parameter, as in the document) that name one of A's records,
     * by the kind of record.
     */
    private static final Map<String, String> PARTNER_OWNED = Map.of(
            "events/{id}", "event",
            "attendances/{attendanceId}", "attendance",
            "cohorts/{id}", "cohort",
            "enrolments/{enrolmentId}", "enrolment",
            "support-engagements/{id}", "support-engagement",
            "survey-responses/{id}", "survey-response",
            "imports/{id}", "import");

    /** Path parameters that name something no partner owns, each with the reason; B's reads of them are still checked. */
    private static final Map<String, String> NOT_PARTNER_OWNED = Map.ofEntries(
            Map.entry("councils/{gssCode}", "public reference data (the register of councils) that every caller reads;"
                    + " its timeline is scoped to the caller's organisation and checked below"),
            Map.entry("organisations/{id}", "public reference data: the LGA and its delivery partners"),
            Map.entry("programmes/{id}", "the LGA's public catalogue of programmes, which every partner reads"),
            Map.entry("peer-challenges/{id}", "run by the LGA, not pushed by partners; every partner may read them"),
            Map.entry("team/{peerId}", "a person in the LGA's peer pool; partners may not read peers"),
            Map.entry("peers/{id}", "the LGA's peer pool; partners may not read it"),
            Map.entry("deliverables/{id}", "the LGA's own programme targets, read by every partner"),
            Map.entry("metrics/{key}", "the annual report's figure definitions; partners may not read them"),
            Map.entry("partner-clients/{clientId}", "Keycloak clients, managed by administrators only"),
            Map.entry("annual/{financialYear}", "the LGA-wide annual report; partners may not read it"),
            Map.entry("figures/{metricKey}", "a figure of the annual report; partners may not read it"),
            Map.entry("snapshots/{id}", "a frozen annual report; partners may not read it"),
            Map.entry("peer-challenges/{financialYear}", "the LGA-wide peer challenge report; partners may not read it"),
            Map.entry("extracts/{dataset}", "a dataset name, not a record; extracts are refused to partners (checked)"),
            Map.entry("imports/{dataset}", "a dataset name, not a record; B's pushes over A's ids are checked below"));

    /** Values for list filters that point at A's records, one filter at a time. */
    private static final Set<String> SCOPING_FILTERS = Set.of("q", "programme", "organisation", "council", "event",
            "cohort", "supportEngagement", "financialYear", "subjectType", "dataset");

    @Inject
    AgroalDataSource dataSource;

    /** Partner A's records: one of each kind, and what B's calls look for in every answer. */
    record PartnerARecords(String secret, Map<String, Long> ids, List<Long> imports,
            Map<String, String> rows) {
    }

    private static PartnerARecords a;

    @Test
    void shouldHaveAnIdOfPartnerAForEveryPathParameterOrAReasonWhyNoPartnerOwnsIt() {
        List<String> unknown = new ArrayList<>();
        operations().forEach((operation, path) -> pathParameters(path).forEach(parameter -> {
            if (!PARTNER_OWNED.containsKey(parameter) && !NOT_PARTNER_OWNED.containsKey(parameter)) {
                unknown.add(operation + ": " + parameter);
            }
        }));
        assertTrue(unknown.isEmpty(), "Path parameters that name neither a partner-owned kind this test creates nor a "
                + "kind listed as not partner-owned (add it to one of the two):\n" + String.join("\n", unknown));
    }

    @Test
    void shouldNeverAnswerPartnerBWithA2xxForPartnerARecordsOnAnyRoute() throws java.io.IOException, SQLException {
        PartnerARecords records = partnerARecords();
        Map<String, String> before = ownedRows(PARTNER_A);
        Set<String> partnerMayRead = new java.util.HashSet<>();
        AuthorisationMatrixTest.matrix().stream().filter(row -> row.expected().get("partner A") == 200)
                .forEach(row -> partnerMayRead.add(row.operation()));
        List<String> leaks = new ArrayList<>();
        int calls = 0;
        // Every method on every such path, documented or not: an undocumented one must be refused too (405).
        Map<String, String> everyMethod = new TreeMap<>();
        new java.util.TreeSet<>(operations().values()).forEach(template -> METHODS
                .forEach(method -> everyMethod.put(method.toUpperCase() + " " + template, template)));
        for (Map.Entry<String, String> operation : everyMethod.entrySet()) {
            String method = operation.getKey().split(" ")[0];
            String template = operation.getValue();
            List<String> parameters = pathParameters(template);
            if (parameters.stream().noneMatch(PARTNER_OWNED::containsKey)) {
                continue;
            }
            String path = template;
            for (String parameter : parameters) {
                Long id = records.ids().get(PARTNER_OWNED.get(parameter));
                if (id == null) {
                    fail(operation.getKey() + ": this test has no record of partner A for " + parameter);
                }
                path = path.replace(parameter, parameter.substring(0, parameter.indexOf('/') + 1) + id);
            }
            if (method.equals("GET") && partnerMayRead.contains(operation.getKey())) {
                // The control: A reads its own record, so B's refusal is about B, not about a wrong id.
                int own = partner(PARTNER_A).when().get(path).statusCode();
                if (own != 200) {
                    leaks.add("control: " + operation.getKey() + " " + path + " as partner A gave " + own);
                }
            }
            Response answer = attempt(method, path);
            calls++;
            if (answer.statusCode() < 400 || answer.statusCode() >= 500) {
                leaks.add(operation.getKey() + " " + path + " as partner B gave " + answer.statusCode());
            }
        }
        assertTrue(calls >= METHODS.size() * PARTNER_OWNED.size(),
                "expected every method on every route naming a partner record, made " + calls);
        System.out.println("PartnerIsolationTest: " + calls + " calls as partner B on partner A's records");
        assertTrue(leaks.isEmpty(), String.join("\n", leaks));
        assertEquals(before, ownedRows(PARTNER_A), "partner A's records changed");
    }

    @Test
    void shouldShowPartnerBNoneOfPartnerARecordsInAnyListSummaryTimelineOrExtract() {
        PartnerARecords records = partnerARecords();
        Map<String, String> filterValues = Map.of("q", records.secret(), "programme", PROGRAMME_A,
                "organisation", PARTNER_A, "council", COUNCIL, "event", Long.toString(records.ids().get("event")),
                "cohort", Long.toString(records.ids().get("cohort")),
                "supportEngagement", Long.toString(records.ids().get("support-engagement")),
                "financialYear", "2025-26", "subjectType", "event", "dataset", "events");
        Map<String, List<String>> queryParameters = listOperations();
        List<String> leaks = new ArrayList<>();
        int calls = 0;
        for (Map.Entry<String, List<String>> list : queryParameters.entrySet()) {
            String path = list.getKey();
            List<Map<String, String>> queries = new ArrayList<>();
            queries.add(list.getValue().contains("size") ? Map.of("size", "100") : Map.of());
            list.getValue().stream().filter(SCOPING_FILTERS::contains)
                    .forEach(name -> queries.add(Map.of(name, filterValues.get(name))));
            for (Map<String, String> query : queries) {
                Response answer = partner(PARTNER_B).queryParams(query).when().get(path);
                calls++;
                if (answer.statusCode() >= 500 || answer.asString().contains(records.secret())
                        || showsOwnedBy(answer, PARTNER_A)) {
                    leaks.add("GET " + path + " " + query + " as partner B gave " + answer.statusCode()
                            + (answer.statusCode() < 500 ? " showing partner A's record" : ""));
                }
            }
        }
        System.out.println("PartnerIsolationTest: " + calls + " list calls as partner B");
        // The controls: the same filters show A its own records, so B's empty answers are about B.
        assertTrue(partner(PARTNER_A).queryParam("q", records.secret()).when().get("/api/v1/events").asString()
                .contains(records.secret()));
        assertTrue(showsOwnedBy(partner(PARTNER_A).queryParam("q", records.secret()).when().get("/api/v1/cohorts"),
                PARTNER_A));

        // Figures over survey responses about A's event: B counts none, A counts its own.
        partner(PARTNER_B).queryParam("event", records.ids().get("event")).when().get("/api/v1/survey-responses/summary")
                .then().statusCode(200).body("responses", org.hamcrest.Matchers.equalTo(0));
        partner(PARTNER_A).queryParam("event", records.ids().get("event")).when().get("/api/v1/survey-responses/summary")
                .then().statusCode(200).body("responses", org.hamcrest.Matchers.equalTo(1));

        // The council's timeline: B sees none of A's support there, A sees its event, cohort and engagement.
        List<Map<String, Object>> seenByB = partner(PARTNER_B).when().get("/api/v1/councils/" + COUNCIL + "/timeline")
                .then().statusCode(200).extract().jsonPath().getList("entries");
        for (Map<String, Object> entry : seenByB) {
            Long id = records.ids().get(entry.get("kind").toString());
            if (id != null && id == ((Number) entry.get("id")).longValue()) {
                leaks.add("the timeline of " + COUNCIL + " shows partner B partner A's " + entry.get("kind"));
            }
        }
        JsonPath seenByA = partner(PARTNER_A).when().get("/api/v1/councils/" + COUNCIL + "/timeline").then()
                .statusCode(200).extract().jsonPath();
        for (String kind : List.of("event", "cohort", "support-engagement")) {
            assertTrue(seenByA.getList("entries.findAll { it.kind == '" + kind + "' }.id", Number.class).stream()
                    .anyMatch(id -> id.longValue() == records.ids().get(kind)), "control: A's timeline lacks its " + kind);
        }

        // Extracts are refused to partners outright, with nothing of anyone's in the answer.
        for (String dataset : List.of("events", "attendances", "cohorts", "enrolments", "support-engagements",
                "survey-responses")) {
            Response extract = partner(PARTNER_B).when().get("/api/v1/extracts/" + dataset);
            if (extract.statusCode() != 403 || extract.asString().contains(records.secret())) {
                leaks.add("GET /api/v1/extracts/" + dataset + " as partner B gave " + extract.statusCode());
            }
        }
        assertTrue(leaks.isEmpty(), String.join("\n", leaks));
    }

    @Test
    void shouldNotLetPartnerBPushOverPartnerARecordsWithTheSameExternalIds() throws SQLException {
        PartnerARecords records = partnerARecords();
        Map<String, String> before = ownedRows(PARTNER_A);
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, String> dataset : records.rows().entrySet()) {
            // A's rows exactly as A sent them, then in B's own programme: neither may update or withdraw A's records.
            // B's copies keep A's external ids but not the text only A's records show.
            String copy = dataset.getValue().replace(records.secret(), "copied by B");
            for (String body : new java.util.LinkedHashSet<>(List.of(copy, copy.replace(PROGRAMME_A, PROGRAMME_B)))) {
                JsonPath summary = partner(PARTNER_B).queryParam("mode", "partial").contentType("application/x-ndjson")
                        .body(body.getBytes(StandardCharsets.UTF_8)).when().post("/api/v1/imports/" + dataset.getKey())
                        .then().statusCode(200).extract().jsonPath();
                if (summary.getInt("updated") != 0 || summary.getInt("unchanged") != 0
                        || summary.getInt("withdrawn") != 0) {
                    problems.add(dataset.getKey() + ": partner B's push of A's external ids gave " + summary.prettify());
                }
            }
        }
        // A complete set of B's, for A's programme and for its own, withdraws nothing of A's (compared below).
        partner(PARTNER_B).queryParams(Map.of("scope", "complete", "programme", PROGRAMME_A, "financialYear", "2025-26"))
                .contentType("application/x-ndjson").body(new byte[0]).when().post("/api/v1/imports/events")
                .then().statusCode(org.hamcrest.Matchers.lessThan(500));
        JsonPath complete = partner(PARTNER_B).queryParams(Map.of("scope", "complete", "programme", PROGRAMME_B,
                "financialYear", "2025-26")).contentType("application/x-ndjson")
                .body(records.rows().get("events").replace(records.secret(), "copied by B").replace(PROGRAMME_A, PROGRAMME_B)
                        .getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/imports/events").then().statusCode(200).extract().jsonPath();
        assertEquals(0, complete.getInt("updated"), complete.prettify());
        // B's receipt check of A's import is refused.
        Map<String, Object> receipt = partner(PARTNER_A).when().get("/api/v1/imports/" + records.imports().getFirst())
                .then().statusCode(200).extract().jsonPath().getMap("receipt");
        partner(PARTNER_B).contentType(ContentType.JSON).body(receipt).when().post("/api/v1/imports/receipts/verify")
                .then().statusCode(422);
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        assertEquals(before, ownedRows(PARTNER_A), "partner A's records changed");
        partner(PARTNER_A).when().get("/api/v1/events/" + records.ids().get("event")).then().statusCode(200)
                .body("organisation.id", org.hamcrest.Matchers.equalTo(PARTNER_A));
    }

    // --- partner A's records, pushed once for the class

    private synchronized PartnerARecords partnerARecords() {
        if (a != null) {
            return a;
        }
        String m = "iso" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        // In A's titles, names and comments only: B's copies of A's rows carry A's external ids (with m) but not this.
        String secret = m + "-only-a";
        Map<String, String> rows = new LinkedHashMap<>();
        rows.put("events", "{\"externalId\": \"" + m + "-ev\", \"programme\": \"" + PROGRAMME_A + "\", \"title\": \""
                + secret + " masterclass\", \"type\": \"masterclass\", \"format\": \"online\", \"startDate\": \"2025-06-12\"}");
        rows.put("attendances", "{\"externalId\": \"" + m + "-at\", \"eventExternalId\": \"" + m + "-ev\", \"council\": \""
                + COUNCIL + "\", \"attendeeRole\": \"officer\", \"attended\": true, \"attendeeKey\": \""
                + pseudonym(m + "@example.org") + "\"}");
        rows.put("cohorts", "{\"externalId\": \"" + m + "-co\", \"programme\": \"" + PROGRAMME_A + "\", \"name\": \"" + secret
                + " cohort\", \"startDate\": \"2025-09-01\", \"endDate\": \"2026-03-31\"}");
        rows.put("enrolments", "{\"externalId\": \"" + m + "-en\", \"cohortExternalId\": \"" + m + "-co\","
                + " \"participantKey\": \"" + pseudonym(m + "@example.org") + "\", \"council\": \"" + COUNCIL + "\","
                + " \"participantRole\": \"officer\", \"status\": \"enrolled\"}");
        rows.put("support-engagements", "{\"externalId\": \"" + m + "-se\", \"programme\": \"" + PROGRAMME_A + "\","
                + " \"council\": \"" + COUNCIL + "\", \"type\": \"mentoring\", \"startDate\": \"2025-05-01\","
                + " \"daysDelivered\": 2, \"leadAdviser\": \"" + secret + " adviser\"}");
        rows.put("survey-responses", "{\"externalId\": \"" + m + "-sr\", \"subjectType\": \"event\","
                + " \"subjectExternalId\": \"" + m + "-ev\", \"respondentRole\": \"officer\", \"council\": \"" + COUNCIL
                + "\", \"satisfaction\": 5, \"submittedDate\": \"2025-06-20\", \"comment\": \"" + secret + " comment\"}");
        List<Long> imports = new ArrayList<>();
        rows.forEach((dataset, row) -> {
            // Solace delivers no support-engagement programme of its own: LGA staff push that one for Solace.
            RequestSpecification pusher = dataset.equals("support-engagements")
                    ? given().auth().oauth2(KeycloakTokens.user("staff")).queryParam("organisation", PARTNER_A)
                    : partner(PARTNER_A);
            JsonPath summary = pusher.contentType("application/x-ndjson").body(row.getBytes(StandardCharsets.UTF_8))
                    .when().post("/api/v1/imports/" + dataset).then().statusCode(200).extract().jsonPath();
            assertEquals(1, summary.getInt("created"), dataset + ": " + summary.prettify());
            imports.add(summary.getLong("id"));
        });
        Map<String, Long> ids = new TreeMap<>();
        ids.put("event", firstId("/api/v1/events?q=" + m));
        ids.put("attendance", firstId("/api/v1/events/" + ids.get("event") + "/attendances"));
        ids.put("cohort", firstId("/api/v1/cohorts?q=" + m));
        ids.put("enrolment", firstId("/api/v1/cohorts/" + ids.get("cohort") + "/enrolments"));
        ids.put("support-engagement", partner(PARTNER_A).when().get("/api/v1/support-engagements?size=100&programme="
                + PROGRAMME_A + "&council=" + COUNCIL).then().statusCode(200).extract().jsonPath()
                .getLong("items.find { it.externalId == '" + m + "-se' }.id"));
        ids.put("survey-response", firstId("/api/v1/survey-responses?event=" + ids.get("event")));
        ids.put("import", imports.getFirst());
        a = new PartnerARecords(secret, ids, imports, rows);
        return a;
    }

    /** Whether a page of records has one of the organisation's (records name their owner as `organisation`). */
    private static boolean showsOwnedBy(Response answer, String organisation) {
        if (answer.statusCode() != 200 || !String.valueOf(answer.contentType()).startsWith("application/json")) {
            return false;
        }
        Object items = answer.jsonPath().get("items");
        if (!(items instanceof List<?> list)) {
            return false;
        }
        return list.stream().filter(Map.class::isInstance).map(item -> ((Map<?, ?>) item).get("organisation"))
                .anyMatch(owner -> organisation.equals(owner)
                        || owner instanceof Map<?, ?> ref && organisation.equals(ref.get("id")));
    }

    private static long firstId(String path) {
        return partner(PARTNER_A).when().get(path).then().statusCode(200).extract().jsonPath().getLong("items[0].id");
    }

    // --- B's attempts

    /**
     * B's call with the method the document lists. Writes carry A's current ETag and the operation's own example
     * body, so that nothing but B's lack of rights could stop them.
     */
    private static Response attempt(String method, String path) {
        RequestSpecification request = partner(PARTNER_B);
        String etag = partner(PARTNER_A).when().get(path).header("ETag");
        if (etag != null && Set.of("PUT", "PATCH", "DELETE").contains(method)) {
            request = request.header("If-Match", etag);
        }
        if (Set.of("POST", "PUT", "PATCH").contains(method)) {
            request = request.contentType(ContentType.JSON).body(exampleBody(method, path));
        }
        return request.when().request(method, path);
    }

    private static Map<String, Map<String, Object>> document;

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> document() {
        if (document == null) {
            document = given().noFilters().accept(ContentType.JSON).when().get("/q/openapi").then().statusCode(200)
                    .extract().path("paths");
        }
        return document;
    }

    /** Every operation ("GET /api/v1/events/{id}") with its path template. */
    private static Map<String, String> operations() {
        Map<String, String> operations = new TreeMap<>();
        document().forEach((path, methods) -> methods.keySet().stream().filter(METHODS::contains)
                .forEach(method -> operations.put(method.toUpperCase() + " " + path, path)));
        return operations;
    }

    /** Every GET of a collection (no path parameter) with its query parameters' names. */
    @SuppressWarnings("unchecked")
    private static Map<String, List<String>> listOperations() {
        Map<String, List<String>> lists = new TreeMap<>();
        document().forEach((path, methods) -> {
            Map<String, Object> get = (Map<String, Object>) methods.get("get");
            if (get != null && !path.contains("{")) {
                List<Map<String, Object>> parameters = (List<Map<String, Object>>) get.getOrDefault("parameters",
                        List.of());
                lists.put(path, parameters.stream().filter(p -> "query".equals(p.get("in")))
                        .map(p -> p.get("name").toString()).toList());
            }
        });
        return lists;
    }

    /** The path parameters of a template, each with the collection segment before it ("events/{id}"). */
    static List<String> pathParameters(String template) {
        List<String> parameters = new ArrayList<>();
        Matcher matcher = PARAMETER.matcher(template);
        while (matcher.find()) {
            parameters.add(matcher.group(1) + "/{" + matcher.group(2) + "}");
        }
        return parameters;
    }

    /** The first example of the operation's JSON request body, or an empty object. */
    @SuppressWarnings("unchecked")
    private static Object exampleBody(String method, String path) {
        String template = operations().entrySet().stream()
                .filter(e -> e.getKey().startsWith(method + " ") && matches(e.getValue(), path))
                .map(Map.Entry::getValue).findFirst().orElse(null);
        if (template == null) {
            return Map.of();
        }
        Map<String, Object> operation = (Map<String, Object>) document().get(template).get(method.toLowerCase());
        Map<String, Object> body = (Map<String, Object>) operation.get("requestBody");
        if (body == null) {
            return Map.of();
        }
        Map<String, Object> json = (Map<String, Object>) ((Map<String, Object>) body.get("content"))
                .get("application/json");
        Map<String, Object> examples = json == null ? null : (Map<String, Object>) json.get("examples");
        if (examples == null || examples.isEmpty()) {
            return Map.of();
        }
        return ((Map<String, Object>) examples.values().iterator().next()).get("value");
    }

    private static boolean matches(String template, String path) {
        return path.matches(template.replaceAll("\\{[^}]+}", "[^/]+"));
    }

    // --- helpers

    private static RequestSpecification partner(String organisation) {
        return given().noFilters().auth().oauth2(KeycloakTokens.partner(organisation));
    }

    /** Every row of the organisation's owned records, as text, per table. */
    private Map<String, String> ownedRows(String organisation) throws SQLException {
        Map<String, String> rows = new TreeMap<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String table : OWNED_TABLES) {
                try (ResultSet result = statement.executeQuery("select count(*), md5(string_agg(t::text, '' order by"
                        + " t::text)) from " + table + " t where organisation_id = '" + organisation + "'")) {
                    result.next();
                    rows.put(table, result.getLong(1) + " rows, md5 " + result.getString(2));
                }
            }
        }
        assertFalse(rows.isEmpty());
        return rows;
    }

    private static String pseudonym(String email) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec("example-key-issued-by-the-lga".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(email.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
