package uk.gov.local.sectorsupport.cohort;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import uk.gov.local.sectorsupport.common.FinancialYear;
import uk.gov.local.sectorsupport.common.error.Problem.FieldError;

/** The rules a cohort's year and dates must keep, apart from the database lookups. */
public final class CohortRules {

    static final int MAX_YEARS = 5;

    private CohortRules() {
    }

    /** The field errors of the year and dates (the bean constraints have already checked formats and presence). */
    public static List<FieldError> check(String financialYear, LocalDate startDate, LocalDate endDate) {
        List<FieldError> errors = new ArrayList<>();
        if (financialYear != null) {
            FinancialYear year = FinancialYear.field("financialYear", financialYear, errors);
            if (year != null && (startDate.isBefore(year.firstDay()) || startDate.isAfter(year.lastDay()))) {
                errors.add(new FieldError("startDate", "must fall within the financial year " + year + " ("
                        + year.firstDay() + " to " + year.lastDay() + ")"));
            }
        } else if (!FinancialYear.of(startDate).recordable()) {
            errors.add(new FieldError("startDate", "must fall in a financial year from " + FinancialYear.FIRST_RECORDED
                    + " to " + FinancialYear.LAST_RECORDED + " (" + FinancialYear.FIRST_RECORDED.firstDay() + " to "
                    + FinancialYear.LAST_RECORDED.lastDay() + ")"));
        }
        if (endDate != null && endDate.isBefore(startDate)) {
            errors.add(new FieldError("endDate", "must be on or after the start date"));
        } else if (endDate != null && endDate.isAfter(startDate.plusYears(MAX_YEARS))) {
            errors.add(new FieldError("endDate", "must be at most " + MAX_YEARS + " years after the start date"));
        }
        return errors;
    }

    /** The year it is reported in: the one given (already checked), or else the one its start date falls in. */
    public static FinancialYear financialYear(String financialYear, LocalDate startDate) {
        return financialYear != null ? FinancialYear.parse("financialYear", financialYear) : FinancialYear.of(startDate);
    }
}
