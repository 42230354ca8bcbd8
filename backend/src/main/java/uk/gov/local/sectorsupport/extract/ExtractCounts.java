package uk.gov.local.sectorsupport.extract;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.gov.local.sectorsupport.common.error.InvalidParameterException;

/** The catalogue's counts, and aggregate counts with small numbers withheld for publication. */
@ApplicationScoped
class ExtractCounts {

    /** Counts 1 to this are withheld when published. */
    static final int SMALLEST_PUBLISHED = 5;
    private static final List<String> FORMATS = List.of("ndjson", "csv", "json");

    @Schema(name = "ExtractCounts", requiredProperties = { "dataset", "by", "disclosure", "cells" })
    public record Counts(String dataset, List<String> by, String disclosure, List<Cell> cells) {
    }

    @Schema(name = "ExtractCountCell", requiredProperties = { "values", "withheld" })
    public record Cell(@Schema(description = "The value of each `by` column") Map<String, Object> values,
            @Schema(description = "Rows; absent when withheld") Long count,
            @Schema(description = "True when the count is withheld to protect small numbers") boolean withheld) {
    }

    @Inject
    DataSource dataSource;

    List<ExtractInfo> catalogue() {
        List<ExtractInfo> datasets = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            for (ExtractDataset dataset : ExtractCatalogue.all()) {
                String sql = "select count(*)" + (dataset.trackedChanges() ? ", max(t.updated_at)" : ", null")
                        + " from " + dataset.table() + " t" + (dataset.withdrawable() ? " where t.withdrawn_at is null" : "");
                try (PreparedStatement query = connection.prepareStatement(sql); ResultSet row = query.executeQuery()) {
                    row.next();
                    OffsetDateTime changed = dataset.trackedChanges() ? row.getObject(2, OffsetDateTime.class) : null;
                    datasets.add(new ExtractInfo(dataset.name(), dataset.description(), dataset.columns(),
                            row.getLong(1), changed == null ? null : changed.toInstant(), dataset.trackedChanges(),
                            Stream.of("financialYear", "programme", "theme", "region", "council")
                                    .filter(dataset::filters).toList(),
                            "/api/v1/extracts/" + dataset.name(), FORMATS));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Counting the extracts' rows", e);
        }
        return datasets;
    }

    Counts count(ExtractDataset dataset, String by, boolean publish) {
        if (by == null) {
            throw new InvalidParameterException("by", "is required: the columns to count by, such as region");
        }
        List<String> names = Arrays.stream(by.split(",")).map(String::strip).filter(name -> !name.isEmpty()).toList();
        Map<String, String> expressions = new LinkedHashMap<>();
        for (String name : names) {
            expressions.put(name, expression(dataset, name));
        }
        String columns = String.join(", ", expressions.values());
        String sql = "select " + columns + ", count(*) from " + dataset.table() + " t"
                + (dataset.withdrawable() ? " where t.withdrawn_at is null" : "") + " group by " + columns
                + " order by " + columns;
        List<Cell> cells = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(sql); ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                Map<String, Object> values = new LinkedHashMap<>();
                for (int i = 0; i < names.size(); i++) {
                    Object value = rows.getObject(i + 1);
                    values.put(names.get(i), value == null ? null : value instanceof Number || value instanceof Boolean
                            ? value : value.toString());
                }
                cells.add(new Cell(values, rows.getLong(names.size() + 1), false));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Counting " + dataset.name(), e);
        }
        return new Counts(dataset.name(), names, publish ? "public" : "internal",
                publish ? suppress(cells, names) : cells);
    }

    /**
     * Withholds counts of 1 to 4, then, wherever a row, column (or, with more dimensions, any line of cells that
     * differ in one dimension only) has exactly one withheld count, the next smallest as well, until none does:
     * a single withheld count could otherwise be worked out from the line's total.
     */
    static List<Cell> suppress(List<Cell> cells, List<String> dimensions) {
        boolean[] withheld = new boolean[cells.size()];
        for (int i = 0; i < cells.size(); i++) {
            long count = cells.get(i).count();
            withheld[i] = count >= 1 && count < SMALLEST_PUBLISHED;
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (String dimension : dimensions) {
                Map<List<Object>, List<Integer>> lines = new HashMap<>();
                for (int i = 0; i < cells.size(); i++) {
                    List<Object> others = new ArrayList<>();
                    for (String other : dimensions) {
                        if (!other.equals(dimension)) {
                            others.add(cells.get(i).values().get(other));
                        }
                    }
                    lines.computeIfAbsent(others, key -> new ArrayList<>()).add(i);
                }
                for (List<Integer> line : lines.values()) {
                    long hidden = line.stream().filter(i -> withheld[i]).count();
                    if (hidden != 1) {
                        continue;
                    }
                    Integer next = line.stream().filter(i -> !withheld[i] && cells.get(i).count() > 0)
                            .min((a, b) -> Long.compare(cells.get(a).count(), cells.get(b).count())).orElse(null);
                    if (next != null) {
                        withheld[next] = true;
                        changed = true;
                    }
                }
            }
        }
        List<Cell> published = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            published.add(withheld[i] ? new Cell(cells.get(i).values(), null, true) : cells.get(i));
        }
        return published;
    }

    private static String expression(ExtractDataset dataset, String name) {
        if (name.equals("financialYear") && dataset.dateExpression() != null) {
            String date = dataset.dateExpression();
            return "(extract(year from (" + date + ") - interval '3 months')::int || '-' || lpad(((extract(year from ("
                    + date + ") - interval '3 months')::int + 1) % 100)::text, 2, '0'))";
        }
        if (name.equals("region") && dataset.regionExpression() != null) {
            return dataset.regionExpression();
        }
        return dataset.columns().stream().filter(column -> column.name().equals(name)
                && column.treatment() == ExtractColumn.Treatment.NONE && !column.type().equals("date-time"))
                .findFirst().map(ExtractColumn::sql)
                .orElseThrow(() -> new InvalidParameterException("by", name + " is not a column of " + dataset.name()
                        + " that can be counted by"));
    }
}
