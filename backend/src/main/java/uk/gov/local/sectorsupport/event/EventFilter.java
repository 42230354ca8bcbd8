package uk.gov.local.sectorsupport.event;

import uk.gov.local.sectorsupport.common.FinancialYear;
import uk.gov.local.sectorsupport.council.Region;
import uk.gov.local.sectorsupport.programme.Theme;

/** The list filters, already parsed; null means "any". */
public record EventFilter(FinancialYear financialYear, String programme, Theme theme, Region region, String council,
        EventType type, EventFormat format, String organisation, String query) {
}
