package uk.gov.local.sectorsupport.common.http;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import uk.gov.local.sectorsupport.common.CodedEnum;
import uk.gov.local.sectorsupport.common.FinancialYear;
import uk.gov.local.sectorsupport.common.error.InvalidParameterException;

/**
 * Query parameters as a web form sends them: a blank value (`?programme=&theme=`) means the parameter was left
 * out. Every list resource reads its filters through these, so that blank never empties a list or is a 400; any
 * other value outside what is allowed is a 400 naming the parameter.
 */
public final class QueryParams {

    private QueryParams() {
    }

    /** The value without surrounding spaces; null when absent or blank. */
    public static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** One of the enum's codes; null when absent or blank. */
    public static <E extends Enum<E> & CodedEnum> E code(Class<E> type, String name, String value) {
        String code = text(value);
        return code == null ? null : CodedEnum.parse(type, name, code);
    }

    /** `true` or `false`; null when absent or blank. */
    public static Boolean bool(String name, String value) {
        String text = text(value);
        if (text == null) {
            return null;
        }
        return switch (text) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new InvalidParameterException(name, "must be true or false");
        };
    }

    /** A record id, a whole number of 1 or more; null when absent or blank. */
    public static Long id(String name, String value) {
        String text = text(value);
        if (text == null) {
            return null;
        }
        try {
            long id = Long.parseLong(text);
            if (id >= 1) {
                return id;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidParameterException(name, "must be a record id, a whole number of 1 or more");
    }

    /** A financial year such as `2024-25`; null when absent or blank. */
    public static FinancialYear financialYear(String name, String value) {
        String text = text(value);
        return text == null ? null : FinancialYear.parse(name, text);
    }

    /** A date such as `2025-03-31`; null when absent or blank. */
    public static LocalDate date(String name, String value) {
        String text = text(value);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidParameterException(name, "must be a date such as 2025-03-31");
        }
    }
}
