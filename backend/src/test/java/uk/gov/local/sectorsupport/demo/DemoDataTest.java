package uk.gov.local.sectorsupport.demo;

import static org.junit.jupiter.api.Assertions.*;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import uk.gov.local.sectorsupport.common.FinancialYear;

/**
 * The demo data set, generated in memory from the real council register and programme catalogue. It is written to
 * the tests' database only inside a transaction that is rolled back (the load test), so other tests never see it.
 */
@QuarkusTest
class DemoDataTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final List<FinancialYear> YEARS = List.of(new FinancialYear(2021), new FinancialYear(2022),
            new FinancialYear(2023), new FinancialYear(2024), new FinancialYear(2025), new FinancialYear(2026));
    private static final Pattern KEY = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9._:-]{2,63}$");
    private static final Pattern EXTERNAL_ID = Pattern.compile("^[A-Z]+-(EV|AT|CO|EN|SE|SR)-20\\d\\d-\\d{4,}$");
    private static final List<String> TABLES = List.of("deliverable", "event", "attendance", "cohort", "enrolment",
            "support_engagement", "survey_response");

    @Inject
    DataSource dataSource;

    private Map<String, DemoCouncil> councils;
    private Map<String, DemoProgrammeActivity.Programme> programmes;
    private DemoData data;
    private DemoActivity activity;

    @BeforeEach
    void generate() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            councils = DemoDataLoader.councils(connection);
            programmes = DemoDataLoader.programmes(connection);
        }
        data = DemoDataLoader.generate(councils, DemoDataLoader.realChallenges(), TODAY);
        activity = generateActivity();
    }

    private DemoActivity generateActivity() {
        return DemoProgrammeActivity.generate(councils, programmes,
                data.challenges().stream().map(DemoActivity.Challenge::of).toList(), TODAY);
    }

    @Test
    void shouldBeTheSameEveryTime() throws Exception {
        assertEquals(data, DemoDataLoader.generate(councils, DemoDataLoader.realChallenges(), TODAY));
    }

    @Test
    void shouldHaveARealisticPeerPool() {
        assertEquals(400, data.peers().size());
        assertEquals(200, data.peers().stream().filter(p -> p.kind().equals("member")).count());
        assertEquals(Set.of("conservative", "labour", "liberal-democrat", "independent", "green"),
                new HashSet<>(data.peers().stream().filter(p -> p.kind().equals("member"))
                        .map(DemoData.PeerRow::politicalGroup).toList()));
        assertTrue(data.peers().stream().allMatch(p -> p.kind().equals("member") == (p.politicalGroup() != null)));
    }

    @Test
    void shouldHaveAboutFiftyFiveCpcsOrFpcsAndSomeProgressReviewsAYear() {
        StringBuilder all = new StringBuilder();
        for (int year = 2019; year <= 2026; year++) {
            all.append(new FinancialYear(year)).append(": ").append(countIn(new FinancialYear(year), Set.of("cpc", "fpc")))
                    .append("/").append(countIn(new FinancialYear(year), Set.of("cpc-progress-review"))).append("  ");
        }
        System.out.println("Demo CPC+FPC/progress reviews by year: " + all);
        for (int year = 2019; year <= 2025; year++) {
            FinancialYear fy = new FinancialYear(year);
            long cpcOrFpc = countIn(fy, Set.of("cpc", "fpc"));
            long reviews = countIn(fy, Set.of("cpc-progress-review"));
            assertTrue(cpcOrFpc >= 40 && cpcOrFpc <= 80, fy + " has " + cpcOrFpc + " CPCs/FPCs");
            assertTrue(reviews >= 25 && reviews <= 65, fy + " has " + reviews + " progress reviews");
        }
    }

    @Test
    void shouldIncludeTheRealChallengesWithTheirSources() {
        List<DemoData.ChallengeRow> fareham = data.challenges().stream()
                .filter(c -> c.council().equals("E07000087")).toList();
        assertEquals(2, fareham.size());
        assertEquals(LocalDate.of(2025, 3, 10), fareham.get(0).onSiteStartDate());
        assertEquals(LocalDate.of(2025, 3, 12), fareham.get(0).onSiteEndDate());
        assertEquals(fareham.get(0).id(), fareham.get(1).followsUpId());
        assertTrue(fareham.get(0).notes().startsWith("Source: https://opencouncil.network/"));
    }

    @Test
    void everyChallengeShouldKeepTheRulesTheApiEnforces() {
        Map<Long, DemoData.ChallengeRow> byId = new HashMap<>();
        data.challenges().forEach(c -> byId.put(c.id(), c));
        for (DemoData.ChallengeRow c : data.challenges()) {
            String what = "challenge " + c.id() + " " + c;
            assertTrue(councils.get(c.council()).principal(), what);
            assertFalse(c.requestedDate().isAfter(TODAY), what);
            if (c.onSiteStartDate() != null) {
                assertFalse(c.onSiteStartDate().isBefore(c.requestedDate()), what);
                assertFalse(c.onSiteEndDate().isBefore(c.onSiteStartDate()), what);
            }
            boolean published = Set.of("report-published", "action-plan-published").contains(c.status());
            assertEquals(published, c.reportPublishedDate() != null, what);
            assertEquals(c.status().equals("action-plan-published"), c.actionPlanPublishedDate() != null, what);
            if (c.reportPublishedDate() != null) {
                assertFalse(c.reportPublishedDate().isBefore(c.onSiteEndDate()), what);
                assertFalse(c.reportPublishedDate().isAfter(TODAY), what);
            }
            if (c.actionPlanPublishedDate() != null) {
                assertFalse(c.actionPlanPublishedDate().isBefore(c.reportPublishedDate()), what);
            }
            if (!Set.of("requested", "scoped", "cancelled").contains(c.status())) {
                assertNotNull(c.onSiteEndDate(), what);
            }
            assertEquals(c.type().equals("cpc-progress-review"), c.followsUpId() != null, what);
            if (c.followsUpId() != null) {
                DemoData.ChallengeRow cpc = byId.get(c.followsUpId());
                assertEquals("cpc", cpc.type(), what);
                assertEquals(c.council(), cpc.council(), what);
                assertTrue(c.onSiteStartDate() == null || c.onSiteStartDate().isAfter(cpc.onSiteEndDate()), what);
            }
        }
    }

    @Test
    void teamsShouldHaveEachPeerOnceAndTheRightKindForTheRole() {
        Map<Long, DemoData.PeerRow> peers = new HashMap<>();
        data.peers().forEach(p -> peers.put(p.id(), p));
        Set<String> places = new HashSet<>();
        for (DemoData.TeamRow t : data.team()) {
            assertTrue(places.add(t.challengeId() + "/" + t.peerId()), "peer twice on a team: " + t);
            String kind = peers.get(t.peerId()).kind();
            if (!t.role().equals("shadow-peer")) {
                assertEquals(t.role().equals("officer-peer") ? "officer" : "member", kind, t.toString());
            }
        }
        double days = data.team().stream().mapToDouble(t -> t.days().doubleValue()).sum() / 8;
        assertTrue(days > 800 && days < 2500, "about 1,500 peer days a year, not " + days);
    }

    // --- Programme activity since April 2021

    @Test
    void activityShouldBeTheSameEveryTime() {
        DemoActivity again = generateActivity();
        assertEquals(activity, again);
        assertEquals(fingerprint(activity), fingerprint(again));
        System.out.printf("Demo activity: %d deliverables, %d events, %d attendances, %d cohorts, %d enrolments, "
                + "%d engagements, %d survey responses; fingerprint %s%n", activity.deliverables().size(),
                activity.events().size(), activity.attendances().size(), activity.cohorts().size(),
                activity.enrolments().size(), activity.engagements().size(), activity.surveys().size(),
                fingerprint(activity));
    }

    @Test
    void shouldLoadIntoEmptyTablesTheSameWayTwiceAndKeepEveryDatabaseRule() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                Map<String, String> first = loadIntoEmptyTables(connection);
                connection.rollback();
                Map<String, String> second = loadIntoEmptyTables(connection);
                assertEquals(first, second, "two loads into empty tables write the same rows");
                System.out.println("Demo load, rows and fingerprints: " + second);

                assertEquals(activity.deliverables().size() + ":", prefix(second.get("deliverable")));
                assertEquals(activity.events().size() + ":", prefix(second.get("event")));
                assertEquals(activity.attendances().size() + ":", prefix(second.get("attendance")));
                assertEquals(activity.surveys().size() + ":", prefix(second.get("survey_response")));
                assertTrue(DemoDataLoader.loadInto(connection, TODAY).isEmpty(), "a second start loads nothing");
                assertNoRowsWhere(connection, "an attendance's council did not exist on the event's day", """
                        select count(*) from attendance a join event e on e.id = a.event_id
                        join council c on c.gss_code = a.council_gss_code
                        where c.type in ('combined-authority', 'strategic-authority')
                           or c.start_date > e.start_date or c.end_date < e.start_date""");
                assertNoRowsWhere(connection, "an event is booked beyond its capacity", """
                        select count(*) from event e
                        where e.capacity < (select count(*) from attendance a where a.event_id = e.id)""");
                assertNoRowsWhere(connection, "an enrolment's council did not exist when the cohort started", """
                        select count(*) from enrolment n join cohort h on h.id = n.cohort_id
                        join council c on c.gss_code = n.council_gss_code
                        where c.type in ('combined-authority', 'strategic-authority')
                           or c.start_date > h.start_date or c.end_date < h.start_date""");
                assertNoRowsWhere(connection, "a survey response precedes its subject or is in the future", """
                        select count(*) from survey_response s
                        left join event e on e.id = s.event_id
                        left join cohort h on h.id = s.cohort_id
                        left join support_engagement g on g.id = s.support_engagement_id
                        left join peer_challenge p on p.id = s.peer_challenge_id
                        where s.submitted_date > date '2026-11-22'
                           or s.submitted_date < coalesce(e.start_date, h.start_date, g.start_date, p.on_site_start_date)""");
                assertNoRowsWhere(connection, "a record is owned by another organisation than its programme's", """
                        select (select count(*) from event e join programme p on p.id = e.programme_id
                                where e.organisation_id <> p.delivering_organisation_id)
                             + (select count(*) from cohort c join programme p on p.id = c.programme_id
                                where c.organisation_id <> p.delivering_organisation_id)
                             + (select count(*) from support_engagement g join programme p on p.id = g.programme_id
                                where g.organisation_id <> p.delivering_organisation_id)""");
                for (FinancialYear fy : YEARS) {
                    for (String table : List.of("event", "cohort", "support_engagement")) {
                        assertTrue(exists(connection, "select 1 from " + table + " where start_date between ? and ?", fy),
                                fy + " has no rows in " + table);
                    }
                    try (PreparedStatement query = connection.prepareStatement(
                            "select exists (select 1 from deliverable where financial_year = ?)")) {
                        query.setInt(1, fy.startYear());
                        try (ResultSet result = query.executeQuery()) {
                            result.next();
                            assertTrue(result.getBoolean(1), fy + " has no deliverables");
                        }
                    }
                }
            } finally {
                connection.rollback();
            }
        }
    }

    @Test
    void shouldHaveEightToTenDeliverablesEachYearEachMeasuredByASeededMetric() throws Exception {
        Set<String> metrics = new HashSet<>();
        try (Connection connection = dataSource.getConnection();
                ResultSet keys = connection.createStatement().executeQuery("select key from metric")) {
            while (keys.next()) {
                metrics.add(keys.getString(1));
            }
        }
        for (FinancialYear fy : YEARS) {
            List<DemoActivity.DeliverableRow> year = activity.deliverables().stream()
                    .filter(d -> d.financialYear() == fy.startYear()).toList();
            assertTrue(year.size() >= 6 && year.size() <= 10, fy + " has " + year.size() + " deliverables");
            assertEquals(year.size(), year.stream().map(DemoActivity.DeliverableRow::metricKey).distinct().count(),
                    fy + ": one target a metric");
        }
        for (DemoActivity.DeliverableRow d : activity.deliverables()) {
            assertTrue(metrics.contains(d.metricKey()), d + " names no seeded metric");
            assertTrue(programmes.containsKey(d.programme()), d.toString());
            assertTrue(d.targetUnit().equals("count") || (d.targetUnit().equals("per-cent")
                    && d.targetValue().compareTo(BigDecimal.valueOf(100)) <= 0), d.toString());
        }
        assertTrue(activity.deliverables().stream().anyMatch(d -> d.metricKey().equals("peer-challenges-delivered")
                && d.financialYear() == 2024 && d.targetValue().intValue() == 95 && d.statement().equals(
                        "Deliver at least 95 peer challenges, of which 60 corporate or finance")));
        assertTrue(activity.deliverables().stream().anyMatch(d -> d.metricKey().equals(
                "increased-confidence-chief-executives") && d.targetUnit().equals("per-cent")
                && d.targetValue().intValue() == 90));
    }

    @Test
    void shouldHaveAbout140EventsAFullYearThatHaveAllEnded() {
        for (FinancialYear fy : YEARS) {
            long count = activity.events().stream().filter(e -> in(fy, e.startDate())).count();
            System.out.println("Demo events in " + fy + ": " + count);
            if (fy.lastDay().isBefore(TODAY)) {
                assertTrue(count >= 120 && count <= 160, fy + " has " + count + " events");
            } else {
                assertTrue(count >= 60 && count <= 160, fy + " (to date) has " + count + " events");
            }
        }
        Set<String> types = Set.of("masterclass", "webinar", "roundtable", "conference", "training-course",
                "leadership-weekender", "network-meeting");
        for (DemoActivity.EventRow e : activity.events()) {
            String what = e.toString();
            assertTrue(types.contains(e.type()), what);
            assertFalse(e.startDate().isBefore(DemoProgrammeActivity.FIRST), what);
            assertTrue(e.endDate().isBefore(TODAY), what);
            assertFalse(e.endDate().isBefore(e.startDate()), what);
            assertEquals(e.format().equals("online"), e.region() == null, what);
            assertEquals(e.format().equals("online"), e.venue() == null, what);
            assertTrue(e.capacity() != null && e.capacity() > 0, what);
            assertEquals(programmes.get(e.programme()).organisation(), e.organisation(), what);
            assertTrue(FinancialYear.of(e.startDate()).startYear() >= programmes.get(e.programme()).firstYear(),
                    what + ": not before the programme began");
            if (e.type().equals("leadership-weekender")) {
                assertEquals(java.time.DayOfWeek.FRIDAY, e.startDate().getDayOfWeek(), what);
            }
        }
        Set<String> owners = activity.events().stream().map(DemoActivity.EventRow::organisation).collect(Collectors.toSet());
        assertTrue(owners.containsAll(Set.of("lga", "solace", "adass")), owners.toString());
        assertTrue(activity.events().stream().anyMatch(e -> e.title().startsWith("Partners in Care and Health roundtable")
                && e.organisation().equals(programmes.get("partners-in-care-and-health").organisation())));
    }

    @Test
    void attendanceShouldFitTheEventAndItsAudience() {
        Map<Long, DemoActivity.EventRow> events = byId(activity.events(), DemoActivity.EventRow::id);
        Map<Long, List<DemoActivity.AttendanceRow>> byEvent = activity.attendances().stream()
                .collect(Collectors.groupingBy(DemoActivity.AttendanceRow::eventId));
        assertEquals(activity.events().size(), byEvent.size(), "every event has bookings");
        for (DemoActivity.EventRow e : activity.events()) {
            List<DemoActivity.AttendanceRow> booked = byEvent.get(e.id());
            assertTrue(booked.size() <= e.capacity(), e + " has " + booked.size() + " bookings");
            assertEquals(booked.size(), booked.stream().map(DemoActivity.AttendanceRow::attendeeKey).distinct().count(),
                    e + ": an attendee booked twice");
        }
        for (DemoActivity.AttendanceRow a : activity.attendances()) {
            DemoActivity.EventRow e = events.get(a.eventId());
            String what = a + " at " + e;
            assertTrue(KEY.matcher(a.attendeeKey()).matches() && a.attendeeKey().startsWith("att-"), what);
            assertTrue(councils.get(a.council()).principalOn(e.startDate()), what);
            assertEquals(e.organisation(), a.organisation(), what);
            if (Set.of("leadership-essentials", "focus-on-leadership", "next-generation").contains(e.programme())) {
                assertEquals("councillor", a.role(), what);
            }
            if (e.programme().equals("be-a-councillor")) {
                assertEquals("other", a.role(), what);
            }
            if (e.organisation().equals("solace")) {
                assertNotEquals("councillor", a.role(), what);
            }
        }
        double attended = share(activity.attendances(), DemoActivity.AttendanceRow::attended);
        assertTrue(attended > 0.8 && attended < 0.9, "about 85 per cent attend, not " + attended);
        long returning = activity.attendances().size()
                - activity.attendances().stream().map(DemoActivity.AttendanceRow::attendeeKey).distinct().count();
        assertTrue(returning > 0, "some people come to more than one event");
    }

    @Test
    void cohortsShouldHaveTheirIntakesEachYear() {
        for (FinancialYear fy : YEARS) {
            List<DemoActivity.CohortRow> year = activity.cohorts().stream()
                    .filter(c -> c.financialYear() == fy.startYear()).toList();
            assertTrue(year.size() >= 10, fy + " has " + year.size() + " cohorts");
            assertEquals(4, year.stream().filter(c -> c.programme().equals("next-generation")).count(), fy.toString());
            assertTrue(year.stream().anyMatch(c -> c.programme().equals("leadership-academy")), fy.toString());
            assertTrue(year.stream().anyMatch(c -> c.organisation().equals("solace") && c.externalId() != null),
                    fy.toString());
        }
        Map<Long, List<DemoActivity.EnrolmentRow>> byCohort = activity.enrolments().stream()
                .collect(Collectors.groupingBy(DemoActivity.EnrolmentRow::cohortId));
        for (String name : List.of("NGDP cohort 25", "NGDP cohort 26", "NGDP cohort 27")) {
            DemoActivity.CohortRow ngdp = activity.cohorts().stream().filter(c -> c.name().equals(name)).findFirst()
                    .orElseThrow(() -> new AssertionError("no " + name));
            List<DemoActivity.EnrolmentRow> graduates = byCohort.get(ngdp.id());
            assertTrue(graduates.size() >= 100 && graduates.size() <= 140, name + " has " + graduates.size());
            long hosts = graduates.stream().map(DemoActivity.EnrolmentRow::council).distinct().count();
            assertTrue(hosts >= 30 && hosts < graduates.size(), name + " has " + hosts + " host councils");
        }
        assertEquals(activity.cohorts().size(),
                activity.cohorts().stream().map(c -> c.programme() + "/" + c.name()).distinct().count(), "names unique");
        for (DemoActivity.CohortRow c : activity.cohorts()) {
            String what = c.toString();
            assertFalse(c.startDate().isAfter(TODAY), what);
            assertFalse(c.startDate().isBefore(DemoProgrammeActivity.FIRST), what);
            assertEquals(FinancialYear.of(c.startDate()).startYear(), c.financialYear(), what);
            assertFalse(c.endDate().isBefore(c.startDate()), what);
            assertEquals(programmes.get(c.programme()).organisation(), c.organisation(), what);
            List<DemoActivity.EnrolmentRow> participants = byCohort.get(c.id());
            assertNotNull(participants, what);
            assertEquals(participants.size(),
                    participants.stream().map(DemoActivity.EnrolmentRow::participantKey).distinct().count(), what);
            boolean finished = c.endDate().isBefore(TODAY);
            for (DemoActivity.EnrolmentRow e : participants) {
                assertTrue(Set.of(finished ? "completed" : "enrolled", "withdrawn").contains(e.status()), e + " of " + c);
                assertTrue(councils.get(e.council()).principalOn(c.startDate()), e + " of " + c);
                assertTrue(KEY.matcher(e.participantKey()).matches(), e.toString());
                assertEquals(c.organisation(), e.organisation(), e.toString());
                if (c.programme().equals("next-generation")) {
                    assertEquals("councillor", e.role(), e.toString());
                }
            }
        }
        double withdrawn = share(activity.enrolments(), e -> e.status().equals("withdrawn"));
        assertTrue(withdrawn > 0 && withdrawn < 0.08, "a few withdraw, not " + withdrawn);
        double reporting = share(activity.enrolments(), e -> e.sex() != null || e.ethnicGroup() != null || e.disability() != null);
        assertTrue(reporting > 0.64 && reporting < 0.76, "about 70 per cent give diversity data, not " + reporting);
        List<DemoActivity.EnrolmentRow> withSex = activity.enrolments().stream().filter(e -> e.sex() != null).toList();
        double female = share(withSex, e -> e.sex().equals("female"));
        assertTrue(female > 0.47 && female < 0.57, "about 52 per cent female, not " + female);
        assertEquals(Set.of("asian", "black", "mixed", "white", "other", "prefer-not-to-say"), activity.enrolments()
                .stream().map(DemoActivity.EnrolmentRow::ethnicGroup).filter(Objects::nonNull).collect(Collectors.toSet()));
    }

    @Test
    void shouldHaveAbout200SupportEngagementsAFullYear() {
        for (FinancialYear fy : YEARS) {
            long count = activity.engagements().stream().filter(e -> in(fy, e.startDate())).count();
            System.out.println("Demo support engagements in " + fy + ": " + count);
            assertTrue(count >= (fy.lastDay().isBefore(TODAY) ? 150 : 60) && count <= 250, fy + " has " + count);
        }
        assertEquals(Set.of("mentoring", "targeted-finance-support", "targeted-workforce-support", "post-election-support",
                "top-team-development", "transformation-experts", "other"),
                activity.engagements().stream().map(DemoActivity.EngagementRow::type).collect(Collectors.toSet()));
        for (DemoActivity.EngagementRow e : activity.engagements()) {
            String what = e.toString();
            assertFalse(e.startDate().isAfter(TODAY), what);
            assertFalse(e.startDate().isBefore(DemoProgrammeActivity.FIRST), what);
            assertTrue(e.endDate() == null || (!e.endDate().isBefore(e.startDate()) && e.endDate().isBefore(TODAY)), what);
            assertTrue(e.daysDelivered().compareTo(BigDecimal.ONE) >= 0
                    && e.daysDelivered().compareTo(BigDecimal.valueOf(30)) <= 0, what);
            assertTrue(councils.get(e.council()).principalOn(e.startDate()), what);
            assertEquals(programmes.get(e.programme()).organisation(), e.organisation(), what);
            if (e.type().equals("post-election-support")) {
                assertTrue(e.startDate().getMonthValue() >= 5 && e.startDate().getMonthValue() <= 7, what);
            }
            if (e.organisation().equals("lga")) {
                assertNotNull(e.leadAdviser(), what);
            }
        }
        assertTrue(activity.engagements().stream().anyMatch(e -> e.endDate() == null), "some still running");
    }

    @Test
    void surveysShouldBeAboutOneSubjectAfterItStartedAndMostlyPositive() {
        Map<Long, DemoActivity.EventRow> events = byId(activity.events(), DemoActivity.EventRow::id);
        Map<Long, DemoActivity.CohortRow> cohorts = byId(activity.cohorts(), DemoActivity.CohortRow::id);
        Map<Long, DemoActivity.EngagementRow> engagements = byId(activity.engagements(), DemoActivity.EngagementRow::id);
        Map<Long, DemoData.ChallengeRow> challenges = byId(data.challenges(), DemoData.ChallengeRow::id);
        for (DemoActivity.SurveyRow s : activity.surveys()) {
            String what = s.toString();
            assertEquals(1, (s.eventId() != null ? 1 : 0) + (s.cohortId() != null ? 1 : 0)
                    + (s.engagementId() != null ? 1 : 0) + (s.peerChallengeId() != null ? 1 : 0), what);
            LocalDate started;
            String owner;
            if (s.eventId() != null) {
                started = events.get(s.eventId()).startDate();
                owner = events.get(s.eventId()).organisation();
            } else if (s.cohortId() != null) {
                started = cohorts.get(s.cohortId()).startDate();
                owner = cohorts.get(s.cohortId()).organisation();
            } else if (s.engagementId() != null) {
                started = engagements.get(s.engagementId()).startDate();
                owner = engagements.get(s.engagementId()).organisation();
            } else {
                DemoData.ChallengeRow challenge = challenges.get(s.peerChallengeId());
                assertTrue(Set.of("report-drafted", "report-published", "action-plan-published")
                        .contains(challenge.status()), what);
                started = challenge.onSiteStartDate();
                owner = "lga";
            }
            assertFalse(s.submittedDate().isBefore(started), what);
            assertFalse(s.submittedDate().isAfter(TODAY), what);
            assertEquals(owner, s.organisation(), what);
            assertTrue(s.satisfaction() == null || (s.satisfaction() >= 1 && s.satisfaction() <= 5), what);
            assertTrue(s.comment() == null || s.comment().length() <= 4000, what);
        }
        List<DemoActivity.SurveyRow> answered = activity.surveys().stream().filter(s -> s.satisfaction() != null).toList();
        double satisfied = share(answered, s -> s.satisfaction() >= 4);
        assertTrue(satisfied >= 0.90 && satisfied <= 0.96, "90-96 per cent satisfied, not " + satisfied);
        long attended = activity.attendances().stream().filter(DemoActivity.AttendanceRow::attended).count();
        double responded = (double) activity.surveys().stream().filter(s -> s.eventId() != null).count() / attended;
        assertTrue(responded > 0.25 && responded < 0.35, "about 30 per cent of attendees respond, not " + responded);
        assertTrue(activity.surveys().stream().anyMatch(s -> s.cohortId() != null));
        assertTrue(activity.surveys().stream().anyMatch(s -> s.engagementId() != null));
        assertTrue(activity.surveys().stream().anyMatch(s -> s.peerChallengeId() != null));
        assertTrue(activity.surveys().stream().anyMatch(s -> s.comment() != null));
        assertTrue(activity.surveys().stream().anyMatch(s -> s.wouldRecommend().equals("no")));
    }

    @Test
    void partnerRecordsShouldCarryTheirOwnIdentifiersAndTheLgasNone() {
        record Owned(String table, String organisation, String externalId) {
        }
        List<Owned> owned = new ArrayList<>();
        activity.events().forEach(e -> owned.add(new Owned("event", e.organisation(), e.externalId())));
        activity.attendances().forEach(a -> owned.add(new Owned("attendance", a.organisation(), a.externalId())));
        activity.cohorts().forEach(c -> owned.add(new Owned("cohort", c.organisation(), c.externalId())));
        activity.enrolments().forEach(e -> owned.add(new Owned("enrolment", e.organisation(), e.externalId())));
        activity.engagements().forEach(e -> owned.add(new Owned("engagement", e.organisation(), e.externalId())));
        activity.surveys().forEach(s -> owned.add(new Owned("survey", s.organisation(), s.externalId())));
        Set<String> taken = new HashSet<>();
        for (Owned row : owned) {
            assertEquals(row.organisation().equals("lga"), row.externalId() == null, row.toString());
            if (row.externalId() != null) {
                assertTrue(EXTERNAL_ID.matcher(row.externalId()).matches(), row.toString());
                assertTrue(taken.add(row.table() + "/" + row.organisation() + "/" + row.externalId()), "taken twice: " + row);
            }
        }
        assertTrue(activity.events().stream().anyMatch(e -> e.externalId() != null && e.externalId().startsWith("SOL-EV-")));
        assertTrue(activity.engagements().stream().anyMatch(e -> e.type().equals("top-team-development")
                && e.organisation().equals(programmes.get("top-team-development").organisation()) && e.externalId() != null));
    }

    /** Empties the demo tables in the open transaction, loads, and returns each table's row count and digest. */
    private Map<String, String> loadIntoEmptyTables(Connection connection) throws Exception {
        try (Statement statement = connection.createStatement()) {
            statement.execute("truncate peer, peer_challenge, " + String.join(", ", TABLES) + " cascade");
        }
        long started = System.nanoTime();
        List<String> loaded = DemoDataLoader.loadInto(connection, TODAY);
        System.out.printf("Demo load into empty tables: %d ms (%s)%n", (System.nanoTime() - started) / 1_000_000, loaded);
        assertEquals(3, loaded.size(), loaded.toString());
        Map<String, String> digests = new LinkedHashMap<>();
        for (String table : List.of("peer", "peer_challenge", "deliverable", "event", "attendance", "cohort",
                "enrolment", "support_engagement", "survey_response")) {
            try (Statement statement = connection.createStatement();
                    ResultSet result = statement.executeQuery("select count(*) || ':' || md5(string_agg((to_jsonb(t) "
                            + "- 'updated_at')::text, '|' order by t.id)) from " + table + " t")) {
                result.next();
                digests.put(table, result.getString(1));
                assertFalse(result.getString(1).startsWith("0:"), table + " is empty");
            }
        }
        return digests;
    }

    private static String prefix(String digest) {
        return digest.substring(0, digest.indexOf(':') + 1);
    }

    private static void assertNoRowsWhere(Connection connection, String message, String countQuery) throws Exception {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(countQuery)) {
            result.next();
            assertEquals(0, result.getLong(1), message);
        }
    }

    private static boolean exists(Connection connection, String query, FinancialYear fy) throws Exception {
        try (PreparedStatement statement = connection.prepareStatement("select exists (" + query + ")")) {
            statement.setDate(1, Date.valueOf(fy.firstDay()));
            statement.setDate(2, Date.valueOf(fy.lastDay()));
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getBoolean(1);
            }
        }
    }

    private static String fingerprint(DemoActivity activity) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(activity.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean in(FinancialYear fy, LocalDate date) {
        return !date.isBefore(fy.firstDay()) && !date.isAfter(fy.lastDay());
    }

    private static <T> double share(List<T> rows, Predicate<T> test) {
        return (double) rows.stream().filter(test).count() / rows.size();
    }

    private static <T> Map<Long, T> byId(List<T> rows, Function<T, Long> id) {
        Map<Long, T> map = new HashMap<>();
        rows.forEach(row -> map.put(id.apply(row), row));
        return map;
    }

    private long countIn(FinancialYear fy, Set<String> types) {
        return data.challenges().stream()
                .filter(c -> types.contains(c.type()) && !c.status().equals("cancelled"))
                .map(c -> c.onSiteStartDate() != null ? c.onSiteStartDate() : c.requestedDate())
                .filter(date -> !date.isBefore(fy.firstDay()) && !date.isAfter(fy.lastDay()))
                .count();
    }
}
