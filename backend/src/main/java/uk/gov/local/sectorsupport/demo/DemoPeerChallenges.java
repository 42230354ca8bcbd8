package uk.gov.local.sectorsupport.demo;

import static java.time.temporal.ChronoUnit.DAYS;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Peer challenges for the demo: the real ones from the CSV, then for every other principal council a run of
 * CPCs/FPCs roughly every four to five years (some councils none lately), progress reviews after most CPCs,
 * and a few other reviews. Statuses and publication dates follow the dates as of {@code today}.
 */
final class DemoPeerChallenges {

    static final LocalDate FIRST = LocalDate.of(2018, 4, 1);
    static final LocalDate LAST = LocalDate.of(2027, 3, 31);
    private static final List<String> ALL_FIVE = List.of("local-priorities-and-outcomes", "governance-and-culture",
            "organisational-and-place-leadership", "financial-planning-and-management", "capacity-for-improvement");
    private static final String[] MANAGERS = { "Sam Patel", "Joanna Reid", "Mark Ellison", "Harriet Cole",
            "Nadeem Aziz", "Lucy Barnes", "Gareth Owen", "Ruth Adebayo" };
    private static final String[] OTHER_REVIEWS = { "communications", "send", "childrens-services", "adult-social-care" };

    /** One row of db/demo/lga_cpc_examples.csv. */
    record RealRow(String gssCode, String eventType, String dateFrom, String dateTo, String sourceUrl, String note) {
    }

    private final Random random;
    private final LocalDate today;
    private final Map<String, DemoCouncil> councils;
    private final List<DemoData.PeerRow> peers;
    private final List<DemoData.ChallengeRow> challenges = new ArrayList<>();
    private final List<DemoData.TeamRow> team = new ArrayList<>();
    private int spread;

    DemoPeerChallenges(Random random, LocalDate today, Map<String, DemoCouncil> councils, List<DemoData.PeerRow> peers) {
        this.random = random;
        this.today = today;
        this.councils = councils;
        this.peers = peers;
    }

    DemoData generate(List<RealRow> real) {
        Set<String> realCouncils = new HashSet<>();
        Map<String, DemoData.ChallengeRow> lastRealCpc = new HashMap<>();
        for (RealRow row : real) {
            realCouncils.add(row.gssCode());
            addReal(row, lastRealCpc);
        }
        councils.values().stream().filter(DemoCouncil::principal)
                .filter(council -> !realCouncils.contains(council.gssCode()))
                .sorted(Comparator.comparing(DemoCouncil::gssCode))
                .forEach(this::addForCouncil);
        return new DemoData(peers, challenges, team);
    }

    private void addForCouncil(DemoCouncil council) {
        LocalDate from = council.startDate() != null && council.startDate().isAfter(FIRST) ? council.startDate() : FIRST;
        LocalDate to = council.endDate() != null && council.endDate().isBefore(LAST) ? council.endDate() : LAST;
        if (DAYS.between(from, to) < 180) {
            return;
        }
        if (random.nextDouble() < 0.12) {
            // Councils left behind: at most one early challenge, so the coverage page has something to show.
            if (random.nextBoolean()) {
                addWithReview(council.gssCode(), DemoPeers.between(random, from, min(to, from.plusYears(2))), to);
            }
        } else {
            // Phases spread evenly (golden-ratio sequence) rather than at random, so every year gets a similar number.
            double phase = (++spread * 0.6180339887) % 1.0;
            LocalDate date = from.plusDays((long) (phase * 1826) + random.nextInt(61) - 30);
            date = date.isBefore(from) ? from : date;
            while (!date.isAfter(to)) {
                addWithReview(council.gssCode(), date, to);
                date = date.plusDays(1640 + random.nextInt(300));
            }
        }
        if (random.nextDouble() < 0.05) {
            add("gpc", council.gssCode(), monday(DemoPeers.between(random, from, to)), 3, null, null, true);
        }
        if (random.nextDouble() < 0.08) {
            add(OTHER_REVIEWS[random.nextInt(OTHER_REVIEWS.length)], council.gssCode(),
                    monday(DemoPeers.between(random, from, to)), 3, null, null, true);
        }
    }

    private void addWithReview(String council, LocalDate date, LocalDate until) {
        String type = random.nextDouble() < 0.2 ? "fpc" : "cpc";
        DemoData.ChallengeRow cpc = add(type, council, monday(date), type.equals("cpc") ? 4 : 3, null, null, true);
        if (type.equals("cpc") && cpc.onSiteEndDate() != null && !cpc.status().equals("cancelled")
                && random.nextDouble() < 0.9) {
            LocalDate review = monday(cpc.onSiteEndDate().plusDays(270 + random.nextInt(150)));
            if (!review.isAfter(until)) {
                add("cpc-progress-review", council, review, 1, cpc.id(), null, false);
            }
        }
    }

    private void addReal(RealRow row, Map<String, DemoData.ChallengeRow> lastCpc) {
        String notes = "Source: " + row.sourceUrl() + " — " + row.note();
        boolean review = !row.eventType().equals("corporate_peer_challenge");
        DemoData.ChallengeRow cpc = lastCpc.get(row.gssCode());
        Long followsUp = review ? cpc.id() : null;
        if (row.dateFrom().isBlank()) {
            LocalDate requested = min(today, cpc.onSiteEndDate().plusMonths(6));
            record(new DemoData.ChallengeRow(challenges.size() + 1L, "cpc-progress-review", row.gssCode(), "requested",
                    requested, null, null, manager(), null, null, followsUp, notes, List.of()));
            return;
        }
        boolean dayPrecision = row.dateFrom().length() == 10;
        LocalDate start = dayPrecision ? LocalDate.parse(row.dateFrom())
                : LocalDate.parse(row.dateFrom() + "-01").with(TemporalAdjusters.dayOfWeekInMonth(2, DayOfWeek.MONDAY));
        int length = dayPrecision && !row.dateTo().isBlank()
                ? (int) DAYS.between(start, LocalDate.parse(row.dateTo())) + 1 : review ? 1 : 4;
        DemoData.ChallengeRow added = add(review ? "cpc-progress-review" : "cpc", row.gssCode(), start, length,
                followsUp, notes, false);
        if (!review) {
            lastCpc.put(row.gssCode(), added);
        }
    }

    private DemoData.ChallengeRow add(String type, String council, LocalDate start, int length, Long followsUp,
            String notes, boolean mayBeCancelled) {
        LocalDate end = start.plusDays(length - 1);
        LocalDate requested = start.minusDays(120 + random.nextInt(150));
        LocalDate report = null;
        LocalDate actionPlan = null;
        String status;
        if (mayBeCancelled && random.nextDouble() < 0.03) {
            status = "cancelled";
        } else if (end.isBefore(today)) {
            report = end.plusDays(random.nextDouble() < 0.08 ? 150 + random.nextInt(50) : 25 + random.nextInt(85));
            actionPlan = report.plusDays(random.nextDouble() < 0.05 ? 100 + random.nextInt(40) : random.nextInt(50));
            if (report.isAfter(today)) {
                status = "report-drafted";
                report = null;
                actionPlan = null;
            } else if (actionPlan.isAfter(today) || random.nextDouble() < 0.05) {
                status = "report-published";
                actionPlan = null;
            } else {
                status = "action-plan-published";
            }
        } else if (!start.isAfter(today)) {
            status = "on-site";
        } else {
            long until = DAYS.between(today, start);
            status = until <= 120 ? "scheduled" : until <= 270 ? "scoped" : "requested";
        }
        if (requested.isAfter(today)) {
            requested = today.minusDays(1 + random.nextInt(60));
        }
        boolean dated = !status.equals("requested");
        List<String> focus = switch (type) {
            case "cpc" -> ALL_FIVE;
            case "fpc" -> List.of("governance-and-culture", "financial-planning-and-management");
            case "gpc" -> List.of("governance-and-culture");
            default -> List.of();
        };
        DemoData.ChallengeRow row = new DemoData.ChallengeRow(challenges.size() + 1L, type, council, status, requested,
                dated ? start : null, dated ? end : null, manager(), report, actionPlan, followsUp, notes, focus);
        record(row);
        if (Set.of("scheduled", "on-site", "report-drafted", "report-published", "action-plan-published").contains(status)) {
            formTeam(row);
        }
        return row;
    }

    private void record(DemoData.ChallengeRow row) {
        challenges.add(row);
    }

    private void formTeam(DemoData.ChallengeRow row) {
        Set<String> excluded = excludedCouncils(row.council());
        Set<Long> chosen = new HashSet<>();
        boolean review = row.type().equals("cpc-progress-review");
        boolean cpc = row.type().equals("cpc");
        double days = review ? 1 : cpc ? 4 : 3;
        join(row, "member", "lead-member-peer", review ? 1 : days + 0.5, excluded, chosen);
        join(row, "officer", "officer-peer", days, excluded, chosen);
        if (!review) {
            join(row, "member", "member-peer", days, excluded, chosen);
            join(row, "officer", "officer-peer", days, excluded, chosen);
            if (random.nextDouble() < 0.3) {
                join(row, random.nextBoolean() ? "member" : "officer", "shadow-peer", days - 1, excluded, chosen);
            }
        }
    }

    private void join(DemoData.ChallengeRow row, String kind, String role, double days, Set<String> excluded,
            Set<Long> chosen) {
        for (int attempt = 0; attempt < 200; attempt++) {
            DemoData.PeerRow peer = peers.get(random.nextInt(peers.size()));
            if (peer.kind().equals(kind) && peer.active() && !excluded.contains(peer.homeCouncil())
                    && chosen.add(peer.id())) {
                team.add(new DemoData.TeamRow(row.id(), peer.id(), role, BigDecimal.valueOf(days)));
                return;
            }
        }
    }

    /** The same rule as peer suggestions: not the council, its county, its districts or its combined authority. */
    private Set<String> excludedCouncils(String gssCode) {
        DemoCouncil council = councils.get(gssCode);
        Set<String> excluded = new HashSet<>(Set.of(gssCode));
        if (council.county() != null) {
            excluded.add(council.county());
        }
        for (DemoCouncil other : councils.values()) {
            if (gssCode.equals(other.county()) || (council.combinedAuthority() != null
                    && council.combinedAuthority().equals(other.combinedAuthority()))) {
                excluded.add(other.gssCode());
            }
        }
        return excluded;
    }

    private String manager() {
        return MANAGERS[random.nextInt(MANAGERS.length)];
    }

    private static LocalDate monday(LocalDate date) {
        return date.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
