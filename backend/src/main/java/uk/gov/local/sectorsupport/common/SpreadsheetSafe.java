package uk.gov.local.sectorsupport.common;

/**
 * CSV cells a spreadsheet would run as a formula (starting with =, +, -, @, a tab or a carriage return) are prefixed
 * with an apostrophe, so that a hostile value (in a partner's row, a record's title) cannot run in anyone's Excel.
 * Every CSV the service writes goes through this: import errors and extracts.
 */
public final class SpreadsheetSafe {

    private SpreadsheetSafe() {
    }

    public static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }
}
