package uk.gov.local.sectorsupport.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Reading PostgreSQL's COPY text format into an extract's values (the rows come from COPY, not a result set). */
class CopyTextRowTest {

    private static CopyTextRow row(int fields, String copyLine) {
        return new CopyTextRow(fields).parse(copyLine.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void splitsOnTabsAndUnescapesInPlace() {
        CopyTextRow row = row(4, "42\ta\\tb\\nc\\\\d\\r\tcafé \\\"ok\\\"\t\\N\n");
        assertEquals(42, row.integer(0));
        assertEquals("a\tb\nc\\d\r", row.text(1));
        assertEquals("café \"ok\"", row.text(2));
        assertTrue(row.isNull(3));
        assertNull(row.text(3));
    }

    @Test
    void tellsNullFromTheTextBackslashN() {
        CopyTextRow row = row(3, "\\\\N\t\t\\N");
        assertEquals("\\N", row.text(0));
        assertFalse(row.isNull(1));
        assertEquals("", row.text(1));
        assertTrue(row.isNull(2));
    }

    @Test
    void readsOctalAndHexEscapesAndExtremeIntegers() {
        CopyTextRow row = row(3, "\\101\\x42\\7\t-9223372036854775808\t9223372036854775807");
        assertEquals("AB\u0007", row.text(0));
        assertEquals(Long.MIN_VALUE, row.integer(1));
        assertEquals(Long.MAX_VALUE, row.integer(2));
    }

    @Test
    void refusesARowOfTheWrongWidth() {
        assertThrows(IllegalStateException.class, () -> row(2, "1\t2\t3"));
        assertThrows(IllegalStateException.class, () -> row(3, "1\t2"));
    }

    @Test
    void typesEachColumnAsTheExtractDeclaresIt() {
        RowValues values = new RowValues(List.of(
                ExtractColumn.of("days", "number", "t.days", ""),
                ExtractColumn.of("whole", "number", "t.whole", ""),
                ExtractColumn.of("active", "boolean", "t.active", ""),
                ExtractColumn.of("startedAt", "date-time", "t.started_at", ""),
                ExtractColumn.of("completedAt", "date-time", "t.completed_at", ""),
                ExtractColumn.of("startDate", "date", "t.start_date", ""),
                ExtractColumn.redacted("comment", "t.comment", "")),
                new Pseudonyms("key", "client"), new CommentRedactor(List.of("Jane Smith")));
        CopyTextRow row = row(8, "7\t2.50\t10.00\tf\t2026-11-30 09:15:02.417+00\t2026-06-01 12:00:00+05:30\t2025-06-20\t"
                + "Thanks jane  smith, call 020 7946 0958");
        assertEquals(new BigDecimal("2.5"), values.value(row, 0));
        assertEquals("2.5", RowValues.number(row, 1));
        assertEquals("10", RowValues.number(row, 2));
        assertEquals(Boolean.FALSE, values.value(row, 2));
        assertEquals("2026-11-30T09:15:02.417Z", values.value(row, 3));
        assertEquals("2026-06-01T06:30:00Z", values.value(row, 4));
        assertEquals("2025-06-20", values.value(row, 5));
        assertEquals("Thanks [name], call [phone]", values.value(row, 6));
    }
}
