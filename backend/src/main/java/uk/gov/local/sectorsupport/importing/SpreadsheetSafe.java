package uk.gov.local.sectorsupport.importing;

/**
 * CSV cells a spreadsheet would run as a formula (starting with =, +, -, @, a tab or a carriage return) are prefixed
 * with an apostrophe, so that an error message quoting a partner's hostile value cannot run in an officer's Excel.
 */
final class SpreadsheetSafe {

    private SpreadsheetSafe() {
    }

    static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }
}
