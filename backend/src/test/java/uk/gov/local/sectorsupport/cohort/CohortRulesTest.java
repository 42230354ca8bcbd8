package uk.gov.local.sectorsupport.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.gov.local.sectorsupport.common.FinancialYear;
import uk.gov.local.sectorsupport.common.error.Problem.FieldError;

class CohortRulesTest {

    private static final LocalDate SEPTEMBER_2024 = LocalDate.of(2024, 9, 2);

    @Test
    void shouldDefaultTheFinancialYearFromTheStartDate() {
        assertEquals(new FinancialYear(2024), CohortRules.financialYear(null, SEPTEMBER_2024));
        assertEquals(new FinancialYear(2023), CohortRules.financialYear(null, LocalDate.of(2024, 3, 31)));
    }

    @Test
    void shouldAcceptAStartWithinTheYearAndAnEndAfterIt() {
        assertTrue(CohortRules.check("2024-25", SEPTEMBER_2024, LocalDate.of(2026, 8, 31)).isEmpty());
        assertTrue(CohortRules.check(null, SEPTEMBER_2024, null).isEmpty());
        assertTrue(CohortRules.check("2024-25", LocalDate.of(2025, 3, 31), LocalDate.of(2025, 3, 31)).isEmpty());
    }

    @Test
    void shouldNameEachBadField() {
        assertEquals(List.of("financialYear"), fields(CohortRules.check("2024-26", SEPTEMBER_2024, null)));
        assertEquals(List.of(new FieldError("startDate",
                "must fall within the financial year 2023-24 (2023-04-01 to 2024-03-31)")),
                CohortRules.check("2023-24", SEPTEMBER_2024, null));
        assertEquals(List.of(new FieldError("endDate", "must be on or after the start date")),
                CohortRules.check(null, SEPTEMBER_2024, SEPTEMBER_2024.minusDays(1)));
        assertEquals(List.of("endDate"), fields(CohortRules.check(null, SEPTEMBER_2024, SEPTEMBER_2024.plusYears(6))));
        assertEquals(List.of("startDate"), fields(CohortRules.check(null, LocalDate.of(1999, 5, 1), null)));
    }

    @Test
    void shouldBoundTheFinancialYearNotTheCalendarYearOfTheStart() {
        // January to March 2000 is in 1999-00, which the database does not accept: a field error, not a 409.
        assertEquals(List.of(new FieldError("startDate",
                "must fall in a financial year from 2000-01 to 2100-01 (2000-04-01 to 2101-03-31)")),
                CohortRules.check(null, LocalDate.of(2000, 3, 31), null));
        assertTrue(CohortRules.check(null, LocalDate.of(2000, 4, 1), null).isEmpty());
        assertTrue(CohortRules.check(null, LocalDate.of(2101, 3, 31), null).isEmpty());
        assertEquals(List.of("startDate"), fields(CohortRules.check(null, LocalDate.of(2101, 4, 1), null)));
        assertEquals(List.of(new FieldError("financialYear", "must be between 2000-01 and 2100-01")),
                CohortRules.check("1999-00", LocalDate.of(2000, 2, 1), null));
    }

    private static List<String> fields(List<FieldError> errors) {
        return errors.stream().map(FieldError::field).toList();
    }
}
