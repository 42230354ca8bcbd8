package uk.gov.local.sectorsupport.extract;

import java.io.IOException;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.zip.GZIPOutputStream;

import javax.sql.DataSource;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.StreamingOutput;

import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.postgresql.copy.CopyOut;

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
    /** Tombstones read from a result set, so many at a time. */
    private static final int FETCH = 5_000;
    /** Between the reading thread and the response: at most 1 MiB in flight. */
    private static final int PIPE_BLOCKS = 4;
    private static final int PIPE_BLOCK_SIZE = 1 << 18;

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
    ExtractConfig config;

    /** Reads extracts' rows while the requests' threads write them. */
    private final ExecutorService readers = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "extract-reader");
        thread.setDaemon(true);
        return thread;
    });

    @PreDestroy
    void stop() {
        readers.shutdownNow();
    }

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
                    gzip ? new GZIPOutputStream(out, PIPE_BLOCK_SIZE) : out));
        } catch (SQLException e) {
            close(connection);
            throw new IllegalStateException("Could not open the extract's snapshot", e);
        }
    }

    /**
     * The rows are read and converted on a thread of their own while the request's thread writes what is ready to
     * the response; the two meet in a pipe of a few blocks, so memory stays flat.
     */
    private void stream(Connection connection, ExtractDataset dataset, Filters filters, Pseudonyms pseudonyms,
            CommentRedactor redactor, String mediaType, OutputStream out) throws IOException {
        ExtractPipe pipe = new ExtractPipe(PIPE_BLOCKS, PIPE_BLOCK_SIZE);
        try {
            readers.execute(() -> read(connection, dataset, filters, new RowValues(dataset.columns(), pseudonyms,
                    redactor), mediaType, pipe));
        } catch (RejectedExecutionException e) {
            close(connection);
            throw e;
        }
        try {
            pipe.drainTo(out);
            out.close();
        } catch (IOException | RuntimeException e) {
            pipe.cancel();
            throw e;
        }
    }

    private void read(Connection connection, ExtractDataset dataset, Filters filters, RowValues values,
            String mediaType, ExtractPipe pipe) {
        try {
            // Not closed on failure: closing would end the stream as if it were complete.
            ExtractWriter writer = ExtractWriter.of(mediaType, pipe.sink(), values);
            streamRows(connection, dataset, filters, config.chunkRows(), writer);
            if (filters.updatedSince() != null && dataset.trackedChanges()) {
                streamTombstones(connection, dataset, filters.updatedSince(), writer);
            }
            writer.close();
        } catch (SQLException | IOException | RuntimeException e) {
            if (e instanceof SQLException) {
                LOG.error("Extract of " + dataset.name() + " failed while streaming", e);
            }
            pipe.fail(e);
        } catch (Error e) {
            // Without this the request thread would wait for a block that never comes.
            pipe.fail(e);
            throw e;
        } finally {
            close(connection);
        }
    }

    /**
     * Keyset chunks, each read with COPY (query) TO STDOUT in the snapshot's transaction: COPY's text rows are
     * several times cheaper to read than a result set's. COPY takes no parameters, so the chunk's values are written
     * into its SQL as literals, escaped by the driver.
     */
    private static void streamRows(Connection connection, ExtractDataset dataset, Filters filters, int chunkRows,
            ExtractWriter writer) throws SQLException, IOException {
        List<ExtractColumn> columns = dataset.columns();
        StringBuilder select = new StringBuilder("select t.").append(dataset.key());
        columns.forEach(column -> select.append(", ").append(column.sql()));
        select.append(" from ").append(dataset.table()).append(" t where t.").append(dataset.key()).append(" > ");
        StringBuilder conditions = new StringBuilder();
        conditions(connection, dataset, filters, conditions);
        conditions.append(" order by t.").append(dataset.key()).append(" limit ").append(chunkRows);

        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        CopyTextRow row = new CopyTextRow(columns.size() + 1);
        String after = dataset.numericKey() ? "'" + Long.MIN_VALUE + "'::bigint" : "''";
        int read;
        do {
            read = 0;
            CopyOut chunk = copy.copyOut("copy (" + select + after + conditions + ") to stdout");
            try {
                byte[] line;
                while ((line = chunk.readFromCopy()) != null) {
                    row.parse(line);
                    read++;
                    if (read == chunkRows) {
                        after = dataset.numericKey() ? "'" + row.integer(0) + "'::bigint"
                                : literal(connection, row.text(0));
                    }
                    writer.row(row);
                }
            } finally {
                if (chunk.isActive()) {
                    chunk.cancelCopy();
                }
            }
            writer.flush();
        } while (read == chunkRows);
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
            query.setFetchSize(FETCH);
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

    private static void conditions(Connection connection, ExtractDataset dataset, Filters filters,
            StringBuilder sql) throws SQLException {
        if (dataset.withdrawable()) {
            sql.append(" and t.withdrawn_at is null");
        }
        if (filters.updatedSince() != null && dataset.trackedChanges()) {
            sql.append(" and t.updated_at >= timestamptz '").append(filters.updatedSince()).append("'");
        }
        if (filters.financialYear() != null) {
            sql.append(" and ").append(dataset.dateExpression()).append(" between date '")
                    .append(filters.financialYear().firstDay()).append("' and date '")
                    .append(filters.financialYear().lastDay()).append("'");
        }
        if (filters.programme() != null) {
            sql.append(" and ").append(dataset.programmeExpression()).append(" = ")
                    .append(literal(connection, filters.programme()));
        }
        if (filters.theme() != null) {
            sql.append(" and exists (select 1 from programme p where p.id = ").append(dataset.programmeExpression())
                    .append(" and p.theme = ").append(literal(connection, filters.theme())).append(")");
        }
        if (filters.region() != null) {
            sql.append(" and ").append(dataset.regionExpression()).append(" = ")
                    .append(literal(connection, filters.region()));
        }
        if (filters.council() != null) {
            sql.append(" and ").append(dataset.councilExpression()).append(" = ")
                    .append(literal(connection, filters.council()));
        }
    }

    /** A string as an SQL literal, escaped by the driver for the connection's settings. */
    private static String literal(Connection connection, String value) throws SQLException {
        return "'" + connection.unwrap(PGConnection.class).escapeLiteral(value) + "'";
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
        // A broken connection refuses the rollback; it must still go back to the pool, or outages drain it.
        try {
            if (!connection.getAutoCommit()) {
                connection.rollback();
            }
        } catch (SQLException e) {
            LOG.warn("Rolling back an extract's snapshot", e);
        } finally {
            try {
                connection.close();
            } catch (SQLException e) {
                LOG.warn("Closing an extract's connection", e);
            }
        }
    }
}
