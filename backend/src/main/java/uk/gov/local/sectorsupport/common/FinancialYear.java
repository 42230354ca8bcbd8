package uk.gov.local.sectorsupport.common;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import uk.gov.local.sectorsupport.common.error.InvalidParameterException;

/** A UK public-sector financial year, 1 April to 31 March, written `2023-24`. */
public record FinancialYear(int startYear) {

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})-(\\d{2})");

    public static FinancialYear of(LocalDate date) {
        return new FinancialYear(date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1);
    }

    /** Parses a request parameter such as `2023-24`; anything else is a 400 naming the parameter. */
    public static FinancialYear parse(String parameter, String value) {
        Matcher matcher = FORMAT.matcher(value.strip());
        if (matcher.matches()) {
            int start = Integer.parseInt(matcher.group(1));
            if (Integer.parseInt(matcher.group(2)) == (start + 1) % 100) {
                return new FinancialYear(start);
            }
        }
        throw new InvalidParameterException(parameter, "must be a financial year such as 2023-24");
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
