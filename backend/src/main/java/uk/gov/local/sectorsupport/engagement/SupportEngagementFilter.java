package uk.gov.local.sectorsupport.engagement;

import uk.gov.local.sectorsupport.common.FinancialYear;
import uk.gov.local.sectorsupport.council.Region;
import uk.gov.local.sectorsupport.programme.Theme;

/** The list filters, already parsed; null means "any". */
public record SupportEngagementFilter(FinancialYear financialYear, String programme, Theme theme, Region region,
        String council, EngagementType type, String organisation) {
}
