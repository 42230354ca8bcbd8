package uk.gov.local.sectorsupport.peerchallenge;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import uk.gov.local.sectorsupport.council.Council;
import uk.gov.local.sectorsupport.council.CouncilRef;
import uk.gov.local.sectorsupport.council.CouncilType;
import uk.gov.local.sectorsupport.council.Nation;
import uk.gov.local.sectorsupport.council.Region;
import uk.gov.local.sectorsupport.peerchallenge.PeerChallengeFigures.LatestCpcOrFpc;

/** Coverage ("every council should have a CPC at least once every five years") and per-council history. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CoverageService {

    @Inject
    PeerChallengeFigures figures;

    @Inject
    PeerChallengeService challenges;

    @Inject
    EntityManager em;

    public CoverageView coverage(LocalDate asOf, Region region, CouncilType type) {
        LocalDate windowStart = asOf.minusYears(PeerChallengeFigures.COVERAGE_YEARS);
        List<Council> inScope = Council.<Council>listAll().stream()
                .filter(council -> council.type.principal() && council.isCurrentOn(asOf))
                .filter(council -> region == null || council.region == region)
                .filter(council -> type == null || council.type == type)
                .sorted(Comparator.comparing((Council council) -> council.name).thenComparing(council -> council.gssCode))
                .toList();
        Map<String, LocalDate> last = figures.lastCpcOrFpc(inScope.stream().map(c -> c.gssCode).toList(), asOf);
        List<CoverageView.UncoveredCouncil> uncovered = inScope.stream()
                .filter(council -> last.get(council.gssCode) == null || last.get(council.gssCode).isBefore(windowStart))
                .map(council -> new CoverageView.UncoveredCouncil(CouncilRef.from(council), council.type,
                        council.region, last.get(council.gssCode),
                        PeerChallengeFigures.yearsBetween(last.get(council.gssCode), asOf)))
                .toList();
        int total = inScope.size();
        int covered = total - uncovered.size();
        return new CoverageView(asOf, windowStart, region, type, total, covered, uncovered.size(),
                percentage(covered, total), percentage(uncovered.size(), total), uncovered);
    }

    /**
     * Every English council (principal councils and combined authorities) existing on {@code asOf}, each with its
     * latest CPC or FPC to that date: its own, or a predecessor's (all the way back) when that is later.
     */
    public CoverageByCouncilView byCouncil(LocalDate asOf, Region region, CouncilType type) {
        Map<String, Council> councils = Council.<Council>listAll().stream()
                .collect(Collectors.toMap(council -> council.gssCode, Function.identity()));
        List<Council> inScope = councils.values().stream()
                .filter(council -> council.nation == Nation.ENGLAND && council.isCurrentOn(asOf))
                .filter(council -> region == null || council.region == region)
                .filter(council -> type == null || council.type == type)
                .sorted(Comparator.comparing((Council council) -> council.name).thenComparing(council -> council.gssCode))
                .toList();
        Map<String, Set<String>> directPredecessors = directPredecessors();
        Map<String, Set<String>> predecessors = new HashMap<>();
        Set<String> codes = new HashSet<>();
        for (Council council : inScope) {
            Set<String> all = allPredecessors(council.gssCode, directPredecessors);
            predecessors.put(council.gssCode, all);
            codes.add(council.gssCode);
            codes.addAll(all);
        }
        Map<String, LatestCpcOrFpc> latest = figures.latestCpcOrFpc(codes, asOf);
        List<CoverageByCouncilView.CouncilCoverage> rows = inScope.stream().map(council -> {
            String heldBy = council.gssCode;
            LatestCpcOrFpc last = latest.get(heldBy);
            for (String predecessor : predecessors.get(council.gssCode)) {
                LatestCpcOrFpc theirs = latest.get(predecessor);
                if (theirs != null && (last == null || theirs.date().isAfter(last.date()))) {
                    heldBy = predecessor;
                    last = theirs;
                }
            }
            return new CoverageByCouncilView.CouncilCoverage(CouncilRef.from(council), council.type, council.region,
                    last == null ? null : last.date(),
                    last == null ? null : PeerChallengeFigures.yearsBetween(last.date(), asOf),
                    last == null ? null : last.type(), last == null ? null : last.id(),
                    heldBy.equals(council.gssCode) ? null : CouncilRef.from(councils.get(heldBy)));
        }).toList();
        return new CoverageByCouncilView(asOf, asOf.minusYears(PeerChallengeFigures.COVERAGE_YEARS), region, type, rows);
    }

    /** Successor → the councils it directly replaced, from the register's successions (one query). */
    private Map<String, Set<String>> directPredecessors() {
        Map<String, Set<String>> direct = new HashMap<>();
        em.createQuery("select s.gssCode, p.gssCode from Council s join s.predecessors p", Object[].class)
                .getResultList()
                .forEach(row -> direct.computeIfAbsent((String) row[0], code -> new TreeSet<>()).add((String) row[1]));
        return direct;
    }

    /** Every council that {@code gssCode} replaced, directly or through another reorganisation, nearest first. */
    private static Set<String> allPredecessors(String gssCode, Map<String, Set<String>> direct) {
        Set<String> found = new LinkedHashSet<>();
        Deque<String> queue = new ArrayDeque<>(direct.getOrDefault(gssCode, Set.of()));
        while (!queue.isEmpty()) {
            String next = queue.removeFirst();
            if (!next.equals(gssCode) && found.add(next)) {
                queue.addAll(direct.getOrDefault(next, Set.of()));
            }
        }
        return found;
    }

    public Optional<CouncilPeerChallenges> councilHistory(String gssCode) {
        Council council = Council.findById(gssCode.toUpperCase(Locale.ROOT));
        if (council == null) {
            return Optional.empty();
        }
        LocalDate today = figures.today();
        LocalDate last = figures.lastCpcOrFpc(Set.of(council.gssCode), today).get(council.gssCode);
        List<CouncilPeerChallenges.PredecessorPeerChallenges> predecessors = council.predecessors.stream()
                .map(predecessor -> new CouncilPeerChallenges.PredecessorPeerChallenges(CouncilRef.from(predecessor),
                        figures.lastCpcOrFpc(Set.of(predecessor.gssCode), today).get(predecessor.gssCode),
                        challengesOf(predecessor)))
                .toList();
        return Optional.of(new CouncilPeerChallenges(CouncilRef.from(council), last,
                PeerChallengeFigures.yearsBetween(last, today), challengesOf(council), predecessors));
    }

    private List<PeerChallengeView> challengesOf(Council council) {
        return challenges.views(PeerChallenge.<PeerChallenge>list("from PeerChallenge pc where pc.council = ?1 "
                + "order by coalesce(pc.onSiteStartDate, pc.requestedDate) desc, pc.id desc", council));
    }

    private static BigDecimal percentage(int part, int whole) {
        return whole == 0 ? BigDecimal.ZERO.setScale(1)
                : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
