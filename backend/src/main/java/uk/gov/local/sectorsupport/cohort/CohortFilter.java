package uk.gov.local.sectorsupport.cohort;

import uk.gov.local.sectorsupport.common.FinancialYear;
import uk.gov.local.sectorsupport.council.Region;
import uk.gov.local.sectorsupport.programme.Theme;

/** The list filters, already parsed; null means "any". */
public record CohortFilter(FinancialYear financialYear, String programme, Theme theme, String council, Region region,
        String organisation, String query) {
}
