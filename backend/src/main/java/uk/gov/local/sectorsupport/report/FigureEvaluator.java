package uk.gov.local.sectorsupport.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import uk.gov.local.sectorsupport.metric.MetricDefinition;
import uk.gov.local.sectorsupport.metric.MetricKind;
import uk.gov.local.sectorsupport.report.FigureSource.Scope;
import uk.gov.local.sectorsupport.report.FigureSource.Sql;

/**
 * Computes a metric's value over its source rows (FigureSource), and lists the records behind it. One SQL statement
 * each; the change on the previous year is its base metric evaluated for both years.
 */
@ApplicationScoped
public class FigureEvaluator {

    /** Which records of a percentage to list: those counted in the numerator (the default) or the denominator. */
    public enum Part { NUMERATOR, DENOMINATOR }

    /** One record behind a figure. */
    public record FigureRecordRow(String ref, String type, String id, LocalDate date, String label, String council,
            BigDecimal days, long records) {
    }

    @Inject
    DataSource dataSource;

    /** The metric's value in the scope's one year. */
    FigureValue evaluate(MetricKind kind, MetricDefinition d, Scope scope) {
        return evaluateYears(kind, d, scope).get(scope.year().startYear());
    }

    /** The metric's value in each year of the scope (by start year), from one statement grouped by year. */
    Map<Integer, FigureValue> evaluateYears(MetricKind kind, MetricDefinition d, Scope scope) {
        if (kind == MetricKind.CHANGE_ON_PREVIOUS_YEAR) {
            throw new IllegalArgumentException("A change is computed from its base metric's two values");
        }
        Sql source = FigureSource.of(d, scope);
        List<Object> parameters = new ArrayList<>(source.parameters());
        String aggregate = switch (kind) {
            case COUNCILS_ENGAGED -> "select src.fy, count(distinct m.counted), null, null from src join "
                    + scope.councils().mapping() + " m on m.gss = src.raw_council" + regionOfCounted(scope, parameters);
            // A source has one row a record, so counting rows counts records (distinct sorts ~50,000 texts a year).
            case RECORD_COUNT -> "select fy, count(*), null, null from src where met";
            case DISTINCT_PARTICIPANTS -> "select fy, count(distinct person), null, null from src";
            case DAYS_SUM -> "select fy, coalesce(sum(days), 0), null, null from src";
            case SURVEY_PERCENTAGE -> {
                parameters.add(d.answers().toArray(String[]::new));
                yield "select fy, null, count(*) filter (where answer = any(?)), count(*) filter (where answer is not "
                        + "null) from src";
            }
            case PEER_CHALLENGE_PERCENTAGE -> "select fy, null, count(*) filter (where eligible and met), "
                    + "count(*) filter (where eligible) from src";
            case ATTRIBUTE_SHARE -> {
                parameters.add(d.attributeValue());
                yield "select fy, null, count(distinct person) filter (where attr = ?), "
                        + "count(distinct person) filter (where attr is not null) from src";
            }
            case CHANGE_ON_PREVIOUS_YEAR -> throw new IllegalStateException();
        };
        String sql = "with src as (" + source.text() + ") " + aggregate + " group by 1";
        Map<Integer, FigureValue> values = new HashMap<>();
        for (int year = scope.first().startYear(); year <= scope.year().startYear(); year++) {
            values.put(year, value(kind, d, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO));
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = prepare(connection, sql, parameters);
                ResultSet row = statement.executeQuery()) {
            while (row.next()) {
                values.put(row.getInt(1), value(kind, d, row.getBigDecimal(2), row.getBigDecimal(3), row.getBigDecimal(4)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not compute a figure", e);
        }
        return values;
    }

    /**
     * Several survey percentages in each year of the scope, from one scan of the responses: each metric's filter is
     * one boolean a row ({@code counted_i}, worked out once), its numerator and denominator FILTER clauses over it.
     * Rows no metric counts are dropped first. The values are those {@link #evaluateYears} gives each metric alone
     * (its source is the same filter over the same rows); in the order of {@code definitions}.
     */
    List<Map<Integer, FigureValue>> surveyPercentages(List<MetricDefinition> definitions, Scope scope) {
        Sql rows = FigureSource.surveyRows(scope);
        List<Object> parameters = new ArrayList<>(rows.parameters());
        StringBuilder flagged = new StringBuilder("select fy, satisfaction, positive_impact, increased_confidence, "
                + "would_recommend");
        StringBuilder counts = new StringBuilder("select fy");
        List<String> anyCounted = new ArrayList<>();
        for (int i = 0; i < definitions.size(); i++) {
            MetricDefinition d = definitions.get(i);
            flagged.append(", ").append(FigureSource.surveyFilter(d, parameters)).append(" as counted_").append(i);
            anyCounted.add("counted_" + i);
        }
        for (int i = 0; i < definitions.size(); i++) {
            MetricDefinition d = definitions.get(i);
            String answer = FigureSource.surveyAnswer(d);
            counts.append(", count(*) filter (where counted_").append(i).append(" and ").append(answer)
                    .append(" = any(?)), count(*) filter (where counted_").append(i).append(" and ").append(answer)
                    .append(" is not null)");
            parameters.add(d.answers().toArray(String[]::new));
        }
        // offset 0 keeps each flag a column, evaluated once a row, rather than repeated in every FILTER clause.
        String sql = "with src as (" + rows.text() + "), flagged as (" + flagged + " from src offset 0) " + counts
                + " from flagged where " + String.join(" or ", anyCounted) + " group by 1";
        List<Map<Integer, FigureValue>> values = new ArrayList<>();
        for (MetricDefinition d : definitions) {
            Map<Integer, FigureValue> years = new HashMap<>();
            for (int year = scope.first().startYear(); year <= scope.year().startYear(); year++) {
                years.put(year, value(MetricKind.SURVEY_PERCENTAGE, d, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO));
            }
            values.add(years);
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = prepare(connection, sql, parameters);
                ResultSet row = statement.executeQuery()) {
            while (row.next()) {
                for (int i = 0; i < definitions.size(); i++) {
                    values.get(i).put(row.getInt(1), value(MetricKind.SURVEY_PERCENTAGE, definitions.get(i), null,
                            row.getBigDecimal(2 + 2 * i), row.getBigDecimal(3 + 2 * i)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not compute the survey figures", e);
        }
        return values;
    }

    private static FigureValue value(MetricKind kind, MetricDefinition d, BigDecimal value, BigDecimal numerator,
            BigDecimal denominator) {
        if (kind.percentage()) {
            BigDecimal percentage = denominator.signum() == 0 ? null
                    : numerator.multiply(BigDecimal.valueOf(100)).divide(denominator, 1, RoundingMode.HALF_UP);
            return new FigureValue(percentage, numerator, denominator, null);
        }
        BigDecimal saving = kind == MetricKind.DAYS_SUM && d.ratePerDay() != null
                ? value.multiply(d.ratePerDay()).setScale(0, RoundingMode.HALF_UP) : null;
        BigDecimal plain = value.stripTrailingZeros();
        return new FigureValue(plain.scale() < 0 ? plain.setScale(0) : plain, null, null, saving);
    }

    /** The change from the previous year's value to this year's; no figure unless both exist. */
    static FigureValue change(FigureValue now, FigureValue before) {
        if (now.value() == null || before.value() == null) {
            return FigureValue.NONE;
        }
        return new FigureValue(now.value().subtract(before.value()), null, null, null);
    }

    /**
     * The records behind a figure, a page at a time (offset and limit; null limit for all), and their number: the
     * councils counted, the records counted, the participants (by pseudonymous key), the records whose days are
     * summed, or the responses or challenges in the percentage's numerator (or denominator).
     */
    Page records(MetricKind kind, MetricDefinition d, Scope scope, Part part, int offset, Integer limit) {
        Sql source = FigureSource.of(d, scope);
        List<Object> parameters = new ArrayList<>(source.parameters());
        String rows = switch (kind) {
            case COUNCILS_ENGAGED -> "select 'council:' || m.counted as ref, 'council' as type, m.counted as id, "
                    + "max(src.record_date) as date, min(cc.name) as label, m.counted as council, null::numeric as days, "
                    + "count(distinct src.ref) as records from src join " + scope.councils().mapping()
                    + " m on m.gss = src.raw_council join council cc on cc.gss_code = m.counted"
                    + regionOfCounted(scope, parameters) + " group by m.counted";
            case RECORD_COUNT, DAYS_SUM -> "select ref, min(record_type), min(record_id), min(record_date), min(label), "
                    + "min(raw_council), min(days), 1 from src where met group by ref";
            case DISTINCT_PARTICIPANTS -> "select 'participant:' || person, 'participant', person, max(record_date), "
                    + "'Participant', min(raw_council), null::numeric, count(distinct ref) from src group by person";
            case SURVEY_PERCENTAGE -> {
                if (part == Part.NUMERATOR) {
                    parameters.add(d.answers().toArray(String[]::new));
                }
                yield "select ref, min(record_type), min(record_id), min(record_date), min(label) || ': ' || min(answer), "
                        + "min(raw_council), null::numeric, 1 from src where "
                        + (part == Part.NUMERATOR ? "answer = any(?)" : "answer is not null") + " group by ref";
            }
            case PEER_CHALLENGE_PERCENTAGE -> "select ref, min(record_type), min(record_id), min(record_date), "
                    + "min(label), min(raw_council), null::numeric, 1 from src where eligible"
                    + (part == Part.NUMERATOR ? " and met" : "") + " group by ref";
            case ATTRIBUTE_SHARE, CHANGE_ON_PREVIOUS_YEAR -> throw new IllegalArgumentException(kind.code()
                    + " has no records to list");
        };
        String base = "with src as (" + source.text() + "), rows (ref, type, id, date, label, council, days, records) as ("
                + rows + ") ";
        String page = base + "select *, count(*) over () from rows order by date, ref offset ?"
                + (limit == null ? "" : " limit ?");
        List<Object> pageParameters = new ArrayList<>(parameters);
        pageParameters.add(offset);
        if (limit != null) {
            pageParameters.add(limit);
        }
        List<FigureRecordRow> items = new ArrayList<>();
        long total = -1;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = prepare(connection, page, pageParameters);
                ResultSet row = statement.executeQuery()) {
            while (row.next()) {
                items.add(new FigureRecordRow(row.getString(1), row.getString(2), row.getString(3),
                        row.getObject(4, LocalDate.class), row.getString(5), row.getString(6), row.getBigDecimal(7),
                        row.getLong(8)));
                total = row.getLong(9);
            }
            if (total < 0) {
                try (PreparedStatement count = prepare(connection, base + "select count(*) from rows", parameters);
                        ResultSet counted = count.executeQuery()) {
                    counted.next();
                    total = counted.getLong(1);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not list a figure's records", e);
        }
        return new Page(items, total);
    }

    /** A page of records and how many there are in all. */
    record Page(List<FigureRecordRow> items, long total) {
    }

    /** For councils counted: only those in the region, when one is asked for. */
    private static String regionOfCounted(Scope scope, List<Object> parameters) {
        if (scope.region() == null) {
            return "";
        }
        parameters.add(scope.region().code());
        return " where exists (select 1 from council rc where rc.gss_code = m.counted and rc.region = ?)";
    }

    private static PreparedStatement prepare(Connection connection, String sql, List<Object> parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.size(); i++) {
            Object parameter = parameters.get(i);
            statement.setObject(i + 1, parameter instanceof String[] values
                    ? connection.createArrayOf("text", values) : parameter);
        }
        return statement;
    }
}
