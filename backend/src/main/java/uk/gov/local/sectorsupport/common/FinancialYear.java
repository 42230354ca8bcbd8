package uk.gov.local.sectorsupport.common;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import uk.gov.local.sectorsupport.common.error.InvalidParameterException;
import uk.gov.local.sectorsupport.common.error.Problem.FieldError;

/** A UK public-sector financial year, 1 April to 31 March, written `2023-24`. */
public record FinancialYear(int startYear) {

    /** A financial year as written on the wire, for request bodies' `@Pattern`. */
    public static final String PATTERN = "[0-9]{4}-[0-9]{2}";
    public static final String MESSAGE = "must be a financial year such as 2024-25";

    /** The start years the database accepts for a recorded year: 2000-01 to 2100-01. */
    public static final FinancialYear FIRST_RECORDED = new FinancialYear(2000);
    public static final FinancialYear LAST_RECORDED = new FinancialYear(2100);
    public static final String RANGE_MESSAGE = "must be between " + FIRST_RECORDED + " and " + LAST_RECORDED;

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})-(\\d{2})");

    public static FinancialYear of(LocalDate date) {
        return new FinancialYear(date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1);
    }

    /** Parses a request parameter such as `2023-24`; anything else is a 400 naming the parameter. */
    public static FinancialYear parse(String parameter, String value) {
        FinancialYear year = read(value);
        if (year == null) {
            throw new InvalidParameterException(parameter, MESSAGE);
        }
        return year;
    }

    /**
     * A financial-year field of a request body: the year, or null after adding the field's error (not a year such
     * as `2024-25`, or outside the years the database accepts).
     */
    public static FinancialYear field(String field, String value, List<FieldError> errors) {
        FinancialYear year = read(value);
        if (year == null) {
            errors.add(new FieldError(field, FORMAT.matcher(value.strip()).matches()
                    ? MESSAGE + " (the second year follows the first)" : MESSAGE));
            return null;
        }
        if (!year.recordable()) {
            errors.add(new FieldError(field, RANGE_MESSAGE));
            return null;
        }
        return year;
    }

    /** Whether the database accepts it as a recorded year (2000-01 to 2100-01). */
    public boolean recordable() {
        return startYear >= FIRST_RECORDED.startYear && startYear <= LAST_RECORDED.startYear;
    }

    private static FinancialYear read(String value) {
        Matcher matcher = FORMAT.matcher(value.strip());
        if (matcher.matches()) {
            int start = Integer.parseInt(matcher.group(1));
            if (Integer.parseInt(matcher.group(2)) == (start + 1) % 100) {
                return new FinancialYear(start);
            }
        }
        return null;
    }

    public LocalDate firstDay() {
        return LocalDate.of(startYear, 4, 1);
    }

    public LocalDate lastDay() {
        return LocalDate.of(startYear + 1, 3, 31);
    }

    @Override
    public String toString() {
        return String.format("%d-%02d", startYear, (startYear + 1) % 100);
    }
}
