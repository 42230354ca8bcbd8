package uk.gov.local.sectorsupport.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.gov.local.sectorsupport.common.error.Problem.FieldError;

class FinancialYearTest {

    @Test
    void shouldReadAFieldOfConsecutiveYearsWithinTheRecordedRange() {
        List<FieldError> errors = new ArrayList<>();
        assertEquals(new FinancialYear(2024), FinancialYear.field("financialYear", "2024-25", errors));
        assertEquals(new FinancialYear(2099), FinancialYear.field("financialYear", "2099-00", errors));
        assertEquals(new FinancialYear(2000), FinancialYear.field("financialYear", "2000-01", errors));
        assertEquals(new FinancialYear(2100), FinancialYear.field("financialYear", "2100-01", errors));
        assertTrue(errors.isEmpty());
    }

    @Test
    void shouldNameTheFieldOfABadYear() {
        assertEquals(List.of(new FieldError("activeFrom",
                "must be a financial year such as 2024-25 (the second year follows the first)")), errors("2024-26"));
        assertEquals(List.of(new FieldError("activeFrom", "must be a financial year such as 2024-25")),
                errors("2024/25"));
        assertEquals(List.of(new FieldError("activeFrom", "must be between 2000-01 and 2100-01")), errors("1999-00"));
        assertEquals(List.of(new FieldError("activeFrom", "must be between 2000-01 and 2100-01")), errors("2101-02"));
    }

    private static List<FieldError> errors(String value) {
        List<FieldError> errors = new ArrayList<>();
        assertNull(FinancialYear.field("activeFrom", value, errors));
        return errors;
    }
}
