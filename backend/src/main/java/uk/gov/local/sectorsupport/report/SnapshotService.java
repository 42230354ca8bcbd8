package uk.gov.local.sectorsupport.report;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import uk.gov.local.sectorsupport.common.CodedEnum;
import uk.gov.local.sectorsupport.common.FinancialYear;
import uk.gov.local.sectorsupport.common.error.ResourceNotFoundException;
import uk.gov.local.sectorsupport.common.security.CurrentActor;
import uk.gov.local.sectorsupport.council.Region;
import uk.gov.local.sectorsupport.metric.MetricUnit;
import uk.gov.local.sectorsupport.report.FigureSource.Scope;

/**
 * Frozen reports: a snapshot stores every figure with its metric version and the references of the records behind
 * it (the database refuses any later change), and its diff recomputes the figures to say what moved and why.
 */
@ApplicationScoped
public class SnapshotService {

    private static final int LISTED = 1_000;
    /** The tables whose rows a record reference of each type names (councils and participants have none). */
    private static final Map<String, String> TABLES = Map.of("peer-challenge", "peer_challenge",
            "team-member", "peer_challenge_team_member", "event", "event", "attendance", "attendance",
            "enrolment", "enrolment", "support-engagement", "support_engagement", "survey-response", "survey_response");

    @Inject
    ReportService reports;

    @Inject
    DataSource dataSource;

    @Inject
    CurrentActor actor;

    @Inject
    Clock clock;

    @Transactional
    public ReportSnapshotView take(FinancialYear year, CouncilCounting councils, Region region, String note) {
        Instant takenAt = Instant.now(clock);
        Scope scope = reports.scope(year, councils, region);
        List<ReportService.Computed> computed = reports.compute(scope);
        try (Connection connection = dataSource.getConnection()) {
            long id;
            try (PreparedStatement insert = connection.prepareStatement("insert into report_snapshot (financial_year, "
                    + "councils, region, taken_at, taken_by, note) values (?, ?, ?, ?, ?, ?) returning id")) {
                insert.setInt(1, year.startYear());
                insert.setString(2, councils.code());
                insert.setString(3, region == null ? null : region.code());
                insert.setObject(4, OffsetDateTime.ofInstant(takenAt, ZoneOffset.UTC));
                insert.setString(5, actor.name());
                insert.setString(6, note == null || note.isBlank() ? null : note.strip());
                try (ResultSet row = insert.executeQuery()) {
                    row.next();
                    id = row.getLong(1);
                }
            }
            try (PreparedStatement figure = connection.prepareStatement("insert into report_snapshot_figure "
                    + "(snapshot_id, metric_key, metric_version, label, unit, value, numerator, denominator, sentence, "
                    + "records) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (ReportService.Computed c : computed) {
                    ReportFigure f = c.figure();
                    figure.setLong(1, id);
                    figure.setString(2, f.metricKey());
                    figure.setInt(3, f.metricVersion());
                    figure.setString(4, f.label());
                    figure.setString(5, f.unit().code());
                    figure.setBigDecimal(6, f.value());
                    figure.setBigDecimal(7, f.numerator());
                    figure.setBigDecimal(8, f.denominator());
                    figure.setString(9, f.sentence());
                    figure.setArray(10, connection.createArrayOf("text",
                            reports.allRecords(c.metric(), scope).toArray(String[]::new)));
                    figure.addBatch();
                }
                figure.executeBatch();
            }
            return find(connection, year, id).orElseThrow();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not store the snapshot", e);
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ReportSnapshotView> list(FinancialYear year) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "select id from report_snapshot where financial_year = ? order by id desc")) {
            query.setInt(1, year.startYear());
            List<ReportSnapshotView> snapshots = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    snapshots.add(find(connection, year, rows.getLong(1)).orElseThrow());
                }
            }
            return snapshots;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ReportSnapshotView get(FinancialYear year, long id) {
        try (Connection connection = dataSource.getConnection()) {
            return find(connection, year, id).orElseThrow(() -> notFound(year, id));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Recomputes the snapshot's figures now and names the records that moved each one. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public SnapshotDiff diff(FinancialYear year, long id) {
        try (Connection connection = dataSource.getConnection()) {
            ReportSnapshotView snapshot = find(connection, year, id).orElseThrow(() -> notFound(year, id));
            Map<String, List<String>> then = storedRecords(connection, id);
            Scope scope = reports.scope(year, snapshot.councils(), snapshot.region());
            Map<String, ReportService.Computed> now = new HashMap<>();
            reports.compute(scope).forEach(c -> now.put(c.metric().key, c));
            List<SnapshotDiff.FigureChange> changes = new ArrayList<>();
            int unchanged = 0;
            for (ReportSnapshotView.Figure figure : snapshot.figures()) {
                ReportService.Computed current = now.get(figure.metricKey());
                BigDecimal valueNow = current == null ? null : current.figure().value();
                List<String> recordsNow = current == null ? List.of() : reports.allRecords(current.metric(), scope);
                Set<String> before = new LinkedHashSet<>(then.getOrDefault(figure.metricKey(), List.of()));
                List<String> added = recordsNow.stream().filter(ref -> !before.contains(ref)).toList();
                Set<String> nowSet = Set.copyOf(recordsNow);
                List<String> removed = before.stream().filter(ref -> !nowSet.contains(ref)).toList();
                List<String> changed = changedSince(connection, before.stream().filter(nowSet::contains).toList(),
                        snapshot.takenAt());
                int versionNow = current == null ? figure.metricVersion() : current.metric().version;
                boolean moved = !same(figure.value(), valueNow) || versionNow != figure.metricVersion();
                if (!moved && added.isEmpty() && removed.isEmpty() && changed.isEmpty()) {
                    unchanged++;
                    continue;
                }
                changes.add(new SnapshotDiff.FigureChange(figure.metricKey(), figure.label(), figure.metricVersion(),
                        versionNow, figure.value(), valueNow,
                        figure.value() == null || valueNow == null ? null : valueNow.subtract(figure.value()),
                        added.size(), removed.size(), changed.size(), first(added), first(removed), first(changed)));
            }
            return new SnapshotDiff(id, year.toString(), snapshot.takenAt(), Instant.now(clock), changes, unchanged);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not compare the snapshot", e);
        }
    }

    /** Of the given references, those whose record changed after {@code since}. */
    private static List<String> changedSince(Connection connection, List<String> refs, Instant since)
            throws SQLException {
        Map<String, List<Long>> idsByType = new HashMap<>();
        for (String ref : refs) {
            int colon = ref.indexOf(':');
            String type = ref.substring(0, colon);
            if (TABLES.containsKey(type)) {
                idsByType.computeIfAbsent(type, t -> new ArrayList<>()).add(Long.parseLong(ref.substring(colon + 1)));
            }
        }
        List<String> changed = new ArrayList<>();
        for (var entry : idsByType.entrySet()) {
            try (PreparedStatement query = connection.prepareStatement("select id from " + TABLES.get(entry.getKey())
                    + " where id = any(?) and updated_at > ? order by id")) {
                query.setArray(1, connection.createArrayOf("bigint", entry.getValue().toArray(Long[]::new)));
                query.setObject(2, OffsetDateTime.ofInstant(since, ZoneOffset.UTC));
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        changed.add(entry.getKey() + ":" + rows.getLong(1));
                    }
                }
            }
        }
        return changed;
    }

    private static Optional<ReportSnapshotView> find(Connection connection, FinancialYear year, long id)
            throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("select councils, region, taken_at, taken_by, note "
                + "from report_snapshot where id = ? and financial_year = ?")) {
            query.setLong(1, id);
            query.setInt(2, year.startYear());
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                CouncilCounting councils = CodedEnum.fromCode(CouncilCounting.class, row.getString(1));
                Region region = row.getString(2) == null ? null : CodedEnum.fromCode(Region.class, row.getString(2));
                Instant takenAt = row.getObject(3, OffsetDateTime.class).toInstant();
                String takenBy = row.getString(4);
                String note = row.getString(5);
                return Optional.of(new ReportSnapshotView(id, year.toString(), councils, region, takenAt, takenBy, note,
                        figures(connection, id)));
            }
        }
    }

    private static List<ReportSnapshotView.Figure> figures(Connection connection, long id) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("select metric_key, metric_version, label, unit, "
                + "value, numerator, denominator, sentence, cardinality(records) from report_snapshot_figure "
                + "where snapshot_id = ? order by metric_key")) {
            query.setLong(1, id);
            List<ReportSnapshotView.Figure> figures = new ArrayList<>();
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    figures.add(new ReportSnapshotView.Figure(row.getString(1), row.getInt(2), row.getString(3),
                            CodedEnum.fromCode(MetricUnit.class, row.getString(4)), plain(row.getBigDecimal(5)),
                            plain(row.getBigDecimal(6)), plain(row.getBigDecimal(7)), row.getString(8), row.getInt(9)));
                }
            }
            return figures;
        }
    }

    private static Map<String, List<String>> storedRecords(Connection connection, long id) throws SQLException {
        Map<String, List<String>> records = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement(
                "select metric_key, records from report_snapshot_figure where snapshot_id = ?")) {
            query.setLong(1, id);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    Array array = row.getArray(2);
                    records.put(row.getString(1), Arrays.asList((String[]) array.getArray()));
                }
            }
        }
        return records;
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static BigDecimal plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().scale() < 0 ? value.setScale(0) : value.stripTrailingZeros();
    }

    private static List<String> first(List<String> refs) {
        return refs.size() <= LISTED ? refs : refs.subList(0, LISTED);
    }

    private static ResourceNotFoundException notFound(FinancialYear year, long id) {
        return new ResourceNotFoundException("There is no snapshot " + id + " of the " + year + " annual report.");
    }
}
