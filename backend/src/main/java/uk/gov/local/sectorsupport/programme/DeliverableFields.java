package uk.gov.local.sectorsupport.programme;

import java.math.BigDecimal;

/** What a caller may set on a deliverable; shared by {@link DeliverableCreate} and {@link DeliverableUpdate}. */
interface DeliverableFields {

    String METRIC_KEY = "^[a-z0-9]+(-[a-z0-9]+)*$";
    String METRIC_KEY_MESSAGE = "must be kebab-case: lower-case letters and digits in words joined by single hyphens, "
            + "such as councillors-attending-leadership-programmes";
    String METRIC_DESCRIPTION = "The key of the annual-report metric that measures this target (one of GET "
            + "/api/v1/metrics). Progress against the target is computed from the metric, never typed in.";

    String programme();

    String financialYear();

    String statement();

    BigDecimal targetValue();

    TargetUnit targetUnit();

    String metricKey();
}
