package uk.gov.local.sectorsupport.importing;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The limits of a push and the service's receipt key; documented in the OpenAPI document and the partner guide. */
@ConfigMapping(prefix = "sector-support.imports")
public interface ImportConfig {

    /** Pushes of more rows than this are answered at once with 202 and run as a job. */
    @WithDefault("5000")
    int asyncThresholdRows();

    /** Rows per request; more is a 413. */
    @WithDefault("100000")
    int maxRows();

    /** Body size per request in bytes (50 MiB); more is a 413. */
    @WithDefault("52428800")
    long maxBodyBytes();

    /** Pushes per client per minute; more is a 429 with Retry-After. */
    @WithDefault("60")
    int pushesPerMinute();

    /** The key receipts are signed with (HMAC-SHA-256). Production sets its own through IMPORT_RECEIPT_KEY. */
    String receiptKey();

    /** A running job whose worker has stopped beating for this long, and holds no lock, was interrupted. */
    @WithDefault("10s")
    Duration staleAfter();
}
