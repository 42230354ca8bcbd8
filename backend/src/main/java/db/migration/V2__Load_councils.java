package db.migration;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Loads every English council that exists or has existed since 2012 from mySociety's
 * "UK Local Authority Names and Codes" (CC BY 4.0), shipped verbatim in db/reference.
 *
 * Cleaning, following the dataset's own caveats:
 * - start dates in 2005 are an artefact of the old register's entry dates, not creation dates: stored as unknown;
 * - end dates are stored as the last day in office (the source mixes "31 March" and the successor's "1 April");
 * - a former council with no region takes its county's region, else its successor's.
 * Codes are spelled out here rather than taken from the enums so that this migration never changes once applied.
 */
public class V2__Load_councils extends BaseJavaMigration {

    static final String SOURCE = "/db/reference/mysociety_uk_local_authorities.csv";
    static final LocalDate IN_SCOPE_FROM = LocalDate.of(2012, 1, 1);

    private static final Map<String, String> TYPES = Map.of(
            "CTY", "county", "NMD", "district", "UA", "unitary", "MD", "metropolitan-district",
            "LBO", "london-borough", "CC", "city-corporation", "COMB", "combined-authority",
            "SRA", "strategic-authority");

    private static final Map<String, String> REGIONS = Map.of(
            "North East", "north-east", "North West", "north-west",
            "Yorkshire and The Humber", "yorkshire-and-the-humber", "East Midlands", "east-midlands",
            "West Midlands", "west-midlands", "East of England", "east-of-england", "London", "london",
            "South East", "south-east", "South West", "south-west");

    private record Row(String code, String gssCode, String name, String officialName, String type,
            String region, LocalDate startDate, LocalDate endDate, List<String> replacedBy, String countyCode,
            String combinedAuthorityCode) {
    }

    @Override
    public void migrate(Context context) throws Exception {
        Map<String, Row> byCode = readEnglishCouncilsInScope();
        Connection connection = context.getConnection();
        insertCouncils(connection, byCode);
        linkCountiesAndCombinedAuthorities(connection, byCode);
        insertSuccessions(connection, byCode);
    }

    private Map<String, Row> readEnglishCouncilsInScope() throws IOException {
        Map<String, Row> byCode = new LinkedHashMap<>();
        try (Reader reader = new InputStreamReader(
                Objects.requireNonNull(getClass().getResourceAsStream(SOURCE), SOURCE), StandardCharsets.UTF_8)) {
            CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
            for (CSVRecord record : format.parse(reader)) {
                String type = TYPES.get(record.get("local-authority-type"));
                LocalDate endDate = lastDayInOffice(record.get("end-date"));
                boolean inScope = "England".equals(record.get("nation")) && type != null
                        && (endDate == null || !endDate.isBefore(IN_SCOPE_FROM));
                if (!inScope) {
                    continue;
                }
                String code = record.get("local-authority-code");
                byCode.put(code, new Row(code, record.get("gss-code"), record.get("nice-name").strip(),
                        record.get("official-name").strip(), type, record.get("region"),
                        startDate(record.get("start-date")), endDate, split(record.get("replaced-by")),
                        blankToNull(record.get("county-la")), blankToNull(record.get("combined-authority"))));
            }
        }
        return byCode;
    }

    private void insertCouncils(Connection connection, Map<String, Row> byCode) throws SQLException {
        String sql = """
                insert into council (gss_code, local_authority_code, name, official_name, type, region, nation,
                                     start_date, end_date)
                values (?, ?, ?, ?, ?, ?, 'england', ?, ?)""";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (Row row : byCode.values()) {
                insert.setString(1, row.gssCode());
                insert.setString(2, row.code());
                insert.setString(3, row.name());
                insert.setString(4, row.officialName());
                insert.setString(5, row.type());
                insert.setString(6, regionOf(row, byCode));
                insert.setDate(7, row.startDate() == null ? null : Date.valueOf(row.startDate()));
                insert.setDate(8, row.endDate() == null ? null : Date.valueOf(row.endDate()));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private void linkCountiesAndCombinedAuthorities(Connection connection, Map<String, Row> byCode)
            throws SQLException {
        String sql = "update council set county_gss_code = ?, combined_authority_gss_code = ? where gss_code = ?";
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            for (Row row : byCode.values()) {
                Row county = row.countyCode() == null ? null : byCode.get(row.countyCode());
                Row combined = row.combinedAuthorityCode() == null ? null : byCode.get(row.combinedAuthorityCode());
                if (county == null && combined == null) {
                    continue;
                }
                update.setString(1, county == null ? null : county.gssCode());
                update.setString(2, combined == null ? null : combined.gssCode());
                update.setString(3, row.gssCode());
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    private void insertSuccessions(Connection connection, Map<String, Row> byCode) throws SQLException {
        String sql = "insert into council_succession (predecessor_gss_code, successor_gss_code) values (?, ?)";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (Row row : byCode.values()) {
                for (String successorCode : row.replacedBy()) {
                    Row successor = byCode.get(successorCode);
                    if (successor == null) {
                        throw new IllegalStateException(row.code() + " is replaced by unknown council " + successorCode);
                    }
                    insert.setString(1, row.gssCode());
                    insert.setString(2, successor.gssCode());
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
    }

    private static String regionOf(Row row, Map<String, Row> byCode) {
        if (!row.region().isBlank()) {
            return regionNamed(row.region());
        }
        if (row.countyCode() != null && byCode.containsKey(row.countyCode())
                && !byCode.get(row.countyCode()).region().isBlank()) {
            return regionNamed(byCode.get(row.countyCode()).region());
        }
        for (String successorCode : row.replacedBy()) {
            Row successor = byCode.get(successorCode);
            if (successor != null) {
                return regionOf(successor, byCode);
            }
        }
        throw new IllegalStateException("No region for " + row.code());
    }

    private static String regionNamed(String name) {
        return Objects.requireNonNull(REGIONS.get(name), () -> "Unknown region " + name);
    }

    private static LocalDate startDate(String value) {
        LocalDate date = value.isBlank() ? null : LocalDate.parse(value);
        return date == null || date.getYear() == 2005 ? null : date;
    }

    private static LocalDate lastDayInOffice(String value) {
        if (value.isBlank()) {
            return null;
        }
        LocalDate date = LocalDate.parse(value);
        return date.getMonthValue() == 4 && date.getDayOfMonth() == 1 ? date.minusDays(1) : date;
    }

    private static List<String> split(String codes) {
        return codes.isBlank() ? List.of() : List.of(codes.split("\\s*,\\s*"));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
