package uk.gov.local.sectorsupport.common;

import java.math.BigDecimal;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "sector-support")
public interface SectorSupportConfig {

    /** What a day of a peer's time is worth to a council, in pounds, for the "estimated saving" figure. */
    @WithDefault("1000")
    BigDecimal peerDayRate();

    /** Load the demo peer pool and peer challenges at start when those tables are empty. Off in tests. */
    @WithDefault("true")
    boolean demoData();
}
