package uk.gov.local.sectorsupport.extract;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "sector-support.extracts")
public interface ExtractConfig {

    /** The key people's keys are re-keyed from, per consumer; production sets its own through EXTRACT_PSEUDONYM_KEY. */
    String pseudonymKey();

    /**
     * Rows a keyset chunk reads. COPY streams each chunk row by row, so this bounds no memory; each chunk costs a
     * statement and a wait for its first row, which at 5,000 rows was a tenth of a 1,000,000-row pull.
     */
    @WithDefault("50000")
    int chunkRows();
}
