package uk.gov.local.sectorsupport.peerchallenge;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import uk.gov.local.sectorsupport.council.Council;
import uk.gov.local.sectorsupport.council.CouncilRef;
import uk.gov.local.sectorsupport.council.CouncilType;
import uk.gov.local.sectorsupport.council.Region;

/** Coverage ("every council should have a CPC at least once every five years") and per-council history. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CoverageService {

    @Inject
    PeerChallengeFigures figures;

    @Inject
    PeerChallengeService challenges;

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
