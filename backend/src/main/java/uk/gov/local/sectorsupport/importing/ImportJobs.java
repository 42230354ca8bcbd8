package uk.gov.local.sectorsupport.importing;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;

/**
 * The state of import jobs, in PostgreSQL so that any replica can answer for any job and a restart loses none.
 * A job's worker holds a transaction-scoped advisory lock on it for as long as it runs; PostgreSQL releases the
 * lock when the worker's connection goes (the backend killed, the machine lost), so a running job whose lock is
 * free and whose heartbeat has stopped was interrupted. Its transaction was rolled back with the connection:
 * nothing of it was written, and it is marked failed, to be pushed again.
 */
@ApplicationScoped
class ImportJobs {

    private static final Logger LOG = Logger.getLogger(ImportJobs.class);

    /** The first key of the advisory locks on import jobs (the second is the job's id). */
    static final int LOCK_CLASS = 0x494d50;

    private static final Duration AWAIT_POLL = Duration.ofMillis(25);

    static final String INTERRUPTED = "The service stopped while the import ran, so nothing of it was written. Push "
            + "the same body again (with the same Idempotency-Key, if you sent one) to import it.";

    @Inject
    EntityManager entityManager;

    @Inject
    ImportConfig config;

    @Inject
    ImportMetrics metrics;

    /** Takes the job's lock in the caller's transaction: from now until it ends, the job is known to be alive. */
    @Transactional(Transactional.TxType.MANDATORY)
    void lock(long id) {
        entityManager.createNativeQuery("select 1 from (select pg_advisory_xact_lock(?1, ?2)) as locked")
                .setParameter(1, LOCK_CLASS).setParameter(2, (int) id).getSingleResult();
    }

    /** Progress and heartbeat, committed on their own so that anyone polling the job sees them. */
    void progress(long id, int processed) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                "update import_job set processed = greatest(processed, ?1), heartbeat_at = now() where id = ?2 "
                        + "and status = 'running'")
                .setParameter(1, processed).setParameter(2, id).executeUpdate());
    }

    void failed(long id, String reason) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                "update import_job set status = 'failed', failure_reason = ?1, completed_at = now() where id = ?2 "
                        + "and status = 'running'")
                .setParameter(1, reason).setParameter(2, id).executeUpdate());
    }

    /** At start and every few seconds: marks interrupted jobs failed, and forgets old rate-limit counts. */
    @Startup
    @Scheduled(every = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP, delayed = "5s")
    void sweep() {
        List<Long> suspects = QuarkusTransaction.requiringNew().call(() -> entityManager.createQuery(
                "select j.id from ImportJob j where j.status = ?1 and j.heartbeatAt < ?2", Long.class)
                .setParameter(1, ImportStatus.RUNNING).setParameter(2, Instant.now().minus(config.staleAfter()))
                .getResultList());
        for (Long id : suspects) {
            boolean interrupted = QuarkusTransaction.requiringNew().call(() -> {
                boolean free = (Boolean) entityManager.createNativeQuery("select pg_try_advisory_xact_lock(?1, ?2)")
                        .setParameter(1, LOCK_CLASS).setParameter(2, id.intValue()).getSingleResult();
                return free && entityManager.createNativeQuery("update import_job set status = 'failed', "
                        + "failure_reason = ?1, completed_at = now() where id = ?2 and status = 'running'")
                        .setParameter(1, INTERRUPTED).setParameter(2, id).executeUpdate() == 1;
            });
            if (interrupted) {
                LOG.warnf("Import %d was interrupted; marked failed (nothing of it was written)", id);
                metrics.interrupted();
            }
        }
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                "delete from rate_limit_window where window_start < now() - interval '1 hour'").executeUpdate());
    }

    /** The job once it is no longer running, or as it is when the time is up; polled, as a client would. */
    ImportJob awaitEnd(long id, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            ImportJob job = QuarkusTransaction.requiringNew().call(() -> ImportJob.<ImportJob>findById(id));
            if (job.finished() || Instant.now().isAfter(deadline)) {
                return job;
            }
            try {
                Thread.sleep(AWAIT_POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return job;
            }
        }
    }

    Optional<ImportJob> byIdempotencyKey(String clientId, String key) {
        return ImportJob.find("clientId = ?1 and idempotencyKey = ?2", clientId, key).firstResultOptional();
    }
}
