package uk.gov.local.sectorsupport.cohort;

import java.time.LocalDate;

/** What a caller may set on a cohort; shared by {@link CohortCreate} and {@link CohortUpdate}. */
interface CohortFields {
    String programme();

    String name();

    String financialYear();

    LocalDate startDate();

    LocalDate endDate();

    String organisation();

    String externalId();
}
