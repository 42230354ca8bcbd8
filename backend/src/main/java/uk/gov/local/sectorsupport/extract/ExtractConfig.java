package uk.gov.local.sectorsupport.extract;

import io.smallrye.config.ConfigMapping;

/** The key people's keys are re-keyed from, per consumer; production sets its own through EXTRACT_PSEUDONYM_KEY. */
@ConfigMapping(prefix = "sector-support.extracts")
public interface ExtractConfig {

    String pseudonymKey();
}
