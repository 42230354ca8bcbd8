package uk.gov.local.sectorsupport.common;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.time.Duration;
import java.util.TreeMap;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import uk.gov.local.sectorsupport.partner.KeycloakAdmin;
import uk.gov.local.sectorsupport.support.KeycloakTokens;

/**
 * A corpus of hostile and malformed requests, generated from the OpenAPI document so that it grows with the API:
 * every write operation (POST, PUT, PATCH, DELETE) and every import dataset, as JSON and CSV. Each property of each
 * request schema is mutated in each way its type allows; where a list of bad values is long, each property gets a
 * few of them in turn, so that every value is tried somewhere without trying every value everywhere.
 *
 * <p>How a case is made meaningful: each request is the operation's own documented example (a valid body, on the
 * fixed records of the authorisation matrix; updates carry the record's current ETag in If-Match, so the request
 * reaches validation) with exactly one defect, or with a hostile value plus one other defect:
 * <ul>
 * <li>a value that is invalid where it is put stands alone: unknown or injected codes in an enum, a GSS code, a
 * date, a financial year or a key pattern; wrong JSON types; out-of-range, over-precise and huge numbers (1e400,
 * 2^63); NUL and lone surrogates anywhere (PostgreSQL cannot store NUL, and a lone surrogate is not Unicode); a
 * string one longer than its documented maximum, or a million characters; reversed date ranges; a missing or null
 * required field; a hostile path parameter or If-Match;</li>
 * <li>a value that is valid text (SQL, HTML and script, spreadsheet formulas, a right-to-left override, an unknown
 * extra field) goes into a free-text field of a request that also lacks one required field: the case checks that
 * such text never breaks validation or the query, without writing it (that stored text is shown and exported
 * safely is the web app's and the extracts' concern, tested there);</li>
 * <li>the body as a whole: malformed JSON and CSV, the wrong content type, nesting 10,000 levels deep, a 1 MiB
 * value, bytes that are not UTF-8 (overlong forms included). No body at all counts only where the schema has
 * required fields (a snapshot's body of options may be left out).</li>
 * </ul>
 * Every case must be answered 4xx with application/problem+json, never 2xx or 5xx. Import rows are the one
 * documented exception: a push whose rows are bad is answered 200 with `status: rejected` and nothing created,
 * updated or unchanged (that is the partner contract), so row-level import cases assert exactly that. Afterwards
 * every table of the public schema has the checksum it had before, except {@link #CHANGED_BY_DESIGN}, and Keycloak
 * has no client the corpus made.
 */
@QuarkusTest
class HostileInputTest {

    /** Tables that change by design when a request is refused, with the reason. */
    private static final Map<String, String> CHANGED_BY_DESIGN = Map.of(
            "rate_limit_window", "every push is counted against the client's rate, refused ones included",
            "import_job", "a push with bad rows is recorded as a rejected import, which the partner reads back",
            "import_error", "the rejected rows' problems of such an import, for its errors.csv");

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Writes every non-ASCII character escaped, so that a lone surrogate can be sent as JSON at all. */
    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .enable(JsonWriteFeature.ESCAPE_NON_ASCII).build());
    private static final Set<String> WRITES = Set.of("post", "put", "patch", "delete");
    private static final String PROBLEM = "application/problem+json";
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    /** Valid text a field may hold, which must never break anything. */
    private static final List<String> VALID_BUT_HOSTILE_TEXT = List.of("'; drop table event; --",
            "\" OR \"1\"=\"1", "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "=cmd|' /C calc'!A0",
            "+SUM(1+1)", "-2+3", "@SUM(A1:A9)", "abc\u202Etxt.exe", "\uFEFF\u200B");
    /** Text no field may hold. */
    private static final List<String> INVALID_TEXT = List.of("nul\u0000byte", "lone \uD800 surrogate",
            "reversed \uDC00\uD800 pair");
    /** Values that are no code, key, date or GSS code. */
    private static final List<String> INVALID_CODES = List.of("not-a-code", "E99999999", "'; drop table event; --",
            "<script>alert(1)</script>", "=cmd|' /C calc'!A0", "\u202Eedoc", "nul\u0000byte", "\uD800");
    private static final List<String> INVALID_DATES = List.of("2025-02-30", "2025-13-01", "31/12/2025", "2025-1-1",
            "yesterday", "+10000000000-01-01", "'; drop table event; --");
    private static final List<String> HUGE_NUMBERS = List.of("1e400", "-1e400", "9223372036854775808",
            "-9223372036854775809", "1" + "0".repeat(400));
    /** More decimal places than any amount of days or target takes. */
    private static final String TOO_PRECISE = "0.0000000000000000000000000000000000000001";

    /**
     * The client POST /partner-clients' example would make; a corpus case that slipped through would make it in
     * Keycloak, which no database checksum sees. Test-made, as in PartnerClientResourceTest, so removed before and after.
     */
    private static final String EXAMPLE_CLIENT = "cfgs-partner";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    KeycloakAdmin keycloak;

    /** One request of the corpus and what it must get. */
    record Case(String name, String method, String path, String caller, String contentType, byte[] body,
            String ifMatch, boolean importRows) {
    }

    private final List<Case> corpus = new ArrayList<>();
    private Map<String, Object> document;

    @Test
    void shouldRefuseEveryHostileOrMalformedRequestWithAProblemAndChangeNothing() throws Exception {
        document = given().noFilters().accept(ContentType.JSON).when().get("/q/openapi").then().statusCode(200)
                .extract().as(Map.class);
        Map<String, String> examplePaths = new TreeMap<>();
        AuthorisationMatrixTest.matrix().forEach(row -> examplePaths.put(row.operation(), row.examplePath()));
        String marker = "hostile" + System.nanoTime();
        ImportTargets imports = importTargets(marker);

        writeOperations(examplePaths);
        importDatasets(imports);

        removeExampleClient();
        Map<String, String> before = checksums();
        List<String> failures = new ArrayList<>();
        int rowCases = 0;
        for (Case c : corpus) {
            Answer response = send(c);
            int status = response.status();
            String type = response.contentType();
            if (c.importRows()) {
                rowCases++;
                JsonNode summary = response.json();
                boolean rejected = status == 200 && summary.path("status").asText().equals("rejected")
                        && summary.path("created").asInt(-1) == 0 && summary.path("updated").asInt(-1) == 0
                        && summary.path("unchanged").asInt(-1) == 0;
                if (!rejected) {
                    failures.add(describe(c, response));
                }
            } else if (status < 400 || status >= 500 || status == 429 || !type.startsWith(PROBLEM)) {
                failures.add(describe(c, response));
            }
        }
        Map<String, String> after = checksums();
        boolean exampleClientMade = removeExampleClient();
        System.out.println("HostileInputTest: " + corpus.size() + " hostile or malformed requests ("
                + (corpus.size() - rowCases) + " refused with a problem, " + rowCases + " import pushes of bad rows)");
        assertTrue(corpus.size() >= 500, "a corpus of at least 500 cases, made " + corpus.size());
        assertTrue(failures.isEmpty(), failures.size() + " of " + corpus.size() + " cases were not refused properly:\n"
                + String.join("\n", failures.subList(0, Math.min(failures.size(), 80))));
        assertEquals(before, after, "the corpus changed the database");
        assertTrue(!exampleClientMade, "the corpus made the partner client " + EXAMPLE_CLIENT + " in Keycloak");
    }

    // --- the write operations of the document

    @SuppressWarnings("unchecked")
    private void writeOperations(Map<String, String> examplePaths) {
        Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) document.get("paths");
        paths.forEach((template, operations) -> operations.forEach((method, value) -> {
            if (!WRITES.contains(method) || template.equals("/api/v1/imports/{dataset}")) {
                return;
            }
            Map<String, Object> operation = (Map<String, Object>) value;
            String name = method.toUpperCase() + " " + template;
            String path = examplePaths.get(name);
            String ifMatch = takesIfMatch(operation) ? etag(path) : null;
            // Hostile path parameters: each replaced by values that name nothing.
            for (String parameter : PartnerIsolationTest.pathParameters(template)) {
                String segment = parameter.substring(0, parameter.indexOf('/'));
                boolean numeric = isInteger(operation, parameter.substring(parameter.indexOf('{') + 1,
                        parameter.length() - 1));
                List<String> values = new ArrayList<>(List.of("%27%3B%20drop%20table%20event%3B%20--",
                        "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "%3Dcmd%7C", "%00", "%E2%80%AE", "%ED%A0%80",
                        "x".repeat(3000)));
                if (numeric) {
                    values.addAll(List.of("abc", "1.5", "9223372036854775808", "1e400", "-1"));
                }
                for (String hostile : rotate(values, 4)) {
                    String hostilePath = replaceParameter(template, path, segment, hostile);
                    corpus.add(new Case(name + " path " + parameter + "=" + abbreviate(hostile), method, hostilePath,
                            "admin", ContentType.JSON.toString(), body(operation) == null ? null : bytes(body(operation)),
                            ifMatch, false));
                }
            }
            // Hostile preconditions on the real record.
            if (ifMatch != null) {
                for (String tag : List.of("\"999999\"", "W/" + ifMatch, "garbage", "\"" + "9".repeat(400) + "\"")) {
                    corpus.add(new Case(name + " If-Match " + abbreviate(tag), method, path, "admin",
                            ContentType.JSON.toString(), body(operation) == null ? null : bytes(body(operation)), tag,
                            false));
                }
            }
            JsonNode example = body(operation);
            if (example == null) {
                return;
            }
            Map<String, Object> schema = requestSchema(operation);
            for (Mutation mutation : mutations(example, schema, false)) {
                corpus.add(new Case(name + " " + mutation.name(), method, path, "admin", ContentType.JSON.toString(),
                        mutation.body(), ifMatch, false));
            }
            for (Map.Entry<String, byte[]> malformed : malformedJson(example, hasRequired(schema)).entrySet()) {
                corpus.add(new Case(name + " " + malformed.getKey(), method, path, "admin", ContentType.JSON.toString(),
                        malformed.getValue(), ifMatch, false));
            }
            for (String contentType : rotate(List.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
                    "multipart/form-data; boundary=x", "text/csv"), 2)) {
                corpus.add(new Case(name + " as " + contentType, method, path, "admin", contentType, bytes(example),
                        ifMatch, false));
            }
        }));
    }

    // --- the import datasets

    /** Partner A's parents for the rows, pushed before the checksums are taken. */
    record ImportTargets(Map<String, ObjectNode> rows) {
    }

    private ImportTargets importTargets(String marker) throws Exception {
        push("events", "{\"externalId\": \"" + marker + "-ev\", \"programme\": \"springboard\", \"title\": \"" + marker
                + "\", \"type\": \"webinar\", \"format\": \"online\", \"startDate\": \"2025-06-12\"}", "solace");
        push("cohorts", "{\"externalId\": \"" + marker + "-co\", \"programme\": \"springboard\", \"name\": \"" + marker
                + "\", \"startDate\": \"2025-09-01\", \"endDate\": \"2026-03-31\"}", "solace");
        String key = "a".repeat(64);
        Map<String, ObjectNode> rows = new LinkedHashMap<>();
        rows.put("events", (ObjectNode) JSON.readTree("{\"externalId\": \"" + marker + "-e2\", \"programme\":"
                + " \"springboard\", \"title\": \"Springboard day\", \"type\": \"training-course\", \"format\":"
                + " \"in-person\", \"startDate\": \"2025-06-12\", \"endDate\": \"2025-06-13\", \"region\": \"north-east\","
                + " \"venue\": \"Durham\", \"capacity\": 24}"));
        rows.put("attendances", (ObjectNode) JSON.readTree("{\"externalId\": \"" + marker + "-at\", \"eventExternalId\":"
                + " \"" + marker + "-ev\", \"council\": \"E06000047\", \"attendeeRole\": \"officer\", \"attended\": true,"
                + " \"attendeeKey\": \"" + key + "\"}"));
        rows.put("cohorts", (ObjectNode) JSON.readTree("{\"externalId\": \"" + marker + "-c2\", \"programme\":"
                + " \"springboard\", \"name\": \"Springboard cohort\", \"startDate\": \"2025-09-01\", \"endDate\":"
                + " \"2026-03-31\"}"));
        rows.put("enrolments", (ObjectNode) JSON.readTree("{\"externalId\": \"" + marker + "-en\", \"cohortExternalId\":"
                + " \"" + marker + "-co\", \"participantKey\": \"" + key + "\", \"council\": \"E06000047\","
                + " \"participantRole\": \"officer\", \"status\": \"enrolled\", \"sex\": \"female\"}"));
        rows.put("support-engagements", (ObjectNode) JSON.readTree("{\"externalId\": \"" + marker + "-se\","
                + " \"programme\": \"springboard\", \"council\": \"E06000047\", \"type\": \"mentoring\", \"startDate\":"
                + " \"2025-05-01\", \"endDate\": \"2025-07-01\", \"daysDelivered\": 2.5, \"leadAdviser\": \"Sam\"}"));
        rows.put("survey-responses", (ObjectNode) JSON.readTree("{\"externalId\": \"" + marker + "-sr\","
                + " \"subjectType\": \"event\", \"subjectExternalId\": \"" + marker + "-ev\", \"respondentRole\":"
                + " \"officer\", \"council\": \"E06000047\", \"satisfaction\": 5, \"positiveImpact\": \"yes\","
                + " \"submittedDate\": \"2025-06-20\", \"comment\": \"Useful\"}"));
        return new ImportTargets(rows);
    }

    @SuppressWarnings("unchecked")
    private void importDatasets(ImportTargets targets) {
        Map<String, Object> schemas = (Map<String, Object>) ((Map<String, Object>) document.get("components"))
                .get("schemas");
        targets.rows().forEach((dataset, row) -> {
            String path = "/api/v1/imports/" + dataset;
            String schemaName = switch (dataset) {
                case "support-engagements" -> "SupportEngagementCreate";
                case "survey-responses" -> "SurveyResponseCreate";
                default -> Character.toUpperCase(dataset.charAt(0)) + dataset.substring(1, dataset.length() - 1)
                        + "Create";
            };
            Map<String, Object> schema = (Map<String, Object>) schemas.get(schemaName);
            // Row-level: every field of the row mutated, as a JSON array and as CSV.
            for (Mutation mutation : mutations(row, schema, true)) {
                JsonNode mutated;
                try {
                    mutated = JSON.readTree(mutation.body());
                } catch (Exception e) {
                    continue;
                }
                corpus.add(new Case("import " + dataset + " JSON " + mutation.name(), "post", path, "solace",
                        "application/json", bytes(NODES.arrayNode().add(mutated)), null, true));
                // CSV is UTF-8 text: a lone surrogate cannot be written in it at all.
                if (mutated instanceof ObjectNode object && object.properties().stream()
                        .allMatch(field -> field.getValue().isValueNode()
                                && StandardCharsets.UTF_8.newEncoder().canEncode(field.getValue().asText()))) {
                    corpus.add(new Case("import " + dataset + " CSV " + mutation.name(), "post", path, "solace",
                            "text/csv", csv(object), null, true));
                }
            }
            // Body-level: bodies that cannot be read as rows at all.
            Map<String, byte[]> bodies = new LinkedHashMap<>(malformedJson(NODES.arrayNode().add(row), true));
            bodies.remove("a 1 MiB string"); // a long value in a row is that row's problem: the row cases have it
            bodies.put("a JSON object, not an array", bytes(row));
            bodies.forEach((what, body) -> corpus.add(new Case("import " + dataset + " JSON " + what, "post", path,
                    "solace", "application/json", body, null, false)));
            String header = String.join(",", (Iterable<String>) () -> row.fieldNames());
            Map<String, String> csvBodies = new LinkedHashMap<>();
            csvBodies.put("blank header cell", header + ",,x\n1,2,3,4\n");
            csvBodies.put("repeated header", "externalId,externalId\na,b\n");
            csvBodies.put("unterminated quote", header + "\n\"" + "x".repeat(10) + "\n");
            csvBodies.put("empty header", "\n\n");
            csvBodies.forEach((what, body) -> corpus.add(new Case("import " + dataset + " CSV " + what, "post", path,
                    "solace", "text/csv", body.getBytes(StandardCharsets.UTF_8), null, false)));
            corpus.add(new Case("import " + dataset + " CSV not UTF-8", "post", path, "solace", "text/csv",
                    new byte[] { 'a', ',', 'b', '\n', (byte) 0xff, (byte) 0xfe, ',', (byte) 0xc3, '\n' }, null, false));
            for (String contentType : List.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
                    "application/octet-stream", "multipart/form-data; boundary=x")) {
                corpus.add(new Case("import " + dataset + " as " + contentType, "post", path, "solace", contentType,
                        bytes(NODES.arrayNode().add(row)), null, false));
            }
        });
        corpus.add(new Case("import unknown dataset", "post", "/api/v1/imports/%27%3B%20drop%20table%20event%3B--",
                "solace", "application/json", "[]".getBytes(StandardCharsets.UTF_8), null, false));
    }

    // --- mutations of a body, from its schema

    record Mutation(String name, byte[] body) {
    }

    @SuppressWarnings("unchecked")
    private List<Mutation> mutations(JsonNode example, Map<String, Object> schema, boolean onlySentFields) {
        List<Mutation> mutations = new ArrayList<>();
        if (!(example instanceof ObjectNode base) || schema == null) {
            return mutations;
        }
        Map<String, Object> properties = (Map<String, Object>) schema.getOrDefault("properties", Map.of());
        List<String> required = (List<String>) schema.getOrDefault("required", List.of());
        List<String> names = new ArrayList<>(onlySentFields ? List.of() : properties.keySet());
        base.fieldNames().forEachRemaining(field -> {
            if (!names.contains(field)) {
                names.add(field);
            }
        });
        for (String property : names) {
            Map<String, Object> declared = resolve((Map<String, Object>) properties.getOrDefault(property, Map.of()));
            String kind = kind(declared);
            if (required.contains(property) && base.has(property)) {
                ObjectNode missing = base.deepCopy();
                missing.remove(property);
                mutations.add(new Mutation(property + " missing", bytes(missing)));
                mutations.add(new Mutation(property + " null", bytes(base.deepCopy().putNull(property))));
            }
            // Wrong JSON types that no coercion turns into the right one.
            List<JsonNode> wrongTypes = new ArrayList<>(List.of(NODES.objectNode().put("nested", 1),
                    NODES.arrayNode().add(1)));
            switch (kind) {
                case "integer", "number" -> wrongTypes.add(NODES.textNode("abc"));
                case "boolean" -> wrongTypes.add(NODES.textNode("maybe"));
                case "object", "array" -> wrongTypes.add(NODES.textNode("text"));
                default -> { }
            }
            if (kind.equals("object")) {
                wrongTypes.removeFirst();
            }
            if (kind.equals("array")) {
                wrongTypes.remove(1);
            }
            for (JsonNode wrong : rotate(wrongTypes, 2)) {
                mutations.add(new Mutation(property + " as " + wrong, bytes(base.deepCopy().set(property, wrong))));
            }
            String otherDefect = required.stream().filter(r -> !r.equals(property) && base.has(r)).findFirst()
                    .orElse(null);
            switch (kind) {
                case "code", "date" -> {
                    for (String value : rotate(kind.equals("date") ? INVALID_DATES : invalidCodes(declared), 3)) {
                        mutations.add(new Mutation(property + "=" + abbreviate(value),
                                bytes(base.deepCopy().put(property, value))));
                    }
                }
                case "integer", "number" -> {
                    for (String huge : rotate(HUGE_NUMBERS, 3)) {
                        mutations.add(new Mutation(property + "=" + abbreviate(huge),
                                rawNumber(base, property, huge)));
                    }
                    if (kind.equals("number") && declared.containsKey("multipleOf")) {
                        mutations.add(new Mutation(property + " too precise", rawNumber(base, property, TOO_PRECISE)));
                    }
                    if (declared.containsKey("minimum")) {
                        mutations.add(new Mutation(property + " below its minimum",
                                rawNumber(base, property, "-1")));
                    }
                    if (declared.containsKey("maximum")) {
                        mutations.add(new Mutation(property + " above its maximum",
                                rawNumber(base, property, "1000000")));
                    }
                }
                case "text" -> {
                    for (String value : INVALID_TEXT) {
                        mutations.add(new Mutation(property + "=" + abbreviate(value),
                                bytes(base.deepCopy().put(property, value))));
                    }
                    Number maxLength = (Number) declared.get("maxLength");
                    mutations.add(new Mutation(property + " over its length", bytes(base.deepCopy().put(property,
                            "x".repeat(maxLength == null ? 1_000_000 : maxLength.intValue() + 1)))));
                    if (otherDefect != null) {
                        for (String value : rotate(VALID_BUT_HOSTILE_TEXT, 2)) {
                            ObjectNode body = base.deepCopy().put(property, value);
                            body.remove(otherDefect);
                            mutations.add(new Mutation(property + "=" + abbreviate(value) + " without " + otherDefect,
                                    bytes(body)));
                        }
                    }
                }
                default -> { }
            }
        }
        // Reversed date ranges.
        for (String[] range : List.of(new String[] { "startDate", "endDate" },
                new String[] { "onSiteStartDate", "onSiteEndDate" })) {
            if (properties.containsKey(range[0]) && properties.containsKey(range[1])) {
                mutations.add(new Mutation(range[1] + " before " + range[0], bytes(base.deepCopy()
                        .put(range[0], "2025-06-10").put(range[1], "2025-06-01"))));
            }
        }
        if (properties.containsKey("activeFrom") && properties.containsKey("activeTo")) {
            mutations.add(new Mutation("activeTo before activeFrom", bytes(base.deepCopy().put("activeFrom", "2025-26")
                    .put("activeTo", "2023-24"))));
        }
        // Extra fields, with hostile names, in a body that lacks a required field.
        String firstRequired = required.stream().filter(base::has).findFirst().orElse(null);
        if (firstRequired != null) {
            for (String extra : List.of("unexpectedField", "__proto__", "constructor", "id'; drop table event; --")) {
                ObjectNode body = base.deepCopy().put(extra, "x");
                body.remove(firstRequired);
                mutations.add(new Mutation("extra field " + abbreviate(extra) + " without " + firstRequired,
                        bytes(body)));
            }
        }
        return mutations;
    }

    private int rotation;

    /**
     * {@code count} of the values, a different few each time, so that every value is tried somewhere in the corpus
     * without trying every value everywhere.
     */
    private <T> List<T> rotate(List<T> values, int count) {
        if (values.size() <= count) {
            return values;
        }
        List<T> picked = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            picked.add(values.get((rotation + i) % values.size()));
        }
        rotation += count;
        return picked;
    }

    /**
     * The codes to try in a property: for one with a pattern, those the pattern refuses (an unknown but well-formed
     * GSS code, and financial years that are not one year, are tried as well).
     */
    private static List<String> invalidCodes(Map<String, Object> property) {
        String pattern = (String) property.get("pattern");
        if (pattern == null) {
            return INVALID_CODES;
        }
        List<String> codes = new ArrayList<>(INVALID_CODES.stream().filter(code -> !code.matches(pattern)).toList());
        if (pattern.equals("E[0-9]{8}")) {
            codes.add("E99999999");
        }
        if (pattern.equals("[0-9]{4}-[0-9]{2}")) {
            codes.addAll(List.of("2025-27", "2025-24", "1899-00"));
        }
        return codes;
    }

    /** What kind of value a property holds: code (enum or strict pattern), date, integer, number, boolean, text … */
    @SuppressWarnings("unchecked")
    private String kind(Map<String, Object> property) {
        if (property.containsKey("enum")) {
            return "code";
        }
        String type = String.valueOf(property.get("type"));
        if (property.containsKey("format") && List.of("date", "date-time").contains(property.get("format"))) {
            return "date";
        }
        if (property.containsKey("$date")) {
            return "date";
        }
        String pattern = (String) property.get("pattern");
        if (type.equals("string") && pattern != null && !pattern.equals("\\S")) {
            return "code";
        }
        return switch (type) {
            case "integer", "number", "boolean", "object", "array" -> type;
            case "string" -> "text";
            default -> property.containsKey("properties") ? "object" : "text";
        };
    }

    /** A property's schema with its `$ref` or `allOf: [$ref]` resolved (dates are marked `$date`). */
    @SuppressWarnings("unchecked")
    private Map<String, Object> resolve(Map<String, Object> property) {
        Map<String, Object> resolved = new LinkedHashMap<>(property);
        String ref = (String) property.get("$ref");
        if (ref == null && property.get("allOf") instanceof List<?> allOf && !allOf.isEmpty()) {
            ref = (String) ((Map<String, Object>) allOf.getFirst()).get("$ref");
        }
        if (ref != null) {
            String name = ref.substring(ref.lastIndexOf('/') + 1);
            if (name.equals("LocalDate") || name.equals("Instant")) {
                resolved.put("$date", true);
            }
            Map<String, Object> target = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) document
                    .get("components")).get("schemas")).get(name);
            if (target != null) {
                target.forEach(resolved::putIfAbsent);
            }
        }
        return resolved;
    }

    /**
     * Broken JSON of every kind, each around the example. No body at all is broken only where the body has required
     * fields: a body of optional fields only (a snapshot's) may be left out, which is the same as `{}`.
     */
    private static Map<String, byte[]> malformedJson(JsonNode example, boolean bodyRequired) {
        String valid = new String(bytes(example), StandardCharsets.UTF_8);
        Map<String, byte[]> bodies = new LinkedHashMap<>();
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("cut short", valid.substring(0, valid.length() / 2));
        texts.put("trailing garbage", valid + " }x");
        texts.put("single quotes", valid.replace('"', '\''));
        texts.put("trailing comma", valid.substring(0, valid.length() - 1) + ",}");
        if (bodyRequired) {
            texts.put("empty body", "");
            texts.put("null", "null");
        }
        texts.put("a string", "\"text\"");
        texts.put("a number", "1e400");
        texts.put("nested 10,000 arrays", "[".repeat(10_000) + "]".repeat(10_000));
        texts.put("nested 10,000 objects", "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000));
        texts.put("a field nested 10,000 deep", "{\"x\": " + "[".repeat(10_000) + "]".repeat(10_000) + "}");
        texts.put("unescaped control character", valid.replaceFirst("\"", "\"\u0001"));
        texts.put("a 1 MiB string", valid.replaceFirst(":\"", ":\"" + "x".repeat(1024 * 1024)));
        texts.forEach((name, text) -> bodies.put(name, text.getBytes(StandardCharsets.UTF_8)));
        if (valid.contains(":\"")) {
            bodies.put("not UTF-8 in a string", withBytesInFirstString(valid, (byte) 0xff, (byte) 0xfe));
            bodies.put("overlong UTF-8 in a string", withBytesInFirstString(valid, (byte) 0xc0, (byte) 0xaf));
        }
        return bodies;
    }

    /** The JSON text with raw bytes put at the start of its first string value. */
    private static byte[] withBytesInFirstString(String json, byte... raw) {
        int at = json.indexOf(":\"") + 2;
        byte[] head = json.substring(0, at).getBytes(StandardCharsets.UTF_8);
        byte[] tail = json.substring(at).getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + raw.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(raw, 0, body, head.length, raw.length);
        System.arraycopy(tail, 0, body, head.length + raw.length, tail.length);
        return body;
    }

    @SuppressWarnings("unchecked")
    private static boolean hasRequired(Map<String, Object> schema) {
        return schema != null && !((List<String>) schema.getOrDefault("required", List.of())).isEmpty();
    }

    // --- requests

    /** The request exactly as the case says: its bytes, its content type, nothing added (hence not RestAssured). */
    private Answer send(Case c) throws Exception {
        String token = c.caller().equals("solace") ? KeycloakTokens.partner("solace") : KeycloakTokens.user(c.caller());
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + c.path()))
                .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(60))
                .method(c.method().toUpperCase(), c.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(c.body()));
        if (c.body() != null && c.contentType() != null) {
            request.header("Content-Type", c.contentType());
        }
        if (c.ifMatch() != null) {
            request.header("If-Match", c.ifMatch());
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                response.body());
    }

    record Answer(int status, String contentType, String body) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (Exception e) {
                return NODES.missingNode();
            }
        }
    }

    private static String describe(Case c, Answer answer) {
        return c.name() + ": " + answer.status() + " " + answer.contentType() + " " + abbreviate(answer.body());
    }

    private static void push(String dataset, String row, String partner) {
        given().noFilters().auth().oauth2(KeycloakTokens.partner(partner)).contentType("application/x-ndjson")
                .body(row.getBytes(StandardCharsets.UTF_8)).when().post("/api/v1/imports/" + dataset).then()
                .statusCode(200).body("created", org.hamcrest.Matchers.equalTo(1));
    }

    private static String etag(String path) {
        // The record is the path itself or, for its actions (transitions, a team member), the one above it.
        for (String candidate = path; candidate.lastIndexOf('/') > "/api/v1".length();
                candidate = candidate.substring(0, candidate.lastIndexOf('/'))) {
            Response response = given().noFilters().auth().oauth2(KeycloakTokens.user("admin")).when().get(candidate);
            if (response.statusCode() == 200 && response.header("ETag") != null) {
                return response.header("ETag");
            }
        }
        return "\"0\"";
    }

    @SuppressWarnings("unchecked")
    private static boolean takesIfMatch(Map<String, Object> operation) {
        return ((List<Map<String, Object>>) operation.getOrDefault("parameters", List.of())).stream()
                .anyMatch(p -> "header".equals(p.get("in")) && "If-Match".equalsIgnoreCase((String) p.get("name")));
    }

    @SuppressWarnings("unchecked")
    private static boolean isInteger(Map<String, Object> operation, String name) {
        return ((List<Map<String, Object>>) operation.getOrDefault("parameters", List.of())).stream()
                .anyMatch(p -> name.equals(p.get("name")) && p.get("schema") instanceof Map<?, ?> schema
                        && "integer".equals(schema.get("type")));
    }

    /** The example path with the value of the parameter after {@code segment} replaced. */
    private static String replaceParameter(String template, String example, String segment, String value) {
        String[] templateParts = template.split("/");
        String[] exampleParts = example.split("\\?")[0].split("/");
        for (int i = 1; i < templateParts.length; i++) {
            if (templateParts[i - 1].equals(segment) && templateParts[i].startsWith("{")) {
                exampleParts[i] = value;
            }
        }
        return String.join("/", exampleParts);
    }

    /** The first example of the operation's JSON body; a body built from the schema's required fields without one. */
    @SuppressWarnings("unchecked")
    private JsonNode body(Map<String, Object> operation) {
        Map<String, Object> requestBody = (Map<String, Object>) operation.get("requestBody");
        if (requestBody == null) {
            return null;
        }
        Map<String, Object> json = (Map<String, Object>) ((Map<String, Object>) requestBody.get("content"))
                .get("application/json");
        if (json == null) {
            return null;
        }
        Map<String, Object> examples = (Map<String, Object>) json.get("examples");
        if (examples != null && !examples.isEmpty()) {
            return JSON.valueToTree(((Map<String, Object>) examples.values().iterator().next()).get("value"));
        }
        Map<String, Object> schema = resolve((Map<String, Object>) json.get("schema"));
        ObjectNode built = NODES.objectNode();
        ((Map<String, Object>) schema.getOrDefault("properties", Map.of())).forEach((name, property) -> {
            Map<String, Object> declared = resolve((Map<String, Object>) property);
            switch (kind(declared)) {
                case "integer", "number" -> built.put(name, 1);
                case "boolean" -> built.put(name, false);
                case "date" -> built.put(name, "2025-06-01");
                case "code" -> built.put(name, declared.get("enum") instanceof List<?> values
                        ? String.valueOf(values.getFirst()) : "x");
                case "object" -> built.putObject(name);
                case "array" -> built.putArray(name);
                default -> built.put(name, "text");
            }
        });
        return built;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> requestSchema(Map<String, Object> operation) {
        Map<String, Object> json = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) operation
                .get("requestBody")).get("content")).get("application/json");
        return resolve((Map<String, Object>) json.get("schema"));
    }

    /** The body with a number written as it is (1e400 and 2^63 do not survive a Java double). */
    private static byte[] rawNumber(ObjectNode base, String property, String number) {
        ObjectNode body = base.deepCopy().put(property, "__NUMBER__");
        return new String(bytes(body), StandardCharsets.UTF_8).replace("\"__NUMBER__\"", number)
                .getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] csv(ObjectNode row) {
        List<String> header = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        row.properties().forEach(field -> {
            header.add(field.getKey());
            String value = field.getValue().isNull() ? "" : field.getValue().asText();
            cells.add("\"" + value.replace("\"", "\"\"") + "\"");
        });
        return (String.join(",", header) + "\r\n" + String.join(",", cells) + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] bytes(JsonNode node) {
        try {
            return JSON.writeValueAsBytes(node);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String abbreviate(String text) {
        String printable = text.replaceAll("[\\p{Cntrl}\\p{Cs}]", "?");
        return printable.length() > 40 ? printable.substring(0, 40) + "…" : printable;
    }

    private boolean removeExampleClient() {
        var clients = keycloak.realm().clients();
        var found = clients.findByClientId(EXAMPLE_CLIENT);
        found.forEach(client -> clients.get(client.getId()).remove());
        return !found.isEmpty();
    }

    /** Per table of the public schema: its row count and an md5 over every row as text. */
    private Map<String, String> checksums() throws SQLException {
        Map<String, String> sums = new TreeMap<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet result = statement.executeQuery("select table_name from information_schema.tables where"
                    + " table_schema = 'public' and table_type = 'BASE TABLE' order by 1")) {
                while (result.next()) {
                    tables.add(result.getString(1));
                }
            }
            for (String table : tables) {
                if (CHANGED_BY_DESIGN.containsKey(table)) {
                    continue;
                }
                try (ResultSet result = statement.executeQuery("select count(*), md5(string_agg(t::text, '' order by"
                        + " t::text)) from \"" + table + "\" t")) {
                    result.next();
                    sums.put(table, result.getLong(1) + " rows, md5 " + result.getString(2));
                }
            }
        }
        assertTrue(sums.size() > 15, "the public schema's tables: " + sums.keySet());
        return sums;
    }
}
