package uk.gov.local.sectorsupport.common;

import java.math.BigDecimal;
import java.net.URI;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "sector-support")
public interface SectorSupportConfig {

    /** What a day of a peer's time is worth to a council, in pounds, for the "estimated saving" figure. */
    @WithDefault("1000")
    BigDecimal peerDayRate();

    /**
     * Load the demo data at start (peers and peer challenges, programme activity), each part only when its tables
     * are empty. Off in tests.
     */
    @WithDefault("true")
    boolean demoData();

    Web web();

    Reports reports();

    interface Reports {
        /** Compute this year's and last year's reports once at start, before ready (ReportWarmUp). Off in tests. */
        @WithDefault("true")
        boolean warmUp();
    }

    interface Web {
        /**
         * The OIDC issuer as browsers reach it: the web app signs in, fetches tokens and renews them there, so its
         * Content-Security-Policy must allow it. By default the backend's own OIDC URL.
         */
        URI identityProviderUrl();

        /** Send the web app's Content-Security-Policy (off in dev mode, where Vite's dev server injects inline script). */
        @WithDefault("true")
        boolean contentSecurityPolicy();
    }
}
