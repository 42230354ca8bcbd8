package uk.gov.local.sectorsupport.report;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.gov.local.sectorsupport.support.KeycloakTokens.as;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import uk.gov.local.sectorsupport.support.KeycloakTokens;

/**
 * Every kind of metric on data built so the answers are known: only this class records anything in 2086-87 and
 * 2087-88 (and only for the councils below), so each figure is exactly what these rows make it.
 */
@QuarkusTest
class AnnualReportTest {

    private static final String YEAR = "2087-88";
    /** Wycombe became part of Buckinghamshire: its CPC counts for Wycombe as at the year, for Buckinghamshire today. */
    private static final String WYCOMBE = "E07000007";
    private static final String BUCKINGHAMSHIRE = "E06000060";
    private static final String HULL = "E06000010";
    private static final String BIRMINGHAM = "E08000025";
    private static final String EAST_RIDING = "E06000011";
    private static final String YORK = "E06000014";

    private static boolean seeded;

    @Inject
    DataSource dataSource;

    @BeforeEach
    void seed() throws SQLException {
        synchronized (AnnualReportTest.class) {
            if (seeded) {
                return;
            }
            seeded = true;
        }
        sql("""
                -- 2087-88: a CPC for Wycombe and later one for Buckinghamshire (its successor), an FPC for Hull and a GPC for
                -- Birmingham; 2086-87: a CPC for East Riding. Ids 870001.. are this class's.
                insert into peer_challenge (id, type, council_gss_code, status, requested_date, on_site_start_date,
                    on_site_end_date, report_published_date, action_plan_published_date) values
                  (870001, 'cpc', 'E07000007', 'action-plan-published', '2087-03-01', '2087-06-01', '2087-06-04',
                   '2087-08-01', '2087-09-01'),
                  (870002, 'cpc', 'E06000060', 'action-plan-published', '2087-09-01', '2087-12-01', '2087-12-04',
                   '2088-06-01', '2088-06-15'),
                  (870003, 'fpc', 'E06000010', 'on-site', '2087-07-01', '2087-09-28', '2087-10-01', null, null),
                  (870004, 'gpc', 'E08000025', 'scheduled', '2087-10-01', '2088-02-01', null, null, null),
                  (870005, 'cpc', 'E06000011', 'action-plan-published', '2086-04-01', '2086-06-01', '2086-06-03',
                   '2086-07-01', '2086-08-01'),
                  (870006, 'cpc', 'E06000014', 'cancelled', '2087-04-01', null, null, null, null);
                insert into peer (id, kind, name, home_council_gss_code, sex) values
                  (870001, 'officer', 'Report Test Officer One', 'E06000010', 'female'),
                  (870002, 'officer', 'Report Test Officer Two', 'E06000010', 'male'),
                  (870003, 'officer', 'Report Test Officer Three', 'E06000010', null),
                  (870004, 'member', 'Report Test Member', 'E06000010', 'female');
                insert into peer_challenge_team_member (peer_challenge_id, peer_id, role, days) values
                  (870001, 870001, 'officer-peer', 4.5), (870001, 870004, 'lead-member-peer', 4.5),
                  (870002, 870002, 'officer-peer', 5), (870002, 870003, 'officer-peer', 5);
                -- Peer challenge feedback: satisfaction 5, 4, 2 and one unanswered.
                insert into survey_response (peer_challenge_id, respondent_role, council_gss_code, satisfaction,
                    positive_impact, submitted_date, organisation_id) values
                  (870001, 'chief-executive', 'E07000007', 5, 'yes', '2087-07-01', 'lga'),
                  (870001, 'councillor', 'E07000007', 4, 'not-answered', '2087-07-02', 'lga'),
                  (870002, 'officer', 'E06000060', 2, 'no', '2087-12-20', 'lga'),
                  (870002, 'officer', 'E06000060', null, 'yes', '2087-12-21', 'lga'),
                -- ... and the year before, East Riding's: 5, and 3 on the last day of 2086-87.
                  (870005, 'officer', 'E06000011', 5, 'yes', '2086-09-01', 'lga'),
                  (870005, 'councillor', 'E06000011', 3, 'no', '2087-03-31', 'lga');
                -- A leadership event: councillors k1 and k2 attend, an officer attends, k4 booked but did not come.
                insert into event (id, programme_id, title, type, format, start_date, end_date, organisation_id) values
                  (870001, 'leadership-essentials', 'Report test masterclass', 'masterclass', 'online',
                   '2087-05-10', '2087-05-10', 'lga');
                insert into attendance (event_id, council_gss_code, attendee_role, attendee_key, attended, organisation_id)
                values (870001, 'E06000010', 'councillor', 'report-test-k1', true, 'lga'),
                       (870001, 'E06000010', 'councillor', 'report-test-k2', true, 'lga'),
                       (870001, 'E08000025', 'officer', 'report-test-k3', true, 'lga'),
                       (870001, 'E08000025', 'councillor', 'report-test-k4', false, 'lga');
                -- The same councillor k1, pushed again by another deliverer on a cohort, and a new one, k5.
                insert into cohort (id, programme_id, name, financial_year, start_date, organisation_id) values
                  (870001, 'next-generation', 'Report test cohort 2087', 2087, '2087-09-01', 'lga');
                insert into enrolment (cohort_id, participant_key, council_gss_code, participant_role, status,
                    organisation_id) values
                  (870001, 'report-test-k1', 'E06000010', 'councillor', 'completed', 'solace'),
                  (870001, 'report-test-k5', 'E06000014', 'councillor', 'enrolled', 'lga');
                insert into deliverable (programme_id, financial_year, statement, target_value, target_unit, metric_key)
                values ('corporate-peer-challenge', 2087, 'Report test: four councils engaged', 4, 'count',
                        'councils-engaged-in-cpc-fpc-gpc'),
                       ('corporate-peer-challenge', 2087, 'Report test: all published within five months', 100,
                        'per-cent', 'peer-challenge-reports-published-within-5-months');
                """);
    }

    private static String staff() {
        return KeycloakTokens.user("staff");
    }

    private static JsonPath report(String query) {
        return as(staff()).when().get("/api/v1/reports/annual/" + YEAR + query).then().statusCode(200)
                .extract().jsonPath();
    }

    private static Map<String, Object> figure(JsonPath report, String key) {
        return report.getMap("sections.figures.flatten().find { it.metricKey == '" + key + "' }");
    }

    @Test
    void councilsEngagedAsAtAndCurrentAndTheirTarget() {
        JsonPath asAt = report("");
        Map<String, Object> engaged = figure(asAt, "councils-engaged-in-cpc-fpc-gpc");
        // Wycombe, Buckinghamshire, Hull, Birmingham (York's CPC was cancelled); a year before: East Riding.
        assertEquals(4, engaged.get("value"));
        assertEquals(1, engaged.get("previousValue"));
        assertEquals(4, engaged.get("target"));
        assertEquals(true, engaged.get("met"));
        assertEquals("4 councils engaged in a corporate, finance or governance peer challenge", engaged.get("sentence"));
        assertEquals("as-at", asAt.getString("councils"));

        Map<String, Object> current = figure(report("?councils=current"), "councils-engaged-in-cpc-fpc-gpc");
        assertEquals(3, current.get("value"), "Wycombe's CPC counts for Buckinghamshire today");

        Map<String, Object> change = figure(asAt, "councils-engaged-change");
        assertEquals(3, change.get("value"));
        assertEquals("Councils engaged in a corporate, finance or governance peer challenge: up 3 on the year before",
                change.get("sentence"));
    }

    @Test
    void drillDownCountsEqualTheFigures() {
        as(staff()).when().get("/api/v1/reports/annual/" + YEAR + "/figures/councils-engaged-in-cpc-fpc-gpc/records")
                .then().statusCode(200).body("totalItems", equalTo(4))
                .body("items.id", equalTo(List.of(WYCOMBE, HULL, BUCKINGHAMSHIRE, BIRMINGHAM)));
        as(staff()).when().get("/api/v1/reports/annual/" + YEAR
                + "/figures/councils-engaged-in-cpc-fpc-gpc/records?councils=current")
                .then().statusCode(200).body("totalItems", equalTo(3)).body("items.id", hasItem(BUCKINGHAMSHIRE))
                .body("items.find { it.id == '" + BUCKINGHAMSHIRE + "' }.records", equalTo(2));
        as(staff()).when().get("/api/v1/reports/annual/" + YEAR + "/figures/peer-challenge-councils-satisfied/records")
                .then().statusCode(200).body("totalItems", equalTo(2));
        as(staff()).when().get("/api/v1/reports/annual/" + YEAR
                + "/figures/peer-challenge-councils-satisfied/records?part=denominator")
                .then().statusCode(200).body("totalItems", equalTo(3));
        as(staff()).when().get("/api/v1/reports/annual/" + YEAR + "/figures/officer-peers-female/records")
                .then().statusCode(400);
    }

    @Test
    void percentagesLeaveOutTheUnansweredAndSmallBasesReadAsCounts() {
        JsonPath report = report("");
        Map<String, Object> satisfied = figure(report, "peer-challenge-councils-satisfied");
        assertEquals(2, satisfied.get("numerator"));
        assertEquals(3, satisfied.get("denominator"), "the unanswered response is left out");
        assertEquals(66.7f, ((Number) satisfied.get("value")).floatValue());
        assertEquals("2 of the 3 councils were satisfied with their peer challenge", satisfied.get("sentence"));
        assertEquals(50f, ((Number) satisfied.get("previousValue")).floatValue(), "1 of 2 in 2086-87, to 31 March");

        // Wycombe published both within five months, Buckinghamshire late; Hull's deadline has not come.
        Map<String, Object> published = figure(report, "peer-challenge-reports-published-within-5-months");
        assertEquals(1, published.get("numerator"));
        assertEquals(2, published.get("denominator"));
        assertEquals(100, published.get("target"));
        assertEquals(false, published.get("met"));

        // Nobody answered a Next Generation survey: no figure, not 0 per cent.
        Map<String, Object> none = figure(report, "next-generation-delegates-satisfied");
        assertEquals(null, none.get("value"));
        assertEquals(null, none.get("sentence"));
        assertEquals(0, none.get("denominator"));
        assertTrue(((String) none.get("note")).startsWith("No figure"));
    }

    @Test
    void participantsCountOnceAcrossDeliverersAndDaysCarryTheirSaving() {
        JsonPath report = report("");
        // k1 (attended, and enrolled by another deliverer), k2 and k5; not the officer, not k4 who did not come.
        assertEquals(3, figure(report, "councillors-attending-leadership-programmes").get("value"));
        assertEquals(2, figure(report, "councils-at-leadership-programmes").get("value"), "Hull and York");

        Map<String, Object> days = figure(report, "peer-days");
        assertEquals(19, days.get("value"));
        assertEquals(19000, days.get("estimatedSaving"));
        assertEquals("Peers gave 19 days to peer challenges, saving the sector c. £20,000", days.get("sentence"));

        // Officer peers: one female, one male, one who did not say: half of those who reported.
        Map<String, Object> female = figure(report, "officer-peers-female");
        assertEquals(1, female.get("numerator"));
        assertEquals(2, female.get("denominator"));

        assertEquals(1, figure(report, "first-time-cpcs").get("value"), "Buckinghamshire's CPC follows Wycombe's");
    }

    @Test
    void aFigureOverTheYearsAndInEachRegionIsWhatEachReportSays() {
        JsonPath trend = as(staff()).when().get("/api/v1/reports/figures/councils-engaged-in-cpc-fpc-gpc/trend"
                + "?from=2086-87&to=" + YEAR).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("2086-87", YEAR), trend.getList("points.financialYear"));
        assertEquals(List.of(1, 4), trend.getList("points.value"));
        assertEquals(4, trend.getInt("points[1].target"));
        assertEquals(true, trend.getBoolean("points[1].met"));
        assertEquals(3, as(staff()).when().get("/api/v1/reports/figures/councils-engaged-in-cpc-fpc-gpc/trend"
                + "?from=" + YEAR + "&to=" + YEAR + "&councils=current").then().statusCode(200).extract().jsonPath()
                .getInt("points[0].value"));
        JsonPath satisfied = as(staff()).when().get("/api/v1/reports/figures/peer-challenge-councils-satisfied/trend"
                + "?from=2086-87&to=" + YEAR).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(50f, 66.7f), satisfied.getList("points.value", Float.class));
        assertEquals(List.of(2, 3), satisfied.getList("points.denominator"));
        assertEquals(3, as(staff()).when().get("/api/v1/reports/figures/councils-engaged-change/trend?from=" + YEAR
                + "&to=" + YEAR).then().statusCode(200).extract().jsonPath().getInt("points[0].value"));

        JsonPath regions = as(staff()).when().get("/api/v1/reports/annual/" + YEAR
                + "/figures/councils-engaged-in-cpc-fpc-gpc/regions").then().statusCode(200).extract().jsonPath();
        assertEquals(9, regions.getList("points").size());
        assertEquals(2, regions.getInt("points.find { it.region == 'south-east' }.value"), "Wycombe, Buckinghamshire");
        assertEquals(4, regions.getList("points.value", Integer.class).stream().mapToInt(Integer::intValue).sum(),
                "each council is in one region");

        as(staff()).when().get("/api/v1/reports/figures/councils-engaged-in-cpc-fpc-gpc/trend?from=" + YEAR
                + "&to=2086-87").then().statusCode(400).body("errors[0].field", equalTo("from"));
        as(staff()).when().get("/api/v1/reports/figures/councils-engaged-in-cpc-fpc-gpc/trend?from=2060-61&to="
                + YEAR).then().statusCode(400);
        as(staff()).when().get("/api/v1/reports/figures/no-such-metric/trend").then().statusCode(404);
        as(staff()).when().get("/api/v1/reports/annual/" + YEAR + "/figures/no-such-metric/regions").then()
                .statusCode(404);
    }

    @Test
    void aResponseCountsForItsSubjectsProgrammeEvenAfterTheSubjectMoves() throws SQLException {
        // 2085-86 is this test's alone: a Next Generation event with two responses, satisfied and not.
        sql("""
                insert into event (id, programme_id, title, type, format, start_date, end_date, organisation_id) values
                  (870201, 'next-generation', 'Report test NG day', 'masterclass', 'online', '2085-06-01',
                   '2085-06-01', 'lga');
                insert into survey_response (event_id, respondent_role, satisfaction, submitted_date, organisation_id)
                values (870201, 'councillor', 5, '2085-06-02', 'lga'), (870201, 'councillor', 2, '2085-06-02', 'lga');
                """);
        String trend = "/api/v1/reports/figures/next-generation-delegates-satisfied/trend?from=2085-86&to=2085-86";
        as(staff()).when().get(trend).then().statusCode(200).body("points[0].numerator", equalTo(1))
                .body("points[0].denominator", equalTo(2));

        assertEquals(2, extractedResponses("next-generation"), "the extract's programme filter reads the same");

        sql("update event set programme_id = 'leadership-essentials' where id = 870201");
        as(staff()).when().get(trend).then().statusCode(200).body("points[0].denominator", equalTo(0));
        as(staff()).when().get("/api/v1/reports/figures/leadership-delegates-satisfied/trend?from=2085-86&to=2085-86")
                .then().statusCode(200).body("points[0].denominator", equalTo(2));
        assertEquals(0, extractedResponses("next-generation"));
        assertEquals(2, extractedResponses("leadership-essentials"));
    }

    /** How many of 2085-86's survey responses the analysts' extract gives for a programme. */
    private static long extractedResponses(String programme) {
        String ndjson = as(KeycloakTokens.user("analyst")).when().get("/api/v1/extracts/survey-responses?financialYear="
                + "2085-86&programme=" + programme).then().statusCode(200).extract().asString();
        return ndjson.lines().filter(line -> !line.isBlank()).count();
    }

    @Test
    void regionsAndCsv() {
        Map<String, Object> south = figure(report("?region=south-east"), "councils-engaged-in-cpc-fpc-gpc");
        assertEquals(2, south.get("value"));
        String csv = as(staff()).when().get("/api/v1/reports/annual/" + YEAR + "?format=csv").then().statusCode(200)
                .contentType("text/csv").extract().asString();
        assertTrue(csv.startsWith("financialYear,councils,section,metricKey,label,value,unit"));
        assertTrue(csv.contains("2087-88,as-at,Peer challenge,councils-engaged-in-cpc-fpc-gpc,"), csv);
        as(staff()).when().get("/api/v1/reports/annual/2087-89").then().statusCode(400);
        as(staff()).when().get("/api/v1/reports/annual/" + YEAR + "?councils=whenever").then().statusCode(400);
    }

    @Test
    void aSnapshotStaysAsItWasAndItsDiffNamesTheRecords() throws SQLException {
        JsonPath snapshot = as(staff()).contentType(ContentType.JSON).body(Map.of("note", "As published"))
                .when().post("/api/v1/reports/annual/2086-87/snapshots").then().statusCode(201).extract().jsonPath();
        long id = snapshot.getLong("id");
        Map<String, Object> then = snapshot.getMap("figures.find { it.metricKey == 'councils-engaged-in-cpc-fpc-gpc' }");
        assertEquals(1, then.get("value"));

        sql("""
                insert into peer_challenge (id, type, council_gss_code, status, requested_date, on_site_start_date)
                values (870101, 'fpc', 'E06000014', 'on-site', '2086-05-01', '2087-02-01');
                update peer_challenge set notes = 'Restated' where id = 870005;
                """);
        as(staff()).when().get("/api/v1/reports/annual/2086-87/snapshots/" + id).then().statusCode(200)
                .body("figures.find { it.metricKey == 'councils-engaged-in-cpc-fpc-gpc' }.value", equalTo(1));
        JsonPath diff = as(staff()).when().get("/api/v1/reports/annual/2086-87/snapshots/" + id + "/diff")
                .then().statusCode(200).extract().jsonPath();
        Map<String, Object> engaged = diff.getMap("figures.find { it.metricKey == 'councils-engaged-in-cpc-fpc-gpc' }");
        assertEquals(1, engaged.get("valueThen"));
        assertEquals(2, engaged.get("valueNow"));
        assertEquals(List.of("council:" + YORK), engaged.get("added"));
        Map<String, Object> delivered = diff.getMap("figures.find { it.metricKey == 'peer-challenges-delivered' }");
        assertEquals(List.of("peer-challenge:870101"), delivered.get("added"));
        assertEquals(List.of("peer-challenge:870005"), delivered.get("changed"));
        as(staff()).when().get("/api/v1/reports/annual/2087-88/snapshots/" + id).then().statusCode(404);
    }

    @Test
    void peerChallengeReport() {
        as(staff()).when().get("/api/v1/reports/peer-challenges/" + YEAR).then().statusCode(200)
                .body("councilsEngaged", equalTo(4)).body("firstTimeCpcs", equalTo(1))
                .body("byType.find { it.type == 'cpc' }.count", equalTo(2))
                .body("publishedWithinFiveMonths.numerator", equalTo(1))
                .body("satisfied.denominator", equalTo(3)).body("peerDays", equalTo(19))
                .body("peerDiversity.bySex.find { it.value == 'female' }.withheld", equalTo(true))
                .body("peerDiversity.bySex.find { it.value == 'female' }.count", nullValue());
    }

    /** The mapping to today's councils is refreshed at start, so it has every migration's reorganisations. */
    @Test
    void todaysCouncilsIncludeTheLatestReorganisations() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                var row = statement.executeQuery(
                        "select today_gss_code from council_today where gss_code = 'E47000010'")) {
            assertTrue(row.next());
            assertEquals("E47000014", row.getString(1), "North East CA is part of the North East MCA today");
        }
    }

    private void sql(String statements) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(statements);
        }
    }
}
