package uk.gov.local.sectorsupport.importing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.Session;

import uk.gov.local.sectorsupport.common.FinancialYear;
import uk.gov.local.sectorsupport.common.audit.AuditLog;
import uk.gov.local.sectorsupport.common.audit.AuditLog.BatchEntry;
import uk.gov.local.sectorsupport.common.error.Problem.FieldError;
import uk.gov.local.sectorsupport.importing.DatasetImport.Child;
import uk.gov.local.sectorsupport.importing.DatasetImport.Column;
import uk.gov.local.sectorsupport.importing.ImportBody.SentRow;

/**
 * Checks a push's rows and writes them, in the caller's transaction and in batches: every lookup is one query for
 * the whole push, and every write one statement per chunk of rows (PostgreSQL arrays through `unnest`), audited
 * as one change set. Every row is checked before anything is written, so all-or-nothing needs no rollback and a
 * partial import writes exactly the rows it reports as accepted.
 */
@ApplicationScoped
class ImportProcessor {

    /** Rows per statement, and how often progress is reported. */
    static final int CHUNK = 5_000;

    private static final String EXTERNAL_ID = "externalId";
    private static final String ORGANISATION = "organisation";
    private static final int MAX_EXTERNAL_ID = 100;

    /** What a push did, or would do for a dry run. */
    static final class Outcome {
        int received;
        int created;
        int updated;
        int unchanged;
        int withdrawn;
        final List<ImportSummary.RowError> errors = new ArrayList<>();
        final List<ImportSummary.Withdrawal> withdrawals = new ArrayList<>();
        /** Every external id the push names, rejected rows' too: a complete set withdraws none of them. */
        final Set<String> sentExternalIds = new HashSet<>();
        boolean written;

        int rejectedRows() {
            return (int) errors.stream().filter(error -> error.row() > 0).map(ImportSummary.RowError::row).distinct()
                    .count();
        }
    }

    /** A row that passed its checks, with what is stored under its external id, if anything. */
    private static final class Accepted {
        final int row;
        final String externalId;
        final String[] values;
        Long existingId;
        int existingVersion;
        String[] existingValues;
        boolean existingWithdrawn;

        Accepted(int row, String externalId, String[] values) {
            this.row = row;
            this.externalId = externalId;
            this.values = values;
        }

        boolean changed() {
            return existingWithdrawn || !Arrays.equals(values, existingValues);
        }
    }

    /** Who pushes what, and how. */
    record Request(long importId, DatasetImport dataset, String organisation, String organisationName, boolean partner,
            String actor, boolean dryRun, ImportMode mode, String scopeProgramme, FinancialYear scopeYear,
            LocalDate today) {
    }

    @Inject
    EntityManager entityManager;

    @Inject
    AuditLog audit;

    @Transactional(Transactional.TxType.MANDATORY)
    public Outcome process(Request request, List<SentRow> rows, IntConsumer progress) {
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            Outcome outcome = new Outcome();
            outcome.received = rows.size();
            List<Accepted> accepted = check(connection, request, rows, outcome, progress);
            boolean rejected = request.mode() == ImportMode.ALL_OR_NOTHING && !outcome.errors.isEmpty();
            if (rejected) {
                return outcome;
            }
            for (Accepted row : accepted) {
                if (row.existingId == null) {
                    outcome.created++;
                } else if (row.changed()) {
                    outcome.updated++;
                } else {
                    outcome.unchanged++;
                }
            }
            if (request.scopeProgramme() != null) {
                withdraw(connection, request, outcome.sentExternalIds, outcome);
            }
            if (!request.dryRun()) {
                write(connection, request, accepted, progress);
                outcome.written = true;
            }
            return outcome;
        });
    }

    /** Reads and checks every row; the accepted ones, matched to what the organisation has already sent. */
    private List<Accepted> check(Connection connection, Request request, List<SentRow> rows, Outcome outcome,
            IntConsumer progress) throws SQLException {
        DatasetImport dataset = request.dataset();
        ImportReferences references = new ImportReferences(request.organisation(), request.organisationName(),
                request.partner(), request.today());
        ImportReferences.Wanted wanted = new ImportReferences.Wanted();
        for (SentRow row : rows) {
            if (row.fields() != null) {
                dataset.collectParents(row.fields(), wanted);
            }
        }
        references.load(connection, wanted);

        List<Accepted> accepted = new ArrayList<>();
        Map<String, Integer> rowOfExternalId = new HashMap<>();
        Map<List<String>, Integer> rowOfNaturalKey = new HashMap<>();
        List<Integer> keyIndexes = dataset.naturalKey().stream().map(name -> columnIndex(dataset, name)).toList();
        int checked = 0;
        for (SentRow row : rows) {
            if (++checked % CHUNK == 0) {
                progress.accept(checked / 2);
            }
            if (row.unreadable() != null) {
                outcome.errors.add(new ImportSummary.RowError(row.row(), null, "row", row.unreadable()));
                continue;
            }
            List<FieldError> errors = new ArrayList<>();
            // The row's own tree, consumed here: push-only fields are taken out before it binds.
            var fields = row.fields();
            String externalId = DatasetImport.take(fields, EXTERNAL_ID);
            if (externalId != null) {
                outcome.sentExternalIds.add(externalId);
            }
            if (externalId == null) {
                errors.add(new FieldError(EXTERNAL_ID, "is required: your own identifier for the record, so that "
                        + "sending it again updates it instead of adding another"));
            } else if (externalId.length() > MAX_EXTERNAL_ID) {
                errors.add(new FieldError(EXTERNAL_ID, "must be " + MAX_EXTERNAL_ID + " characters or fewer"));
            } else if (rowOfExternalId.containsKey(externalId)) {
                errors.add(new FieldError(EXTERNAL_ID, "is also on row " + rowOfExternalId.get(externalId)
                        + ": send each record once per push"));
            } else {
                rowOfExternalId.put(externalId, row.row());
            }
            String organisation = DatasetImport.take(fields, ORGANISATION);
            if (organisation != null && !organisation.equals(request.organisation())) {
                errors.add(new FieldError(ORGANISATION, "must be left out or be " + request.organisation()
                        + ", the organisation this push is for"));
            }
            String[] values = dataset.values(fields, references, errors);
            if (values != null && !keyIndexes.isEmpty() && errors.isEmpty()) {
                List<String> key = keyIndexes.stream().map(i -> values[i]).toList();
                Integer other = rowOfNaturalKey.putIfAbsent(key, row.row());
                if (other != null) {
                    errors.add(new FieldError(dataset.columns().get(keyIndexes.getLast()).auditField(),
                            "is also on row " + other + " for the same " + dataset.columns().get(keyIndexes.getFirst())
                                    .auditField()));
                }
            }
            if (!errors.isEmpty() || values == null) {
                for (FieldError error : errors) {
                    outcome.errors.add(new ImportSummary.RowError(row.row(), externalId, error.field(), error.message()));
                }
                continue;
            }
            accepted.add(new Accepted(row.row(), externalId, values));
        }
        matchExisting(connection, request, accepted);
        return rejectNaturalKeyClashes(connection, request, accepted, keyIndexes, outcome);
    }

    /** Fills in what the organisation already has under each row's external id (withdrawn records too). */
    private static void matchExisting(Connection connection, Request request, List<Accepted> accepted)
            throws SQLException {
        DatasetImport dataset = request.dataset();
        Map<String, Accepted> byExternalId = new HashMap<>();
        accepted.forEach(row -> byExternalId.put(row.externalId, row));
        String columns = dataset.columns().stream().map(column -> "t." + column.name() + "::text")
                .collect(Collectors.joining(", "));
        for (List<String> chunk : chunks(new ArrayList<>(byExternalId.keySet()))) {
            try (PreparedStatement query = connection.prepareStatement("select t.external_id, t.id, t.version, "
                    + "t.withdrawn_at is not null, " + columns + " from " + dataset.table() + " t"
                    + " where t.organisation_id = ? and t.external_id = any (?)")) {
                query.setString(1, request.organisation());
                query.setArray(2, connection.createArrayOf("text", chunk.toArray()));
                try (ResultSet found = query.executeQuery()) {
                    while (found.next()) {
                        Accepted row = byExternalId.get(found.getString(1));
                        row.existingId = found.getLong(2);
                        row.existingVersion = found.getInt(3);
                        row.existingWithdrawn = found.getBoolean(4);
                        row.existingValues = new String[dataset.columns().size()];
                        for (int i = 0; i < row.existingValues.length; i++) {
                            row.existingValues[i] = found.getString(5 + i);
                        }
                    }
                }
            }
        }
    }

    /** Rows whose natural key (an attendee on an event …) another stored record already holds are rejected. */
    private static List<Accepted> rejectNaturalKeyClashes(Connection connection, Request request,
            List<Accepted> accepted, List<Integer> keyIndexes, Outcome outcome) throws SQLException {
        if (keyIndexes.isEmpty() || accepted.isEmpty()) {
            return accepted;
        }
        DatasetImport dataset = request.dataset();
        List<Column> keyColumns = keyIndexes.stream().map(i -> dataset.columns().get(i)).toList();
        Map<List<String>, Accepted> byKey = new HashMap<>();
        accepted.forEach(row -> byKey.put(keyIndexes.stream().map(i -> row.values[i]).toList(), row));
        Set<Accepted> clashing = new HashSet<>();
        String keyList = keyColumns.stream().map(column -> "t." + column.name()).collect(Collectors.joining(", "));
        String unnest = keyColumns.stream().map(column -> "?::text[]").collect(Collectors.joining(", "));
        String names = keyColumns.stream().map(Column::name).collect(Collectors.joining(", "));
        // The sent values are cast to the columns' types, not the columns to text, so that the natural key's
        // unique index finds each row instead of every chunk reading the whole table.
        String join = keyColumns.stream().map(column -> "t." + column.name() + " = k." + column.name() + "::"
                + column.sqlType()).collect(Collectors.joining(" and "));
        for (List<Accepted> chunk : chunks(accepted)) {
            try (PreparedStatement query = connection.prepareStatement("select t.id, t.organisation_id, t.external_id, "
                    + keyList + " from " + dataset.table() + " t join unnest(" + unnest + ") as k("
                    + names + ") on " + join)) {
                for (int c = 0; c < keyColumns.size(); c++) {
                    int index = keyIndexes.get(c);
                    query.setArray(c + 1, connection.createArrayOf("text",
                            chunk.stream().map(row -> row.values[index]).toArray()));
                }
                try (ResultSet found = query.executeQuery()) {
                    while (found.next()) {
                        List<String> key = new ArrayList<>();
                        for (int c = 0; c < keyColumns.size(); c++) {
                            key.add(found.getString(4 + c));
                        }
                        Accepted row = byKey.get(key);
                        if (row == null || (row.existingId != null && row.existingId == found.getLong(1))) {
                            continue;
                        }
                        String holder = found.getString(3) == null ? "record " + found.getLong(1)
                                : "external id " + found.getString(3);
                        outcome.errors.add(new ImportSummary.RowError(row.row, row.externalId,
                                keyColumns.getLast().auditField(), "is already recorded for this "
                                        + keyColumns.getFirst().auditField() + " under " + holder
                                        + "; send that record's external id to change it"));
                        clashing.add(row);
                    }
                }
            }
        }
        return clashing.isEmpty() ? accepted : accepted.stream().filter(row -> !clashing.contains(row)).toList();
    }

    private void write(Connection connection, Request request, List<Accepted> accepted, IntConsumer progress)
            throws SQLException {
        DatasetImport dataset = request.dataset();
        List<Accepted> inserts = accepted.stream().filter(row -> row.existingId == null).toList();
        List<Accepted> updates = accepted.stream().filter(row -> row.existingId != null && row.changed()).toList();
        int written = 0;
        int half = accepted.size() / 2;
        for (List<Accepted> chunk : chunks(inserts)) {
            insert(connection, request, chunk);
            written += chunk.size();
            progress.accept(half + written / 2);
        }
        for (List<Accepted> chunk : chunks(updates)) {
            update(connection, request, chunk);
            written += chunk.size();
            progress.accept(half + written / 2);
        }
    }

    private void insert(Connection connection, Request request, List<Accepted> chunk) throws SQLException {
        DatasetImport dataset = request.dataset();
        List<Column> columns = dataset.columns();
        String names = columns.stream().map(Column::name).collect(Collectors.joining(", "));
        String casts = columns.stream().map(column -> "u." + column.name() + "::" + column.sqlType())
                .collect(Collectors.joining(", "));
        String arrays = columns.stream().map(column -> "?::text[]").collect(Collectors.joining(", "));
        Map<String, Accepted> byExternalId = new HashMap<>();
        chunk.forEach(row -> byExternalId.put(row.externalId, row));
        List<BatchEntry> entries = new ArrayList<>(chunk.size());
        try (PreparedStatement insert = connection.prepareStatement("insert into " + dataset.table() + " (" + names
                + ", organisation_id, external_id) select " + casts + ", ?, u.external_id from unnest(" + arrays
                + ", ?::text[]) as u(" + names + ", external_id) returning id, external_id, version")) {
            insert.setString(1, request.organisation());
            int parameter = bindColumns(connection, insert, 2, columns.size(), chunk);
            insert.setArray(parameter, connection.createArrayOf("text", chunk.stream().map(row -> row.externalId)
                    .toArray()));
            try (ResultSet created = insert.executeQuery()) {
                while (created.next()) {
                    Accepted row = byExternalId.get(created.getString(2));
                    entries.add(new BatchEntry(Long.toString(created.getLong(1)), "created", created.getInt(3),
                            Map.of(), dataset.auditSnapshot(row.values, request.organisation(), row.externalId)));
                }
            }
        }
        audit.recordAll(connection, dataset.auditType(), request.actor(), request.importId(), entries,
                dataset.withheldFields());
    }

    private void update(Connection connection, Request request, List<Accepted> chunk) throws SQLException {
        DatasetImport dataset = request.dataset();
        List<Column> columns = dataset.columns();
        String names = columns.stream().map(Column::name).collect(Collectors.joining(", "));
        String assignments = columns.stream().map(column -> column.name() + " = u." + column.name() + "::"
                + column.sqlType()).collect(Collectors.joining(", "));
        String arrays = columns.stream().map(column -> "?::text[]").collect(Collectors.joining(", "));
        try (PreparedStatement update = connection.prepareStatement("update " + dataset.table() + " t set "
                + assignments + ", version = t.version + 1, updated_at = now(), withdrawn_at = null from unnest("
                + arrays + ", ?::bigint[]) as u(" + names + ", id) where t.id = u.id")) {
            int parameter = bindColumns(connection, update, 1, columns.size(), chunk);
            update.setArray(parameter, connection.createArrayOf("bigint", chunk.stream().map(row -> row.existingId)
                    .toArray()));
            update.executeUpdate();
        }
        List<BatchEntry> entries = chunk.stream().map(row -> {
            Map<String, String> before = dataset.auditSnapshot(row.existingValues, request.organisation(),
                    row.externalId);
            Map<String, String> after = dataset.auditSnapshot(row.values, request.organisation(), row.externalId);
            if (row.existingWithdrawn) {
                before.put("withdrawn", "true");
            }
            return new BatchEntry(row.existingId.toString(), row.existingWithdrawn ? "restored" : "updated",
                    row.existingVersion + 1, before, after);
        }).toList();
        audit.recordAll(connection, dataset.auditType(), request.actor(), request.importId(), entries,
                dataset.withheldFields());
    }

    /** Soft-deletes the organisation's records in the scope that the push left out, with their own records. */
    private void withdraw(Connection connection, Request request, Set<String> sent, Outcome outcome)
            throws SQLException {
        DatasetImport dataset = request.dataset();
        String scope = "t.organisation_id = ? and t.external_id is not null and t.withdrawn_at is null and "
                + dataset.scopeCondition() + " and not (t.external_id = any (?))";
        String sql = request.dryRun()
                ? "select t.id, t.external_id, t.version from " + dataset.table() + " t where " + scope
                : "update " + dataset.table() + " t set withdrawn_at = now(), version = t.version + 1, updated_at = "
                        + "now() where " + scope + " returning t.id, t.external_id, t.version";
        List<BatchEntry> entries = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, request.organisation());
            statement.setString(2, request.scopeProgramme());
            statement.setObject(3, request.scopeYear().firstDay());
            statement.setObject(4, request.scopeYear().lastDay());
            statement.setArray(5, connection.createArrayOf("text", sent.toArray()));
            try (ResultSet withdrawn = statement.executeQuery()) {
                while (withdrawn.next()) {
                    outcome.withdrawals.add(new ImportSummary.Withdrawal(withdrawn.getLong(1), withdrawn.getString(2)));
                    entries.add(new BatchEntry(Long.toString(withdrawn.getLong(1)), "withdrawn", withdrawn.getInt(3),
                            Map.of(), Map.of("withdrawn", "true")));
                }
            }
        }
        outcome.withdrawn = outcome.withdrawals.size();
        if (request.dryRun() || entries.isEmpty()) {
            return;
        }
        audit.recordAll(connection, dataset.auditType(), request.actor(), request.importId(), entries, Set.of());
        Long[] ids = outcome.withdrawals.stream().map(ImportSummary.Withdrawal::id).toArray(Long[]::new);
        for (Child child : dataset.children()) {
            List<BatchEntry> childEntries = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement("update " + child.table() + " c set "
                    + "withdrawn_at = now(), version = c.version + 1, updated_at = now() where c." + child.parentColumn()
                    + " = any (?) and c.withdrawn_at is null returning c.id, c.version")) {
                statement.setArray(1, connection.createArrayOf("bigint", ids));
                try (ResultSet withdrawn = statement.executeQuery()) {
                    while (withdrawn.next()) {
                        childEntries.add(new BatchEntry(Long.toString(withdrawn.getLong(1)), "withdrawn",
                                withdrawn.getInt(2), Map.of(), Map.of("withdrawn", "true")));
                    }
                }
            }
            audit.recordAll(connection, child.auditType(), request.actor(), request.importId(), childEntries, Set.of());
        }
    }

    /** Binds one text array per column from parameter {@code first} on; returns the next parameter's index. */
    private static int bindColumns(Connection connection, PreparedStatement statement, int first, int columns,
            List<Accepted> chunk) throws SQLException {
        for (int c = 0; c < columns; c++) {
            int index = c;
            statement.setArray(first + c, connection.createArrayOf("text",
                    chunk.stream().map(row -> row.values[index]).toArray()));
        }
        return first + columns;
    }

    private static int columnIndex(DatasetImport dataset, String name) {
        for (int i = 0; i < dataset.columns().size(); i++) {
            if (dataset.columns().get(i).name().equals(name)) {
                return i;
            }
        }
        throw new IllegalStateException(dataset.table() + " has no column " + name);
    }

    private static <T> List<List<T>> chunks(List<T> items) {
        List<List<T>> chunks = new ArrayList<>();
        for (int start = 0; start < items.size(); start += CHUNK) {
            chunks.add(items.subList(start, Math.min(items.size(), start + CHUNK)));
        }
        return chunks;
    }
}
