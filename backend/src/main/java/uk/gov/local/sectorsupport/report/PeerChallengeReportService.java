package uk.gov.local.sectorsupport.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import uk.gov.local.sectorsupport.common.CodedEnum;
import uk.gov.local.sectorsupport.common.FinancialYear;
import uk.gov.local.sectorsupport.common.SectorSupportConfig;
import uk.gov.local.sectorsupport.council.CouncilType;
import uk.gov.local.sectorsupport.council.Region;
import uk.gov.local.sectorsupport.metric.Activity;
import uk.gov.local.sectorsupport.metric.MetricDefinition;
import uk.gov.local.sectorsupport.metric.MetricKind;
import uk.gov.local.sectorsupport.peerchallenge.PeerChallengeType;
import uk.gov.local.sectorsupport.report.FigureSource.Scope;
import uk.gov.local.sectorsupport.report.PeerChallengeReport.Coverage;
import uk.gov.local.sectorsupport.report.PeerChallengeReport.Group;
import uk.gov.local.sectorsupport.report.PeerChallengeReport.Share;
import uk.gov.local.sectorsupport.report.PeerChallengeReport.TypeCount;

/**
 * The peer challenge report, from the same evaluator as the annual report's metrics (its figures are metrics
 * defined here rather than declared, since the report's shape is fixed), plus diversity and five-year coverage.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PeerChallengeReportService {

    private static final List<String> CORPORATE = List.of("cpc", "fpc", "gpc");
    private static final int WITHHELD_BELOW = 5;

    @Inject
    FigureEvaluator evaluator;

    @Inject
    ReportService reports;

    @Inject
    EntityManager entityManager;

    @Inject
    SectorSupportConfig config;

    public PeerChallengeReport report(FinancialYear year, CouncilCounting councils) {
        Scope scope = reports.scope(year, councils, null);
        List<TypeCount> byType = Arrays.stream(PeerChallengeType.values())
                .map(type -> new TypeCount(type, type.label(),
                        count(MetricKind.RECORD_COUNT, challenges(List.of(type.code()), null), scope)))
                .filter(count -> count.count() > 0).toList();
        BigDecimal days = evaluator.evaluate(MetricKind.DAYS_SUM, activity(Activity.TEAM_MEMBER), scope).value();
        return new PeerChallengeReport(year.toString(), councils, byType,
                count(MetricKind.COUNCILS_ENGAGED, challenges(CORPORATE, null), scope),
                count(MetricKind.RECORD_COUNT, challenges(List.of("cpc-progress-review"), null), scope),
                count(MetricKind.COUNCILS_ENGAGED, challenges(List.of("cpc-progress-review"), null), scope),
                count(MetricKind.RECORD_COUNT, challenges(List.of("cpc"), "first-cpc"), scope),
                share(evaluator.evaluate(MetricKind.PEER_CHALLENGE_PERCENTAGE,
                        challenges(CORPORATE, "published-within-5-months"), scope)),
                share(evaluator.evaluate(MetricKind.SURVEY_PERCENTAGE, survey("satisfaction", List.of("4", "5")), scope)),
                share(evaluator.evaluate(MetricKind.SURVEY_PERCENTAGE, survey("positive-impact", List.of("yes")), scope)),
                days, days.multiply(config.peerDayRate()).setScale(0, RoundingMode.HALF_UP),
                diversity(year),
                coverage(year, councils, "c.region"), coverage(year, councils, "c.type"));
    }

    private long count(MetricKind kind, MetricDefinition definition, Scope scope) {
        return evaluator.evaluate(kind, definition, scope).value().longValue();
    }

    private static MetricDefinition challenges(List<String> types, String condition) {
        return new MetricDefinition(Activity.PEER_CHALLENGE, null, null, types, null, null, null, null, null, null,
                condition, null, null, null, null);
    }

    private static MetricDefinition activity(Activity activity) {
        return new MetricDefinition(activity, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null);
    }

    private static MetricDefinition survey(String question, List<String> answers) {
        return new MetricDefinition(Activity.SURVEY_RESPONSE, null, null, null, null, null, null,
                List.of("peer-challenge"), question, answers, null, null, null, null, null);
    }

    private static Share share(FigureValue value) {
        return new Share(value.numerator().longValue(), value.denominator().longValue(), value.value());
    }

    /** The distinct peers on the year's (delivered) teams, by sex, ethnic group and kind; 1 to 4 withheld. */
    private PeerChallengeReport.Diversity diversity(FinancialYear year) {
        String peers = "select distinct p.id, p.sex, p.ethnic_group, p.kind from peer_challenge_team_member tm "
                + "join peer_challenge pc on pc.id = tm.peer_challenge_id join peer p on p.id = tm.peer_id "
                + "where pc.status not in ('requested', 'scoped', 'cancelled') "
                + "and coalesce(pc.on_site_start_date, pc.requested_date) between ?1 and ?2";
        long total = ((Number) entityManager.createNativeQuery("select count(*) from (" + peers + ") x")
                .setParameter(1, year.firstDay()).setParameter(2, year.lastDay()).getSingleResult()).longValue();
        return new PeerChallengeReport.Diversity(total, groups(peers, "sex", year), groups(peers, "ethnic_group", year),
                groups(peers, "kind", year));
    }

    @SuppressWarnings("unchecked")
    private List<Group> groups(String peers, String column, FinancialYear year) {
        List<Object[]> rows = entityManager.createNativeQuery("select coalesce(" + column + ", 'not-reported'), "
                + "count(*) from (" + peers + ") x group by 1 order by 1")
                .setParameter(1, year.firstDay()).setParameter(2, year.lastDay()).getResultList();
        return rows.stream().map(row -> {
            long count = ((Number) row[1]).longValue();
            boolean withheld = count < WITHHELD_BELOW;
            return new Group((String) row[0], withheld ? null : count, withheld);
        }).toList();
    }

    /**
     * Principal councils existing at the year's end with a CPC or FPC (not cancelled) in the five years to it,
     * grouped by region or type. In current counting a predecessor's challenge counts for its successor.
     */
    @SuppressWarnings("unchecked")
    private List<Coverage> coverage(FinancialYear year, CouncilCounting councils, String group) {
        List<String> principal = Arrays.stream(CouncilType.values()).filter(CouncilType::principal)
                .map(CouncilType::code).toList();
        String sql = "select " + group + ", count(*), count(*) filter (where exists (select 1 from peer_challenge pc "
                + "join " + councils.mapping() + " m on m.gss = pc.council_gss_code where m.counted = c.gss_code "
                + "and pc.type in ('cpc', 'fpc') and pc.status <> 'cancelled' "
                + "and coalesce(pc.on_site_end_date, pc.on_site_start_date) between ?1 and ?2)) "
                + "from council c where c.nation = 'england' and c.type in (?3) "
                + "and (c.start_date is null or c.start_date <= ?2) and (c.end_date is null or c.end_date >= ?2) "
                + "group by 1 order by 1";
        List<Object[]> rows = entityManager.createNativeQuery(sql)
                .setParameter(1, year.lastDay().minusYears(5)).setParameter(2, year.lastDay())
                .setParameter(3, principal).getResultList();
        List<Coverage> coverage = new ArrayList<>();
        for (Object[] row : rows) {
            long total = ((Number) row[1]).longValue();
            long covered = ((Number) row[2]).longValue();
            BigDecimal percentage = total == 0 ? null : BigDecimal.valueOf(covered * 100)
                    .divide(BigDecimal.valueOf(total), 1, RoundingMode.HALF_UP);
            boolean byRegion = group.equals("c.region");
            coverage.add(new Coverage(byRegion ? CodedEnum.fromCode(Region.class, (String) row[0]) : null,
                    byRegion ? null : CodedEnum.fromCode(CouncilType.class, (String) row[0]), total, covered,
                    percentage));
        }
        return coverage;
    }
}
