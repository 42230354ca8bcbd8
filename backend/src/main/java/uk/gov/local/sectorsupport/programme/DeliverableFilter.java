package uk.gov.local.sectorsupport.programme;

import uk.gov.local.sectorsupport.common.FinancialYear;

/** The deliverables list's filters, already parsed; null means "any". */
public record DeliverableFilter(FinancialYear financialYear, String programme, Theme theme, String organisation,
        String metricKey) {
}
