package uk.gov.local.sectorsupport.peerchallenge;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import uk.gov.local.sectorsupport.common.SectorSupportConfig;
import uk.gov.local.sectorsupport.council.CouncilRef;

/**
 * The figures derived from peer challenges. Predecessor councils' challenges never count for a successor's
 * coverage: a council created by reorganisation needs its own CPC (its predecessors' history is shown, not
 * counted). Coverage by council shows a successor's last CPC or FPC as its predecessors' latest, marked as theirs.
 */
@ApplicationScoped
public class PeerChallengeFigures {

    static final int PUBLICATION_MONTHS = 5;
    static final int COVERAGE_YEARS = 5;

    /** The date a CPC or FPC counts from: its last day on site, or its first while the end is not known. */
    static final String COVERAGE_DATE = "coalesce(pc.onSiteEndDate, pc.onSiteStartDate)";
    static final String COUNTS_FOR_COVERAGE = "pc.type in :coverageTypes and pc.status <> :cancelled and "
            + COVERAGE_DATE + " is not null";

    @Inject
    EntityManager em;

    @Inject
    SectorSupportConfig config;

    @Inject
    Clock clock;

    LocalDate today() {
        return LocalDate.now(clock);
    }

    BigDecimal saving(BigDecimal peerDays) {
        return peerDays.multiply(config.peerDayRate()).setScale(0, RoundingMode.HALF_UP);
    }

    /** For each council, the id of its first CPC (earliest by on-site start or request; cancelled ones excluded). */
    Map<String, Long> firstCpcIds(Collection<String> councils) {
        Map<String, Long> first = new HashMap<>();
        if (councils.isEmpty()) {
            return first;
        }
        List<Object[]> rows = em.createQuery("""
                select pc.council.gssCode, pc.id from PeerChallenge pc
                where pc.type = :cpc and pc.status <> :cancelled and pc.council.gssCode in :councils
                order by coalesce(pc.onSiteStartDate, pc.requestedDate) desc, pc.id desc""", Object[].class)
                .setParameter("cpc", PeerChallengeType.CPC)
                .setParameter("cancelled", PeerChallengeStatus.CANCELLED)
                .setParameter("councils", Set.copyOf(councils))
                .getResultList();
        rows.forEach(row -> first.put((String) row[0], (Long) row[1]));  // the last put per council is the earliest
        return first;
    }

    /** For each council, the date of its latest CPC or FPC on or before {@code asOf}. */
    Map<String, LocalDate> lastCpcOrFpc(Collection<String> councils, LocalDate asOf) {
        Map<String, LocalDate> last = new HashMap<>();
        if (councils.isEmpty()) {
            return last;
        }
        em.createQuery("select pc.council.gssCode, max(" + COVERAGE_DATE + ") from PeerChallenge pc where "
                + COUNTS_FOR_COVERAGE + " and " + COVERAGE_DATE + " <= :asOf and pc.council.gssCode in :councils "
                + "group by pc.council.gssCode", Object[].class)
                .setParameter("coverageTypes", Set.of(PeerChallengeType.CPC, PeerChallengeType.FPC))
                .setParameter("cancelled", PeerChallengeStatus.CANCELLED)
                .setParameter("asOf", asOf)
                .setParameter("councils", Set.copyOf(councils))
                .getResultList()
                .forEach(row -> last.put((String) row[0], (LocalDate) row[1]));
        return last;
    }

    /** A council's latest CPC or FPC on or before a date. */
    record LatestCpcOrFpc(long id, PeerChallengeType type, LocalDate date) {
    }

    /** For each council, its latest CPC or FPC on or before {@code asOf} (the later id when two end the same day). */
    Map<String, LatestCpcOrFpc> latestCpcOrFpc(Collection<String> councils, LocalDate asOf) {
        Map<String, LatestCpcOrFpc> latest = new HashMap<>();
        if (councils.isEmpty()) {
            return latest;
        }
        em.createQuery("select pc.council.gssCode, pc.id, pc.type, " + COVERAGE_DATE + " from PeerChallenge pc where "
                + COUNTS_FOR_COVERAGE + " and " + COVERAGE_DATE + " <= :asOf and pc.council.gssCode in :councils "
                + "order by " + COVERAGE_DATE + ", pc.id", Object[].class)
                .setParameter("coverageTypes", Set.of(PeerChallengeType.CPC, PeerChallengeType.FPC))
                .setParameter("cancelled", PeerChallengeStatus.CANCELLED)
                .setParameter("asOf", asOf)
                .setParameter("councils", Set.copyOf(councils))
                .getResultList()   // the last put per council is the latest
                .forEach(row -> latest.put((String) row[0],
                        new LatestCpcOrFpc((Long) row[1], (PeerChallengeType) row[2], (LocalDate) row[3])));
        return latest;
    }

    static BigDecimal yearsBetween(LocalDate from, LocalDate to) {
        return from == null ? null
                : BigDecimal.valueOf(ChronoUnit.DAYS.between(from, to)).divide(BigDecimal.valueOf(365.25), 1,
                        RoundingMode.HALF_UP);
    }

    PeerChallengeView view(PeerChallenge c, Map<String, Long> firstCpcIds, boolean showNames) {
        LocalDate deadline = c.onSiteEndDate == null ? null : c.onSiteEndDate.plusMonths(PUBLICATION_MONTHS);
        BigDecimal days = c.totalPeerDays().setScale(1, RoundingMode.HALF_UP);
        return new PeerChallengeView(c.id, c.type, c.type.label(), CouncilRef.from(c.council), c.council.region,
                c.status, c.status.label(), PeerChallengeLifecycle.allowedFrom(c.status), c.requestedDate,
                c.onSiteStartDate, c.onSiteEndDate, c.financialYear().toString(),
                c.focusAreas.stream().sorted().toList(), showNames ? c.peerChallengeManager : null,
                c.reportPublishedDate, c.actionPlanPublishedDate, c.followsUp == null ? null : c.followsUp.id,
                showNames ? c.notes : null,
                c.type == PeerChallengeType.CPC ? c.id.equals(firstCpcIds.get(c.council.gssCode)) : null,
                deadline, publishedInTime(c, deadline), c.team.size(), days, saving(days), c.version);
    }

    /** True or false once known; absent while both could still be published in time. */
    private Boolean publishedInTime(PeerChallenge c, LocalDate deadline) {
        if (deadline == null || c.status == PeerChallengeStatus.CANCELLED) {
            return null;
        }
        boolean late = (c.reportPublishedDate != null && c.reportPublishedDate.isAfter(deadline))
                || (c.actionPlanPublishedDate != null && c.actionPlanPublishedDate.isAfter(deadline));
        if (late) {
            return false;
        }
        if (c.reportPublishedDate != null && c.actionPlanPublishedDate != null) {
            return true;
        }
        return today().isAfter(deadline) ? false : null;
    }
}
