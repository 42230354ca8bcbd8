package uk.gov.local.sectorsupport.common;

import java.math.BigDecimal;

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
}
