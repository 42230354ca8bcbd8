package uk.gov.local.sectorsupport.demo;

import static org.junit.jupiter.api.Assertions.*;

import java.sql.Connection;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import uk.gov.local.sectorsupport.common.FinancialYear;

/** The demo data set, generated in memory from the real council register; never written to the tests' database. */
@QuarkusTest
class DemoDataTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @Inject
    DataSource dataSource;

    private Map<String, DemoCouncil> councils;
    private DemoData data;

    @BeforeEach
    void generate() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            councils = DemoDataLoader.councils(connection);
        }
        data = DemoDataLoader.generate(councils, DemoDataLoader.realChallenges(), TODAY);
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

    private long countIn(FinancialYear fy, Set<String> types) {
        return data.challenges().stream()
                .filter(c -> types.contains(c.type()) && !c.status().equals("cancelled"))
                .map(c -> c.onSiteStartDate() != null ? c.onSiteStartDate() : c.requestedDate())
                .filter(date -> !date.isBefore(fy.firstDay()) && !date.isAfter(fy.lastDay()))
                .count();
    }
}
