package uk.gov.local.sectorsupport.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import uk.gov.local.sectorsupport.common.FinancialYear;
import uk.gov.local.sectorsupport.common.error.InvalidParameterException;
import uk.gov.local.sectorsupport.common.paging.PageRequest;
import uk.gov.local.sectorsupport.common.paging.PageResult;
import uk.gov.local.sectorsupport.council.Council;
import uk.gov.local.sectorsupport.council.CouncilRef;
import uk.gov.local.sectorsupport.council.Region;
import uk.gov.local.sectorsupport.metric.Metric;
import uk.gov.local.sectorsupport.metric.MetricDefinition;
import uk.gov.local.sectorsupport.metric.MetricKind;
import uk.gov.local.sectorsupport.metric.MetricService;
import uk.gov.local.sectorsupport.programme.Deliverable;
import uk.gov.local.sectorsupport.programme.ProgrammeRef;
import uk.gov.local.sectorsupport.programme.Theme;
import uk.gov.local.sectorsupport.report.FigureEvaluator.FigureRecordRow;
import uk.gov.local.sectorsupport.report.FigureEvaluator.Part;
import uk.gov.local.sectorsupport.report.FigureSource.Scope;

/** The annual report: every metric evaluated for a year (and the year before), its target, and its sentence. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReportService {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    @Inject
    MetricService metrics;

    @Inject
    FigureEvaluator evaluator;

    @Inject
    EntityManager entityManager;

    @Inject
    Clock clock;

    /** Figures are independent statements: a few at once keep PostgreSQL's cores busy without crowding the pool. */
    private final ExecutorService evaluations = Executors.newFixedThreadPool(3, runnable -> {
        Thread thread = new Thread(runnable, "report-figures");
        thread.setDaemon(true);
        return thread;
    });

    /** A metric's figure for a year, with what a snapshot keeps of it. */
    record Computed(Metric metric, ReportFigure figure) {
    }

    public AnnualReport annual(FinancialYear year, CouncilCounting councils, Region region) {
        Scope scope = scope(year, councils, region);
        List<Computed> computed = compute(scope);
        Map<String, List<ReportFigure>> bySection = new LinkedHashMap<>();
        computed.forEach(c -> bySection.computeIfAbsent(c.metric().section, s -> new ArrayList<>()).add(c.figure()));
        List<ReportSection> sections = bySection.entrySet().stream()
                .map(entry -> new ReportSection(entry.getKey(), entry.getValue())).toList();
        Map<String, ReportFigure> byKey = computed.stream()
                .collect(Collectors.toMap(c -> c.metric().key, Computed::figure));
        return new AnnualReport(year.toString(), councils, councils.label(), region, Instant.now(clock), sections,
                deliverables(year, byKey), eventsByTheme(scope));
    }

    Scope scope(FinancialYear year, CouncilCounting councils, Region region) {
        return new Scope(year, councils, region, LocalDate.now(clock.withZone(UK)));
    }

    /**
     * Every metric's figure, in report order (by section, then position). Each metric is one statement over this
     * year and the last (the survey percentages one statement together); the statements run a few at a time, each
     * on its own connection.
     */
    List<Computed> compute(Scope scope) {
        List<Metric> all = metrics.all();
        Map<String, Metric> byKey = all.stream().collect(Collectors.toMap(m -> m.key, m -> m));
        Map<String, BigDecimal> targets = targets(scope.year());
        List<Metric> ordered = all.stream().sorted(Comparator.comparing((Metric m) -> sectionOrder(all, m.section))
                .thenComparingInt(m -> m.position).thenComparing(m -> m.key)).toList();
        Map<String, CompletableFuture<FigureValue[]>> values = new HashMap<>();
        // The survey percentages are one scan of a year's responses together, this year's and last year's side by
        // side: the largest part of a report's reading, halved on the critical path.
        List<Metric> surveys = ordered.stream().filter(m -> m.kind == MetricKind.SURVEY_PERCENTAGE).toList();
        if (!surveys.isEmpty()) {
            List<MetricDefinition> definitions = surveys.stream().map(metrics::definition).toList();
            CompletableFuture<List<Map<Integer, FigureValue>>> thisYear = CompletableFuture.supplyAsync(
                    () -> evaluator.surveyPercentages(definitions, scope), evaluations);
            CompletableFuture<List<Map<Integer, FigureValue>>> lastYear = CompletableFuture.supplyAsync(
                    () -> evaluator.surveyPercentages(definitions, scope.previous()), evaluations);
            int year = scope.year().startYear();
            for (int i = 0; i < surveys.size(); i++) {
                int index = i;
                values.put(surveys.get(i).key, thisYear.thenCombine(lastYear, (now, before) -> new FigureValue[] {
                        now.get(index).get(year), before.get(index).get(year - 1) }));
            }
        }
        for (Metric metric : ordered) {
            if (values.containsKey(metric.key)) {
                continue;
            }
            MetricDefinition d = metrics.definition(metric);
            Metric base = metric.kind == MetricKind.CHANGE_ON_PREVIOUS_YEAR ? byKey.get(d.baseMetric()) : null;
            MetricDefinition baseDefinition = base == null ? null : metrics.definition(base);
            Resolved resolved = new Resolved(metric, d, base, baseDefinition);
            values.put(metric.key, CompletableFuture.supplyAsync(() -> values(resolved, scope),
                    evaluations));
        }
        List<Computed> computed = new ArrayList<>();
        for (Metric metric : ordered) {
            FigureValue[] both = join(values.get(metric.key));
            computed.add(new Computed(metric, figure(metric, both[0], both[1], targets.get(metric.key), scope)));
        }
        return computed;
    }

    /** The longest trend one call computes. */
    static final int LONGEST_TREND = 15;

    /** One metric in each year from {@code from} to {@code to}, with each year's target: one statement. */
    public FigureSeries trend(String key, FinancialYear from, FinancialYear to, CouncilCounting councils,
            Region region) {
        int years = to.startYear() - from.startYear() + 1;
        if (years < 1) {
            throw new InvalidParameterException("from", "must be no later than to (" + to + ")");
        }
        if (years > LONGEST_TREND) {
            throw new InvalidParameterException("from", "a trend covers at most " + LONGEST_TREND + " years");
        }
        Resolved resolved = resolve(key);
        Metric metric = resolved.metric();
        Map<Integer, FigureValue> values = yearly(resolved, scope(to, councils, region).spanning(years));
        List<FigurePoint> points = new ArrayList<>();
        for (int year = from.startYear(); year <= to.startYear(); year++) {
            FigureValue value = values.get(year);
            BigDecimal target = targets(new FinancialYear(year)).get(key);
            Boolean met = target == null || value.value() == null ? null : value.value().compareTo(target) >= 0;
            points.add(new FigurePoint(new FinancialYear(year).toString(), null, null, value.value(),
                    value.numerator(), value.denominator(), target, met));
        }
        return new FigureSeries(metric.key, metric.version, metric.label, metric.kind, metric.unit, councils, region,
                null, points);
    }

    /** One metric in each of the nine regions in a year, the regions computed a few at a time. */
    public FigureSeries byRegion(FinancialYear year, String key, CouncilCounting councils) {
        Resolved resolved = resolve(key);
        Metric metric = resolved.metric();
        Map<Region, CompletableFuture<FigureValue>> values = new LinkedHashMap<>();
        for (Region region : Region.values()) {
            values.put(region, CompletableFuture.supplyAsync(
                    () -> yearly(resolved, scope(year, councils, region)).get(year.startYear()), evaluations));
        }
        List<FigurePoint> points = values.entrySet().stream().map(entry -> {
            FigureValue value = join(entry.getValue());
            return new FigurePoint(null, entry.getKey(), entry.getKey().label(), value.value(), value.numerator(),
                    value.denominator(), null, null);
        }).toList();
        return new FigureSeries(metric.key, metric.version, metric.label, metric.kind, metric.unit, councils, null,
                year.toString(), points);
    }

    /** A metric with its definition, and a change's base metric with its own: read on the request's thread. */
    private record Resolved(Metric metric, MetricDefinition definition, Metric base, MetricDefinition baseDefinition) {
    }

    private Resolved resolve(String key) {
        Metric metric = metrics.find(key).orElseThrow(() -> MetricService.notFound(key));
        MetricDefinition d = metrics.definition(metric);
        Metric base = metric.kind == MetricKind.CHANGE_ON_PREVIOUS_YEAR ? metrics.find(d.baseMetric()).orElse(null) : null;
        return new Resolved(metric, d, base, base == null ? null : metrics.definition(base));
    }

    /** A metric's value in each year of the scope; a change is its base metric's, with one year more before. */
    private Map<Integer, FigureValue> yearly(Resolved m, Scope scope) {
        if (m.metric().kind != MetricKind.CHANGE_ON_PREVIOUS_YEAR) {
            return evaluator.evaluateYears(m.metric().kind, m.definition(), scope);
        }
        Map<Integer, FigureValue> bases = m.base() == null ? Map.of()
                : evaluator.evaluateYears(m.base().kind, m.baseDefinition(), scope.spanning(scope.years() + 1));
        Map<Integer, FigureValue> changes = new HashMap<>();
        for (int year = scope.first().startYear(); year <= scope.year().startYear(); year++) {
            changes.put(year, m.base() == null ? FigureValue.NONE
                    : FigureEvaluator.change(bases.get(year), bases.get(year - 1)));
        }
        return changes;
    }

    /** This year's and last year's value of a metric (a change is its base metric's difference, for both years). */
    private FigureValue[] values(Resolved metric, Scope scope) {
        int year = scope.year().startYear();
        Map<Integer, FigureValue> two = yearly(metric, scope.spanning(2));
        return new FigureValue[] { two.get(year), two.get(year - 1) };
    }

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    @PreDestroy
    void stop() {
        evaluations.shutdownNow();
    }

    private static ReportFigure figure(Metric metric, FigureValue value, FigureValue previous, BigDecimal target,
            Scope scope) {
        boolean isChange = metric.kind == MetricKind.CHANGE_ON_PREVIOUS_YEAR;
        String note = null;
        if (value.value() == null) {
            note = metric.kind.percentage() ? "No figure: nothing to take a percentage of in " + scope.year()
                    : "No figure: the base metric has no value for both years";
        } else if (metric.kind.percentage() && value.denominator().intValue() < Sentences.SMALL_BASE) {
            note = "A percentage of fewer than " + Sentences.SMALL_BASE + "; the sentence gives the count";
        } else if (metric.kind == MetricKind.ATTRIBUTE_SHARE) {
            note = "From self-reported data; published in aggregate only";
        }
        Boolean met = target == null || value.value() == null ? null : value.value().compareTo(target) >= 0;
        return new ReportFigure(metric.key, metric.version, metric.label, metric.kind, metric.unit, value.value(),
                value.numerator(), value.denominator(), value.saving(), target, met, previous.value(),
                Sentences.render(metric.sentence, metric.unit, value, previous, scope.year(), isChange), note);
    }

    /** The target each metric has this year: the first deliverable of the year measured by it. */
    private static Map<String, BigDecimal> targets(FinancialYear year) {
        Map<String, BigDecimal> targets = new HashMap<>();
        Deliverable.<Deliverable>list("financialYear = ?1 order by id", year.startYear())
                .forEach(d -> targets.putIfAbsent(d.metricKey, d.plainTarget()));
        return targets;
    }

    private static List<DeliverableProgress> deliverables(FinancialYear year, Map<String, ReportFigure> figures) {
        return Deliverable.<Deliverable>list("financialYear = ?1 order by programme.name, id", year.startYear()).stream()
                .map(d -> {
                    ReportFigure figure = figures.get(d.metricKey);
                    BigDecimal value = figure == null ? null : figure.value();
                    BigDecimal progress = value == null || d.plainTarget().signum() == 0 ? null
                            : value.multiply(BigDecimal.valueOf(100)).divide(d.plainTarget(), 1, RoundingMode.HALF_UP)
                                    .min(BigDecimal.valueOf(100));
                    return new DeliverableProgress(d.id, ProgrammeRef.from(d.programme), d.statement, d.metricKey,
                            d.plainTarget(), d.targetUnit, value, progress,
                            value == null ? null : value.compareTo(d.plainTarget()) >= 0);
                }).toList();
    }

    @SuppressWarnings("unchecked")
    private List<ThemeActivity> eventsByTheme(Scope scope) {
        // Delegates are counted per event through attendance's (event_id, …) index rather than by joining them all.
        String delegates = "select count(*) from attendance a where a.event_id = e.id and a.attended "
                + "and a.withdrawn_at is null" + (scope.region() == null ? ""
                        : " and (e.region = ?3 or " + scope.councils().inRegion("a.council_gss_code", "?3") + ")");
        String sql = "select p.theme, count(*) filter (where " + (scope.region() == null ? "true" : "e.region = ?3 or d.n > 0")
                + "), coalesce(sum(d.n), 0) from event e join programme p on p.id = e.programme_id "
                + "cross join lateral (" + delegates + ") d(n) "
                + "where e.withdrawn_at is null and e.start_date between ?1 and ?2 group by p.theme order by p.theme";
        var query = entityManager.createNativeQuery(sql).setParameter(1, scope.year().firstDay())
                .setParameter(2, scope.year().lastDay());
        if (scope.region() != null) {
            query.setParameter(3, scope.region().code());
        }
        return ((List<Object[]>) query.getResultList()).stream().map(row -> {
            Theme theme = uk.gov.local.sectorsupport.common.CodedEnum.fromCode(Theme.class, (String) row[0]);
            return new ThemeActivity(theme, theme.label(), ((Number) row[1]).longValue(), ((Number) row[2]).longValue());
        }).toList();
    }

    /** The records behind one figure, a page at a time; their number equals the figure (or its numerator). */
    public PageResult<FigureRecord> records(FinancialYear year, String key, CouncilCounting councils, Region region,
            Part part, PageRequest page) {
        Metric metric = metrics.find(key).orElseThrow(() -> MetricService.notFound(key));
        refuseUnlisted(metric);
        FigureEvaluator.Page rows = evaluator.records(metric.kind, metrics.definition(metric),
                scope(year, councils, region), part, page.offset(), page.size());
        return new PageResult<>(withCouncils(rows.items()), page, rows.total());
    }

    /** Every record behind a figure, as references (for a snapshot); empty where a figure has none to list. */
    List<String> allRecords(Metric metric, Scope scope) {
        if (metric.kind == MetricKind.ATTRIBUTE_SHARE || metric.kind == MetricKind.CHANGE_ON_PREVIOUS_YEAR) {
            return List.of();
        }
        return evaluator.records(metric.kind, metrics.definition(metric), scope, Part.NUMERATOR, 0, null).items()
                .stream().map(FigureRecordRow::ref).toList();
    }

    static void refuseUnlisted(Metric metric) {
        if (metric.kind == MetricKind.ATTRIBUTE_SHARE) {
            throw new InvalidParameterException("metricKey", "this figure comes from self-reported diversity data, "
                    + "which is published in aggregate only: its records are not listed");
        }
        if (metric.kind == MetricKind.CHANGE_ON_PREVIOUS_YEAR) {
            throw new InvalidParameterException("metricKey", "a change on the previous year has no records of its "
                    + "own: list those of its base metric for each year");
        }
    }

    private static List<FigureRecord> withCouncils(List<FigureRecordRow> rows) {
        Set<String> codes = rows.stream().map(FigureRecordRow::council).filter(c -> c != null)
                .collect(Collectors.toSet());
        Map<String, CouncilRef> councils = codes.isEmpty() ? Map.of()
                : Council.<Council>list("gssCode in ?1", codes).stream()
                        .collect(Collectors.toMap(c -> c.gssCode, CouncilRef::from));
        return rows.stream().map(row -> new FigureRecord(row.ref(), row.type(), row.id(), row.date(), row.label(),
                row.council() == null ? null : councils.get(row.council()), row.days(), row.records())).toList();
    }

    private static int sectionOrder(List<Metric> all, String section) {
        return all.stream().filter(m -> m.section.equals(section)).mapToInt(m -> m.position).min().orElse(0);
    }
}
