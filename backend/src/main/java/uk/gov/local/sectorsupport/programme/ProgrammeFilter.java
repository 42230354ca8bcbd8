package uk.gov.local.sectorsupport.programme;

import uk.gov.local.sectorsupport.common.FinancialYear;

/** The list filters, already parsed; null means "any". */
public record ProgrammeFilter(Theme theme, Funder funder, String organisation, Audience audience,
        FinancialYear activeIn, String query) {
}
