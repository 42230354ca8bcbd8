package uk.gov.local.sectorsupport.importing;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;

import io.quarkus.narayana.jta.QuarkusTransaction;
import uk.gov.local.sectorsupport.common.FinancialYear;
import uk.gov.local.sectorsupport.common.SpreadsheetSafe;
import uk.gov.local.sectorsupport.common.error.InvalidParameterException;
import uk.gov.local.sectorsupport.common.http.RequestIds;
import uk.gov.local.sectorsupport.common.error.Problem.FieldError;
import uk.gov.local.sectorsupport.common.error.RequestRefusedException;
import uk.gov.local.sectorsupport.common.error.ResourceNotFoundException;
import uk.gov.local.sectorsupport.common.paging.PageRequest;
import uk.gov.local.sectorsupport.common.paging.PageResult;
import uk.gov.local.sectorsupport.importing.ImportBody.SentRow;
import uk.gov.local.sectorsupport.organisation.Organisation;
import uk.gov.local.sectorsupport.programme.Programme;

/**
 * Partner pushes, end to end: limits, idempotency, the job's life in PostgreSQL, and the summary, errors and
 * receipt afterwards. Small pushes are answered when done; larger ones are accepted at once (202) and run by a
 * worker of this replica, while any replica can report their progress.
 */
@ApplicationScoped
public class ImportService {

    private static final Logger LOG = Logger.getLogger(ImportService.class);

    /** Rejected-row problems shown in a summary; every one is in `errors.csv`. */
    static final int ERRORS_SHOWN = 1000;
    private static final Duration JOB_TIMEOUT = Duration.ofMinutes(30);
    /** How long a push waits for the same push, running elsewhere, to end before answering 202 with its job. */
    private static final Duration SAME_PUSH_WAIT = Duration.ofSeconds(60);

    /** Who pushes, for which organisation, and how; resolved from the token before anything runs. */
    public record Caller(String clientId, String organisation, boolean partner) {
    }

    /** The push's options from its query and headers. */
    public record Options(boolean dryRun, ImportMode mode, String scope, String programme, String financialYear,
            String idempotencyKey, String controlCount) {
    }

    /** The answer to a push: the summary, and whether it was only accepted (202) rather than done. */
    public record Submission(ImportSummary summary, boolean accepted) {
    }

    @Inject
    ImportProcessor processor;

    @Inject
    ImportJobs jobs;

    @Inject
    PushRateLimit rateLimit;

    @Inject
    ReceiptSigner signer;

    @Inject
    ImportConfig config;

    @Inject
    EntityManager entityManager;

    @Inject
    ObjectMapper json;

    @Inject
    Validator validator;

    @Inject
    Clock clock;

    @Inject
    ImportMetrics metrics;

    private final Map<ImportDataset, DatasetImport> datasets = new HashMap<>();
    /** One job at a time per replica: a large push's rows are in memory while it runs. */
    private ExecutorService worker;

    @PostConstruct
    void start() {
        // Rows bind to the features' request bodies; a field the dataset does not have is a row error, not ignored.
        ObjectReader rows = json.reader().with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        for (DatasetImport dataset : List.of(new EventImport(rows, validator), new AttendanceImport(rows, validator),
                new CohortImport(rows, validator), new EnrolmentImport(rows, validator),
                new SupportEngagementImport(rows, validator), new SurveyResponseImport(rows, validator))) {
            datasets.put(dataset.dataset(), dataset);
        }
        worker = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "import-worker");
            thread.setDaemon(true);
            return thread;
        });
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }

    public Submission submit(ImportDataset dataset, Caller caller, byte[] body, String contentType, Options options) {
        rateLimit.count(caller.clientId());
        Organisation organisation = Organisation.findById(caller.organisation());
        if (organisation == null) {
            throw new InvalidParameterException("organisation", "there is no organisation with id "
                    + caller.organisation());
        }
        Scope scope = scope(options);
        Integer controlCount = controlCount(options.controlCount());
        if (body.length > config.maxBodyBytes()) {
            throw RequestRefusedException.tooLarge("The body has " + body.length + " bytes; a push may have at most "
                    + config.maxBodyBytes() + ". Split it into several pushes; nothing was imported.");
        }
        String mediaType = ImportBody.mediaType(contentType);
        if (!List.of(ImportBody.JSON, ImportBody.NDJSON, ImportBody.CSV).contains(mediaType)) {
            throw RequestRefusedException.unsupportedMediaType("A push is a JSON array (application/json), NDJSON "
                    + "(application/x-ndjson) or CSV (text/csv), not " + mediaType + "; nothing was imported.");
        }
        String sha256 = ReceiptSigner.sha256(body);
        String key = options.idempotencyKey() == null || options.idempotencyKey().isBlank() ? null
                : options.idempotencyKey().strip();
        if (key != null) {
            if (key.length() > 200) {
                throw new InvalidParameterException("Idempotency-Key", "must be 200 characters or fewer");
            }
            Optional<Submission> replay = replay(caller, key, dataset, sha256);
            if (replay.isPresent()) {
                return replay.get();
            }
        }
        List<SentRow> rows = new ArrayList<>();
        ImportBody.read(body, mediaType, json, rows::add);
        if (rows.size() > config.maxRows()) {
            throw RequestRefusedException.tooLarge("The body has " + rows.size() + " rows; a push may have at most "
                    + config.maxRows() + ". Split it into several pushes; nothing was imported.");
        }

        ImportJob job;
        try {
            job = QuarkusTransaction.requiringNew().call(() -> create(dataset, caller, organisation, options, scope,
                    mediaType, sha256, body.length, key, controlCount, rows.size()));
        } catch (PersistenceException e) {
            // The same key pushed at the same moment to another replica (or thread): that push is the one.
            return replay(caller, key, dataset, sha256).orElseThrow(() -> e);
        }
        ImportProcessor.Request request = new ImportProcessor.Request(job.id, datasets.get(dataset), organisation.id,
                organisation.name, caller.partner(), caller.clientId(), options.dryRun(), options.mode(),
                scope == null ? null : scope.programme(), scope == null ? null : scope.year(), LocalDate.now(clock));
        long id = job.id;
        metrics.accepted(dataset);
        long acceptedAt = System.nanoTime();
        if (rows.size() > config.asyncThresholdRows()) {
            worker.submit(RequestIds.carriedOver(() -> run(request, rows, acceptedAt)));
            return new Submission(summary(id), true);
        }
        run(request, rows, acceptedAt);
        return new Submission(summary(id), false);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<ImportSummary> search(Optional<String> restrictedTo, ImportDataset dataset, ImportStatus status,
            String organisation, PageRequest page) {
        List<String> where = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        restrictedTo.ifPresent(own -> {
            where.add("j.organisation.id = :own");
            parameters.put("own", own);
        });
        if (dataset != null) {
            where.add("j.dataset = :dataset");
            parameters.put("dataset", dataset);
        }
        if (status != null) {
            where.add("j.status = :status");
            parameters.put("status", status);
        }
        if (organisation != null) {
            where.add("j.organisation.id = :organisation");
            parameters.put("organisation", organisation);
        }
        String condition = where.isEmpty() ? "true" : String.join(" and ", where);
        long total = ImportJob.count("from ImportJob j where " + condition, parameters);
        List<ImportSummary> items = ImportJob.<ImportJob>find("from ImportJob j join fetch j.organisation where "
                + condition + " order by j.id desc", parameters)
                .range(page.offset(), page.offset() + page.size() - 1).list().stream()
                .map(job -> view(job, List.of(), List.of())).toList();
        return new PageResult<>(items, page, total);
    }

    /** The import, with its errors and withdrawals, if it exists and the caller may read it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ImportSummary find(Optional<String> restrictedTo, long id) {
        ImportJob job = readable(restrictedTo, id);
        return view(job, errors(id, ERRORS_SHOWN), withdrawals(id));
    }

    /** Every problem with a rejected row, as CSV for a spreadsheet: row, externalId, field, message. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String errorsCsv(Optional<String> restrictedTo, long id) {
        readable(restrictedTo, id);
        StringWriter csv = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(csv, CSVFormat.RFC4180.builder()
                .setHeader("row", "externalId", "field", "message").get())) {
            for (ImportSummary.RowError error : errors(id, Integer.MAX_VALUE)) {
                printer.printRecord(error.row(), SpreadsheetSafe.cell(error.externalId()),
                        SpreadsheetSafe.cell(error.field()), SpreadsheetSafe.cell(error.message()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return csv.toString();
    }

    /** Confirms a receipt the service signed and that matches the import as recorded; the caller's own only. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Receipt verify(Optional<String> restrictedTo, Receipt quoted) {
        List<FieldError> problems = new ArrayList<>();
        if (quoted == null || quoted.dataset() == null || quoted.completedAt() == null || quoted.organisation() == null
                || quoted.clientId() == null || quoted.bodySha256() == null) {
            throw RequestRefusedException.unprocessable("That is not a whole receipt: every field of the receipt "
                    + "as the import returned it is needed.", List.of(new FieldError("receipt", "is incomplete")));
        }
        ImportJob job = ImportJob.findById(quoted.importId());
        boolean readable = job != null && restrictedTo.map(own -> own.equals(job.organisation.id)).orElse(true);
        if (!signer.verify(quoted)) {
            problems.add(new FieldError("signature", "does not match the receipt's fields: the receipt was altered or "
                    + "was not issued by this service"));
        } else if (!readable || job.receiptSignature == null || !job.receiptSignature.equals(quoted.signature())) {
            problems.add(new FieldError("importId", "no import of yours has this receipt"));
        }
        if (!problems.isEmpty()) {
            throw RequestRefusedException.unprocessable("The receipt is not confirmed.", problems);
        }
        return quoted;
    }

    private ImportJob readable(Optional<String> restrictedTo, long id) {
        ImportJob job = ImportJob.findById(id);
        if (job == null || restrictedTo.map(own -> !own.equals(job.organisation.id)).orElse(false)) {
            throw notFound(id);
        }
        return job;
    }

    static ResourceNotFoundException notFound(long id) {
        return new ResourceNotFoundException("There is no import with id " + id + ".");
    }

    /** The earlier push with this key: its summary for the same body, a 422 for another; a failed one is retried. */
    private Optional<Submission> replay(Caller caller, String key, ImportDataset dataset, String sha256) {
        if (key == null) {
            return Optional.empty();
        }
        Optional<ImportJob> earlier = QuarkusTransaction.requiringNew().call(() -> jobs.byIdempotencyKey(
                caller.clientId(), key));
        if (earlier.isEmpty()) {
            return Optional.empty();
        }
        ImportJob sent = earlier.get();
        if (!sent.bodySha256.equals(sha256) || sent.dataset != dataset) {
            throw RequestRefusedException.unprocessable("Idempotency-Key " + key + " was already used for import "
                    + sent.id + " with a different body or dataset; nothing was imported. Use a new key for a new "
                    + "push.", List.of(new FieldError("Idempotency-Key", "was used for another push (import "
                            + sent.id + ")")));
        }
        // The same push sent twice at once (say to two replicas): one small enough to be answered when done is
        // answered with the first one's outcome, as a retry after it would be.
        ImportJob job = sent.status == ImportStatus.RUNNING && sent.received <= config.asyncThresholdRows()
                ? jobs.awaitEnd(sent.id, SAME_PUSH_WAIT) : sent;
        if (job.status == ImportStatus.FAILED) {
            // Nothing of a failed import was written: release its key so that this push runs it again.
            QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                    "update import_job set idempotency_key = null where id = ?1").setParameter(1, job.id)
                    .executeUpdate());
            return Optional.empty();
        }
        return Optional.of(new Submission(summary(job.id), job.status == ImportStatus.RUNNING));
    }

    private ImportJob create(ImportDataset dataset, Caller caller, Organisation organisation, Options options,
            Scope scope, String mediaType, String sha256, long bytes, String key, Integer controlCount, int received) {
        ImportJob job = new ImportJob();
        job.dataset = dataset;
        job.organisation = organisation;
        job.clientId = caller.clientId();
        job.status = ImportStatus.RUNNING;
        job.dryRun = options.dryRun();
        job.mode = options.mode();
        job.scopeProgrammeId = scope == null ? null : scope.programme();
        job.scopeFinancialYear = scope == null ? null : scope.year().startYear();
        job.contentType = mediaType;
        job.bodySha256 = sha256;
        job.bodyBytes = bytes;
        job.idempotencyKey = key;
        job.controlCount = controlCount;
        job.received = received;
        job.startedAt = Instant.now(clock);
        job.heartbeatAt = job.startedAt;
        job.persistAndFlush();
        return job;
    }

    /** Runs the job in one transaction with its lock held; a failure writes nothing of it and is reported. */
    private void run(ImportProcessor.Request request, List<SentRow> rows, long acceptedAt) {
        long id = request.importId();
        ImportDataset dataset = request.dataset().dataset();
        try {
            ImportProcessor.Outcome outcome = QuarkusTransaction.requiringNew().timeout((int) JOB_TIMEOUT.toSeconds())
                    .call(() -> {
                        jobs.lock(id);
                        ImportProcessor.Outcome processed = processor.process(request, rows,
                                count -> jobs.progress(id, count));
                        finish(id, request, processed);
                        return processed;
                    });
            // Counted once committed: a job whose commit failed is counted as failed below, not twice.
            metrics.finished(dataset, rejected(request, outcome) ? ImportStatus.REJECTED : ImportStatus.COMPLETED,
                    request.dryRun(), outcome, Duration.ofNanos(System.nanoTime() - acceptedAt));
        } catch (RuntimeException e) {
            LOG.error("Import " + id + " failed", e);
            jobs.failed(id, "The import could not be completed, so nothing of it was written ("
                    + Objects.requireNonNullElse(e.getMessage(), e.getClass().getSimpleName()).lines().findFirst()
                            .orElse("") + "). Push it again; if it fails again, tell the LGA with the import id.");
            metrics.finished(dataset, ImportStatus.FAILED, request.dryRun(), null,
                    Duration.ofNanos(System.nanoTime() - acceptedAt));
        }
    }

    private static boolean rejected(ImportProcessor.Request request, ImportProcessor.Outcome outcome) {
        return request.mode() == ImportMode.ALL_OR_NOTHING && !outcome.errors.isEmpty();
    }

    private void finish(long id, ImportProcessor.Request request, ImportProcessor.Outcome outcome) {
        ImportJob job = ImportJob.findById(id);
        boolean rejected = rejected(request, outcome);
        job.status = rejected ? ImportStatus.REJECTED : ImportStatus.COMPLETED;
        job.processed = outcome.received;
        job.created = outcome.created;
        job.updated = outcome.updated;
        job.unchanged = outcome.unchanged;
        job.rejected = outcome.rejectedRows();
        job.withdrawn = outcome.withdrawn;
        // Milliseconds: the receipt's time must survive the database and any client's JSON unchanged.
        job.completedAt = Instant.now(clock).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        if (!rejected) {
            job.receiptSignature = signer.sign(unsignedReceipt(job)).signature();
        }
        job.flush();
        int seq = 0;
        for (ImportSummary.RowError error : outcome.errors) {
            entityManager.createNativeQuery("insert into import_error (import_id, seq, row_number, external_id, field, "
                    + "message) values (?1, ?2, ?3, ?4, ?5, ?6)").setParameter(1, id).setParameter(2, ++seq)
                    .setParameter(3, error.row()).setParameter(4, error.externalId()).setParameter(5, error.field())
                    .setParameter(6, error.message()).executeUpdate();
        }
        if (!request.dryRun()) {
            for (ImportSummary.Withdrawal withdrawal : outcome.withdrawals) {
                entityManager.createNativeQuery("insert into import_withdrawal (import_id, record_id, external_id) "
                        + "values (?1, ?2, ?3)").setParameter(1, id).setParameter(2, withdrawal.id())
                        .setParameter(3, withdrawal.externalId()).executeUpdate();
            }
        }
    }

    private ImportSummary summary(long id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            ImportJob job = ImportJob.findById(id);
            return view(job, errors(id, ERRORS_SHOWN), withdrawals(id));
        });
    }

    private ImportSummary view(ImportJob job, List<ImportSummary.RowError> errors,
            List<ImportSummary.Withdrawal> withdrawals) {
        String controlTotal = job.controlCount == null || !job.finished() ? null
                : job.controlCount != job.received ? "count-mismatch" : job.rejected > 0 ? "rows-rejected"
                        : "reconciled";
        Receipt receipt = job.receiptSignature == null ? null : unsignedReceipt(job).signed(job.receiptSignature);
        return new ImportSummary(job.id, job.dataset, job.organisation.id, job.clientId, job.status, job.dryRun,
                job.mode, job.scopeProgrammeId, job.scopeFinancialYear == null ? null
                        : new FinancialYear(job.scopeFinancialYear).toString(),
                job.received, job.finished() ? job.received : job.processed, job.created, job.updated, job.unchanged,
                job.rejected, job.withdrawn, job.controlCount, controlTotal, errors, withdrawals, job.failureReason,
                job.startedAt, job.completedAt, receipt);
    }

    private static Receipt unsignedReceipt(ImportJob job) {
        return new Receipt(job.id, job.dataset, job.organisation.id, job.clientId, job.bodySha256, job.bodyBytes,
                job.received, job.created, job.updated, job.unchanged, job.rejected, job.withdrawn, job.dryRun,
                job.completedAt, null);
    }

    @SuppressWarnings("unchecked")
    private List<ImportSummary.RowError> errors(long id, int limit) {
        List<Object[]> rows = entityManager.createNativeQuery("select row_number, external_id, field, message from "
                + "import_error where import_id = ?1 order by seq").setParameter(1, id).setMaxResults(limit)
                .getResultList();
        return rows.stream().map(row -> new ImportSummary.RowError(((Number) row[0]).intValue(), (String) row[1],
                (String) row[2], (String) row[3])).toList();
    }

    @SuppressWarnings("unchecked")
    private List<ImportSummary.Withdrawal> withdrawals(long id) {
        List<Object[]> rows = entityManager.createNativeQuery("select record_id, external_id from import_withdrawal "
                + "where import_id = ?1 order by record_id").setParameter(1, id).getResultList();
        return rows.stream().map(row -> new ImportSummary.Withdrawal(((Number) row[0]).longValue(), (String) row[1]))
                .toList();
    }

    /** A complete-set push's scope. */
    private record Scope(String programme, FinancialYear year) {
    }

    private static Scope scope(Options options) {
        if (options.scope() == null) {
            if (options.programme() != null || options.financialYear() != null) {
                throw new InvalidParameterException("scope", "must be `complete` when programme and financialYear "
                        + "are given: they declare the push the complete set for that programme and year");
            }
            return null;
        }
        if (!options.scope().equals("complete")) {
            throw new InvalidParameterException("scope", "must be `complete` (or left out)");
        }
        if (options.programme() == null) {
            throw new InvalidParameterException("programme", "is required with scope=complete");
        }
        if (options.financialYear() == null) {
            throw new InvalidParameterException("financialYear", "is required with scope=complete");
        }
        if (Programme.findById(options.programme()) == null) {
            throw new InvalidParameterException("programme", "there is no programme with id " + options.programme());
        }
        return new Scope(options.programme(), FinancialYear.parse("financialYear", options.financialYear()));
    }

    private static Integer controlCount(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            int count = Integer.parseInt(value.strip());
            if (count >= 0) {
                return count;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidParameterException("X-Control-Count", "must be the number of rows you sent, 0 or more");
    }
}
