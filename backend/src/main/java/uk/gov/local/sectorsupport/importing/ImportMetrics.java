package uk.gov.local.sectorsupport.importing;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Import jobs for Prometheus (/q/metrics), per replica: jobs accepted, jobs finished by status with how long they
 * took from acceptance, rows by what became of them, and jobs found interrupted. Tags are the dataset and status
 * codes only, never who pushed.
 */
@ApplicationScoped
class ImportMetrics {

    @Inject
    MeterRegistry registry;

    void accepted(ImportDataset dataset) {
        Counter.builder("sector_support.import.jobs.accepted").description("Import jobs accepted (replays not counted)")
                .tag("dataset", dataset.code()).register(registry).increment();
    }

    void finished(ImportDataset dataset, ImportStatus status, boolean dryRun, ImportProcessor.Outcome outcome,
            Duration took) {
        Timer.builder("sector_support.import.jobs").description("Import jobs finished, from acceptance to the end")
                .tag("dataset", dataset.code()).tag("status", status.code()).register(registry).record(took);
        if (outcome == null) {
            return;
        }
        if (status == ImportStatus.COMPLETED && !dryRun) {
            rows(dataset, "created", outcome.created);
            rows(dataset, "updated", outcome.updated);
            rows(dataset, "unchanged", outcome.unchanged);
            rows(dataset, "withdrawn", outcome.withdrawn);
        }
        rows(dataset, "rejected", outcome.rejectedRows());
    }

    void interrupted() {
        Counter.builder("sector_support.import.jobs.interrupted")
                .description("Running import jobs found interrupted (the replica running them stopped)")
                .register(registry).increment();
    }

    private void rows(ImportDataset dataset, String result, int count) {
        Counter.builder("sector_support.import.rows").description("Rows of finished import jobs, by what became of them")
                .tag("dataset", dataset.code()).tag("result", result).register(registry).increment(count);
    }
}
