package uk.gov.local.sectorsupport.report;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.StartupEvent;
import uk.gov.local.sectorsupport.common.FinancialYear;
import uk.gov.local.sectorsupport.common.SectorSupportConfig;

/**
 * Computes this year's and last year's annual reports once at start-up, before the backend reports itself ready:
 * the first report after a restart otherwise pays for loading and compiling its code paths (about as long again as
 * the report itself). Bounded: ready after {@link #LONGEST} whatever happens, and a failure only logs.
 */
@Readiness
@ApplicationScoped
public class ReportWarmUp implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(ReportWarmUp.class);
    static final Duration LONGEST = Duration.ofSeconds(30);

    @Inject
    ReportService reports;

    @Inject
    PeerChallengeReportService peerChallengeReports;

    @Inject
    Clock clock;

    @Inject
    ObjectMapper json;

    @Inject
    SectorSupportConfig config;

    private volatile Instant startedAt;
    private volatile boolean finished;

    /** After the demo data (default priority), so the warm-up reads what the first user will. */
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 1000) StartupEvent event) {
        if (!config.reports().warmUp()) {
            finished = true;
            return;
        }
        startedAt = Instant.now();
        Thread.ofPlatform().name("report-warm-up").daemon().start(this::warmUp);
    }

    @ActivateRequestContext
    void warmUp() {
        try {
            FinancialYear current = FinancialYear.of(LocalDate.now(clock));
            for (FinancialYear year : new FinancialYear[] { current, new FinancialYear(current.startYear() - 1) }) {
                // Written out too: Jackson builds its serialisers for a type on first use.
                json.writeValueAsBytes(reports.annual(year, CouncilCounting.AS_AT, null));
                json.writeValueAsBytes(peerChallengeReports.report(year, CouncilCounting.AS_AT));
            }
            LOG.infof("Reports warmed up in %d ms", Duration.between(startedAt, Instant.now()).toMillis());
        } catch (RuntimeException | JsonProcessingException e) {
            LOG.warnf("Report warm-up did not finish (%s); the first report will be slower", e.toString());
        } finally {
            finished = true;
        }
    }

    @Override
    public HealthCheckResponse call() {
        Instant started = startedAt;
        boolean ready = finished || started != null && Duration.between(started, Instant.now()).compareTo(LONGEST) > 0;
        return HealthCheckResponse.named("report-warm-up").status(ready).build();
    }
}
