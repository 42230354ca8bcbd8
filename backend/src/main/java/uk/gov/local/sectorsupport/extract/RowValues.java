package uk.gov.local.sectorsupport.extract;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.List;

import uk.gov.local.sectorsupport.extract.ExtractColumn.Treatment;

/**
 * An extract's columns as values, read from COPY text ({@link CopyTextRow}: the key, then one field a column): typed
 * as each column says, people's keys pseudonymised for the consumer, free text screened.
 */
final class RowValues {

    /** How a column's COPY text becomes its value. */
    enum Kind { INTEGER, NUMBER, BOOLEAN, DATE, DATE_TIME, TEXT, PSEUDONYM, REDACTED }

    /** timestamptz as COPY writes it with the ISO DateStyle the driver sets: `2026-11-30 09:15:02.417+00`. */
    private static final DateTimeFormatter TIMESTAMP = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE).appendLiteral(' ').append(DateTimeFormatter.ISO_LOCAL_TIME)
            .appendOffset("+HH:mm:ss", "+00").toFormatter();

    private final List<ExtractColumn> columns;
    private final Kind[] kinds;
    private final Pseudonyms pseudonyms;
    private final CommentRedactor redactor;

    RowValues(List<ExtractColumn> columns, Pseudonyms pseudonyms, CommentRedactor redactor) {
        this.columns = columns;
        this.pseudonyms = pseudonyms;
        this.redactor = redactor;
        kinds = columns.stream().map(RowValues::kind).toArray(Kind[]::new);
    }

    private static Kind kind(ExtractColumn column) {
        if (column.treatment() == Treatment.PSEUDONYMISE) {
            return Kind.PSEUDONYM;
        }
        if (column.treatment() == Treatment.REDACT) {
            return Kind.REDACTED;
        }
        return switch (column.type()) {
            case "integer" -> Kind.INTEGER;
            case "number" -> Kind.NUMBER;
            case "boolean" -> Kind.BOOLEAN;
            case "date" -> Kind.DATE;
            case "date-time" -> Kind.DATE_TIME;
            default -> Kind.TEXT;
        };
    }

    List<ExtractColumn> columns() {
        return columns;
    }

    Kind kind(int column) {
        return kinds[column];
    }

    /**
     * The column's value: a Long, a BigDecimal without trailing zeros, a Boolean, or a String (a date as ISO text, a
     * time as an instant in UTC); null when null.
     */
    Object value(CopyTextRow row, int column) {
        int field = column + 1;
        if (row.isNull(field)) {
            return null;
        }
        return switch (kinds[column]) {
            case INTEGER -> row.integer(field);
            case NUMBER -> new BigDecimal(row.text(field)).stripTrailingZeros();
            case BOOLEAN -> row.bool(field);
            case DATE, TEXT -> row.text(field);
            case DATE_TIME -> OffsetDateTime.parse(row.text(field), TIMESTAMP).toInstant().toString();
            case PSEUDONYM -> pseudonyms.of(row.text(field));
            case REDACTED -> redactor.redact(row.text(field));
        };
    }

    /** A number field as plain decimal text without trailing zeros (`2.5`, `10`). */
    static String number(CopyTextRow row, int field) {
        return new BigDecimal(row.text(field)).stripTrailingZeros().toPlainString();
    }
}
