package uk.gov.local.sectorsupport.cohort;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import uk.gov.local.sectorsupport.common.FinancialYear;
import uk.gov.local.sectorsupport.common.error.Problem.FieldError;

/** The rules a cohort's year and dates must keep, apart from the database lookups. */
final class CohortRules {

    static final String FINANCIAL_YEAR = "[0-9]{4}-[0-9]{2}";
    static final String FINANCIAL_YEAR_MESSAGE = "must be a financial year such as 2024-25";

    static final int MAX_YEARS = 5;
    private static final int FIRST_YEAR = 2000;
    private static final int LAST_YEAR = 2099;

    private CohortRules() {
    }

    /** `2024-25` → 2024; empty for a value whose second year does not follow the first (e.g. `2024-26`). */
    static Optional<FinancialYear> parseFinancialYear(String value) {
        if (value == null || !value.matches(FINANCIAL_YEAR)) {
            return Optional.empty();
        }
        int start = Integer.parseInt(value.substring(0, 4));
        return Integer.parseInt(value.substring(5)) == (start + 1) % 100 ? Optional.of(new FinancialYear(start))
                : Optional.empty();
    }

    /** The field errors of the year and dates (the bean constraints have already checked formats and presence). */
    static List<FieldError> check(String financialYear, LocalDate startDate, LocalDate endDate) {
        List<FieldError> errors = new ArrayList<>();
        Optional<FinancialYear> year = parseFinancialYear(financialYear);
        if (financialYear != null && year.isEmpty()) {
            errors.add(new FieldError("financialYear", FINANCIAL_YEAR_MESSAGE + " (the second year follows the first)"));
        }
        if (startDate.getYear() < FIRST_YEAR || startDate.getYear() > LAST_YEAR) {
            errors.add(new FieldError("startDate", "must be between " + FIRST_YEAR + " and " + LAST_YEAR));
        } else if (year.isPresent() && (startDate.isBefore(year.get().firstDay()) || startDate.isAfter(year.get().lastDay()))) {
            errors.add(new FieldError("startDate", "must fall within the financial year " + year.get() + " ("
                    + year.get().firstDay() + " to " + year.get().lastDay() + ")"));
        }
        if (endDate != null && endDate.isBefore(startDate)) {
            errors.add(new FieldError("endDate", "must be on or after the start date"));
        } else if (endDate != null && endDate.isAfter(startDate.plusYears(MAX_YEARS))) {
            errors.add(new FieldError("endDate", "must be at most " + MAX_YEARS + " years after the start date"));
        }
        return errors;
    }

    /** The year it is reported in: the one given, or else the one its start date falls in. */
    static FinancialYear financialYear(String financialYear, LocalDate startDate) {
        return parseFinancialYear(financialYear).orElseGet(() -> FinancialYear.of(startDate));
    }
}
