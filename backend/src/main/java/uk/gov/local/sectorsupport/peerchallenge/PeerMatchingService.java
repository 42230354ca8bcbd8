package uk.gov.local.sectorsupport.peerchallenge;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import uk.gov.local.sectorsupport.common.FinancialYear;
import uk.gov.local.sectorsupport.common.error.ConflictException;
import uk.gov.local.sectorsupport.council.Council;
import uk.gov.local.sectorsupport.council.CouncilRef;
import uk.gov.local.sectorsupport.peer.Peer;
import uk.gov.local.sectorsupport.peer.PeerKind;

/**
 * Suggests peers for a planned challenge. Peers from the council itself, its county, its districts and its
 * combined-authority neighbours are left out (too close to be independent). Ranking: the kind the team is short
 * of, then fewest peer days this financial year (spread the load), then accredited, then name.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PeerMatchingService {

    private static final Set<PeerChallengeStatus> PLANNED = Set.of(PeerChallengeStatus.REQUESTED,
            PeerChallengeStatus.SCOPED, PeerChallengeStatus.SCHEDULED, PeerChallengeStatus.ON_SITE);

    public PeerSuggestions suggest(long id, PeerKind kind, int limit) {
        PeerChallenge challenge = PeerChallenge.<PeerChallenge>findByIdOptional(id)
                .orElseThrow(() -> PeerChallengeService.notFound(id));
        if (!PLANNED.contains(challenge.status)) {
            throw new ConflictException("Suggestions are for planned peer challenges; this one is "
                    + challenge.status.label().toLowerCase() + ".");
        }
        Set<Council> excluded = excludedCouncils(challenge.council);
        Set<Long> onTeam = challenge.team.stream().map(member -> member.peer.id).collect(Collectors.toSet());
        FinancialYear year = challenge.financialYear();
        Map<Long, BigDecimal> days = peerDays(year);
        PeerKind needed = kind != null ? kind : neededKind(challenge);
        Comparator<Peer> ranking = Comparator
                .comparing((Peer peer) -> needed != null && peer.kind != needed)
                .thenComparing(peer -> days.getOrDefault(peer.id, BigDecimal.ZERO))
                .thenComparing(peer -> peer.accreditationDate == null)
                .thenComparing(peer -> peer.name)
                .thenComparing(peer -> peer.id);
        List<PeerSuggestions.Candidate> items = Peer.<Peer>list("active = true and homeCouncil not in ?1", excluded)
                .stream()
                .filter(peer -> !onTeam.contains(peer.id) && (kind == null || peer.kind == kind))
                .sorted(ranking)
                .limit(limit)
                .map(peer -> new PeerSuggestions.Candidate(peer.id, peer.name, peer.kind, peer.politicalGroup,
                        peer.jobTitle, CouncilRef.from(peer.homeCouncil), peer.accreditationDate,
                        peer.accreditationDate != null, days.getOrDefault(peer.id, BigDecimal.ZERO.setScale(1))))
                .toList();
        return new PeerSuggestions(id, year.toString(), needed,
                excluded.stream().sorted(Comparator.comparing(c -> c.name)).map(CouncilRef::from).toList(), items);
    }

    static Set<Council> excludedCouncils(Council council) {
        Set<Council> excluded = new LinkedHashSet<>();
        excluded.add(council);
        if (council.county != null) {
            excluded.add(council.county);
        }
        excluded.addAll(Council.list("county", council));
        if (council.combinedAuthority != null) {
            excluded.addAll(Council.list("combinedAuthority", council.combinedAuthority));
        }
        return excluded;
    }

    /** A team needs member peers first (a lead member peer above all), then whichever kind it has fewer of. */
    private static PeerKind neededKind(PeerChallenge challenge) {
        long members = challenge.team.stream().filter(m -> m.peer.kind == PeerKind.MEMBER).count();
        long officers = challenge.team.size() - members;
        if (members == 0 || members < officers) {
            return PeerKind.MEMBER;
        }
        return officers < members ? PeerKind.OFFICER : null;
    }

    private static Map<Long, BigDecimal> peerDays(FinancialYear year) {
        Map<Long, BigDecimal> days = new HashMap<>();
        Peer.getEntityManager().createQuery("""
                select tm.peer.id, sum(tm.days) from TeamMember tm join tm.peerChallenge pc
                where pc.status <> :cancelled
                  and coalesce(pc.onSiteStartDate, pc.requestedDate) between :first and :last
                group by tm.peer.id""", Object[].class)
                .setParameter("cancelled", PeerChallengeStatus.CANCELLED)
                .setParameter("first", year.firstDay())
                .setParameter("last", year.lastDay())
                .getResultList()
                .forEach(row -> days.put((Long) row[0], (BigDecimal) row[1]));
        return days;
    }
}
