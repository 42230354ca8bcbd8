package uk.gov.local.sectorsupport.extract;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.StreamingOutput;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import uk.gov.local.sectorsupport.common.FinancialYear;
import uk.gov.local.sectorsupport.extract.ExtractColumn.Treatment;

/**
 * Streams an extract from PostgreSQL to the response: one read-only, repeatable-read transaction (one consistent
 * snapshot), read in keyset chunks (`key > last order by key limit n`, never OFFSET) and written as each chunk
 * arrives, so memory does not grow with the extract. The watermark is taken just before the snapshot: the start of
 * the oldest transaction still open, so a row committed while this pull runs is in the next pull.
 */
@ApplicationScoped
public class ExtractService {

    private static final Logger LOG = Logger.getLogger(ExtractService.class);
    static final int CHUNK = 5_000;

    /** The filters of one pull; null where not given. */
    public record Filters(FinancialYear financialYear, String programme, String theme, String region, String council,
            Instant updatedSince) {
    }

    /** An extract ready to stream: its watermark for the header, and the body. */
    public record Extract(Instant watermark, StreamingOutput body) {
    }

    @Inject
    DataSource dataSource;

    @Inject
    ObjectMapper json;

    @Inject
    ExtractConfig config;

    /** Takes the watermark and opens the snapshot now, so the header can carry it before the body streams. */
    public Extract open(ExtractDataset dataset, Filters filters, String consumer, String mediaType, boolean gzip) {
        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            // Before the snapshot, in a statement of its own (autocommit): see watermark().
            Instant watermark = watermark(connection);
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            CommentRedactor redactor = new CommentRedactor(peerNames(connection, dataset));
            Pseudonyms pseudonyms = new Pseudonyms(config.pseudonymKey(), consumer);
            Connection snapshot = connection;
            return new Extract(watermark, out -> stream(snapshot, dataset, filters, pseudonyms, redactor, mediaType,
                    gzip ? new GZIPOutputStream(out, 1 << 16) : out));
        } catch (SQLException e) {
            close(connection);
            throw new IllegalStateException("Could not open the extract's snapshot", e);
        }
    }

    private void stream(Connection connection, ExtractDataset dataset, Filters filters, Pseudonyms pseudonyms,
            CommentRedactor redactor, String mediaType, OutputStream out) throws IOException {
        try (ExtractWriter writer = ExtractWriter.of(mediaType, out, json, dataset.columns())) {
            streamRows(connection, dataset, filters, pseudonyms, redactor, writer);
            if (filters.updatedSince() != null && dataset.trackedChanges()) {
                streamTombstones(connection, dataset, filters.updatedSince(), writer);
            }
        } catch (SQLException e) {
            LOG.error("Extract of " + dataset.name() + " failed while streaming", e);
            throw new UncheckedIOException(new IOException("The extract stopped: the database failed", e));
        } finally {
            close(connection);
        }
    }

    private void streamRows(Connection connection, ExtractDataset dataset, Filters filters, Pseudonyms pseudonyms,
            CommentRedactor redactor, ExtractWriter writer) throws SQLException, IOException {
        List<ExtractColumn> columns = dataset.columns();
        StringBuilder select = new StringBuilder("select t.").append(dataset.key());
        columns.forEach(column -> select.append(", ").append(column.sql()));
        select.append(" from ").append(dataset.table()).append(" t where t.").append(dataset.key()).append(" > ?");
        List<Object> parameters = new ArrayList<>();
        conditions(dataset, filters, select, parameters);
        select.append(" order by t.").append(dataset.key()).append(" limit ").append(CHUNK);

        Object last = dataset.numericKey() ? (Object) Long.MIN_VALUE : "";
        int read;
        try (PreparedStatement query = connection.prepareStatement(select.toString())) {
            do {
                read = 0;
                query.setObject(1, last);
                for (int i = 0; i < parameters.size(); i++) {
                    query.setObject(i + 2, parameters.get(i));
                }
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        read++;
                        last = rows.getObject(1);
                        Object[] values = new Object[columns.size()];
                        for (int i = 0; i < values.length; i++) {
                            values[i] = value(rows, i + 2, columns.get(i), pseudonyms, redactor);
                        }
                        writer.row(columns, values);
                    }
                }
                writer.flush();
            } while (read == CHUNK);
        }
    }

    private static void streamTombstones(Connection connection, ExtractDataset dataset, Instant since,
            ExtractWriter writer) throws SQLException, IOException {
        String keyName = dataset.columns().getFirst().name();
        StringBuilder sql = new StringBuilder("select record_id, deleted_at from deleted_record where dataset = ? "
                + "and deleted_at >= ?");
        if (dataset.withdrawable()) {
            sql.append(" union all select t.id::text, t.withdrawn_at from ").append(dataset.table())
                    .append(" t where t.withdrawn_at is not null and t.updated_at >= ?");
        }
        sql.append(" order by 2, 1");
        try (PreparedStatement query = connection.prepareStatement(sql.toString())) {
            query.setFetchSize(CHUNK);
            query.setString(1, dataset.name());
            query.setObject(2, OffsetDateTime.ofInstant(since, ZoneOffset.UTC));
            if (dataset.withdrawable()) {
                query.setObject(3, OffsetDateTime.ofInstant(since, ZoneOffset.UTC));
            }
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    String key = rows.getString(1);
                    writer.tombstone(keyName, dataset.numericKey() ? (Object) Long.parseLong(key) : key,
                            rows.getObject(2, OffsetDateTime.class));
                }
            }
        }
    }

    private static void conditions(ExtractDataset dataset, Filters filters, StringBuilder sql, List<Object> parameters) {
        if (dataset.withdrawable()) {
            sql.append(" and t.withdrawn_at is null");
        }
        if (filters.updatedSince() != null && dataset.trackedChanges()) {
            sql.append(" and t.updated_at >= ?");
            parameters.add(OffsetDateTime.ofInstant(filters.updatedSince(), ZoneOffset.UTC));
        }
        if (filters.financialYear() != null) {
            sql.append(" and ").append(dataset.dateExpression()).append(" between ? and ?");
            parameters.add(filters.financialYear().firstDay());
            parameters.add(filters.financialYear().lastDay());
        }
        if (filters.programme() != null) {
            sql.append(" and ").append(dataset.programmeExpression()).append(" = ?");
            parameters.add(filters.programme());
        }
        if (filters.theme() != null) {
            sql.append(" and exists (select 1 from programme p where p.id = ").append(dataset.programmeExpression())
                    .append(" and p.theme = ?)");
            parameters.add(filters.theme());
        }
        if (filters.region() != null) {
            sql.append(" and ").append(dataset.regionExpression()).append(" = ?");
            parameters.add(filters.region());
        }
        if (filters.council() != null) {
            sql.append(" and ").append(dataset.councilExpression()).append(" = ?");
            parameters.add(filters.council());
        }
    }

    private static Object value(ResultSet rows, int index, ExtractColumn column, Pseudonyms pseudonyms,
            CommentRedactor redactor) throws SQLException {
        Object value = switch (column.type()) {
            case "date" -> rows.getObject(index, LocalDate.class);
            case "date-time" -> {
                OffsetDateTime time = rows.getObject(index, OffsetDateTime.class);
                yield time == null ? null : time.toInstant();
            }
            default -> rows.getObject(index);
        };
        if (value == null) {
            return null;
        }
        return switch (column.treatment()) {
            case PSEUDONYMISE -> pseudonyms.of(value.toString());
            case REDACT -> redactor.redact(value.toString());
            case NONE -> value;
        };
    }

    /**
     * The start of the oldest transaction open on the database, read before the snapshot is taken: anything not in
     * the snapshot was written by a transaction still open at this read (so started at or after the watermark) or
     * begun after it, and its `updated_at` is its start. Read inside the snapshot's transaction, it would come after
     * the snapshot (taken when that first query is parsed), and a transaction that began earlier and committed in
     * between would be neither in the snapshot nor at or after the watermark: lost to every pull.
     * (Reading other sessions' `xact_start` needs the pg_read_all_stats role outside a superuser.)
     */
    private static Instant watermark(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("select least(now(), coalesce((select "
                + "min(a.xact_start) from pg_stat_activity a where a.xact_start is not null), now()))");
                ResultSet row = query.executeQuery()) {
            row.next();
            return row.getObject(1, OffsetDateTime.class).toInstant();
        }
    }

    /** The pool's names, only for a dataset with free text to screen. */
    private static List<String> peerNames(Connection connection, ExtractDataset dataset) throws SQLException {
        List<String> names = new ArrayList<>();
        if (dataset.columns().stream().noneMatch(column -> column.treatment() == Treatment.REDACT)) {
            return names;
        }
        try (PreparedStatement query = connection.prepareStatement("select name from peer");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }

    private static void close(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.rollback();
            connection.close();
        } catch (SQLException e) {
            LOG.warn("Closing an extract's connection", e);
        }
    }
}
