package uk.gov.local.sectorsupport.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;

/** NDJSON and JSON are written as bytes straight from COPY's text: the same bytes as Jackson's generator writes. */
class ExtractWriterTest {

    private static final List<ExtractColumn> COLUMNS = List.of(
            ExtractColumn.of("id", "integer", "t.id", ""),
            ExtractColumn.of("days", "number", "t.days", ""),
            ExtractColumn.of("active", "boolean", "t.active", ""),
            ExtractColumn.of("startedAt", "date-time", "t.started_at", ""),
            ExtractColumn.of("startDate", "date", "t.start_date", ""),
            ExtractColumn.of("title", "string", "t.title", ""),
            ExtractColumn.pseudonym("attendeeKey", "t.attendee_key", ""),
            ExtractColumn.redacted("comment", "t.comment", ""));

    /** Every ASCII control character, quotes, backslashes, two- to four-byte UTF-8 and COPY's own escapes. */
    private static final List<String> LINES = List.of(
            "1\t-42\t2.50\tt\t2026-11-30 09:15:02.417+00\t2025-06-20\tplain\tkey-1\tThanks Jo Lee, mail a@b.org",
            "2\t9223372036854775807\t\\N\tf\t\\N\t\\N\t\\\\N \"quoted\" back\\\\slash / é ✓ 😀\t\\N\tcafé \"ok\" \\t\\n 😀 ✓",
            "3\t\\N\t10.00\t\\N\t\\N\t\\N\t\\N\t\\N\t\\N",
            "4\t0\t0.001\tt\t2026-06-01 12:00:00+05:30\t2024-02-29\t" + controls() + "\tk\t" + controls(),
            "5\t7\t1\tf\t\\N\t\\N\t" + "long ".repeat(8_000) + "\\x7f\\001\t\\N\t\\N");

    private static String controls() {
        StringBuilder text = new StringBuilder();
        for (int c = 1; c < 0x20; c++) {
            text.append("\\").append(Integer.toOctalString(c)).append(' ');
        }
        return text.toString();
    }

    private static RowValues values() {
        return new RowValues(COLUMNS, new Pseudonyms("service-key", "client"), new CommentRedactor(List.of("Jo Lee")));
    }

    private static CopyTextRow row(String line) {
        return new CopyTextRow(COLUMNS.size() + 1).parse((line + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static String ours(String mediaType, boolean tombstones) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ExtractWriter writer = ExtractWriter.of(mediaType, out, values())) {
            for (String line : LINES) {
                writer.row(row(line));
            }
            writer.flush();
            if (tombstones) {
                writer.tombstone("id", 17L, OffsetDateTime.parse("2026-12-01T10:00:00.5+01:00"));
                writer.tombstone("gssCode", "E06\"000047", OffsetDateTime.parse("2026-12-02T00:00:00Z"));
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** What the writer wrote with Jackson before it wrote bytes itself (so text from COPY as UTF-8, the rest as strings). */
    private static String jackson(boolean array, boolean tombstones) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RowValues values = values();
        try (JsonGenerator generator = new ObjectMapper().getFactory().createGenerator(out)) {
            if (array) {
                generator.writeStartArray();
            } else {
                generator.setRootValueSeparator(new SerializedString("\n"));
            }
            for (String line : LINES) {
                CopyTextRow row = row(line);
                generator.writeStartObject();
                for (int column = 0; column < COLUMNS.size(); column++) {
                    int field = column + 1;
                    if (row.isNull(field)) {
                        continue;
                    }
                    generator.writeFieldName(COLUMNS.get(column).name());
                    switch (values.kind(column)) {
                        case INTEGER -> generator.writeNumber(row.integer(field));
                        case NUMBER -> generator.writeNumber(RowValues.number(row, field));
                        case BOOLEAN -> generator.writeBoolean(row.bool(field));
                        case DATE, TEXT -> generator.writeUTF8String(row.bytes(), row.start(field), row.length(field));
                        case DATE_TIME, PSEUDONYM, REDACTED -> generator.writeString((String) values.value(row, column));
                    }
                }
                generator.writeEndObject();
            }
            if (tombstones) {
                generator.writeStartObject();
                generator.writeNumberField("id", 17L);
                generator.writeBooleanField("deleted", true);
                generator.writeStringField("deletedAt", "2026-12-01T09:00:00.500Z");
                generator.writeEndObject();
                generator.writeStartObject();
                generator.writeStringField("gssCode", "E06\"000047");
                generator.writeBooleanField("deleted", true);
                generator.writeStringField("deletedAt", "2026-12-02T00:00:00Z");
                generator.writeEndObject();
            }
            if (array) {
                generator.writeEndArray();
            } else {
                generator.writeRaw('\n');
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Equal, or where they first differ (the long line would drown a plain assertEquals). */
    private static void assertSame(String expected, String actual) {
        int at = 0;
        while (at < Math.min(expected.length(), actual.length()) && expected.charAt(at) == actual.charAt(at)) {
            at++;
        }
        if (at < expected.length() || at < actual.length()) {
            assertEquals(expected.substring(Math.max(at - 40, 0), Math.min(at + 40, expected.length())),
                    actual.substring(Math.max(at - 40, 0), Math.min(at + 40, actual.length())), "at " + at);
        }
    }

    @Test
    void ndjsonIsWhatJacksonWrites() throws IOException {
        assertSame(jackson(false, false), ours(ExtractWriter.NDJSON, false));
        assertSame(jackson(false, true), ours(ExtractWriter.NDJSON, true));
    }

    @Test
    void aJsonArrayIsWhatJacksonWrites() throws IOException {
        assertSame(jackson(true, false), ours(ExtractWriter.JSON, false));
        assertSame(jackson(true, true), ours(ExtractWriter.JSON, true));
    }

    @Test
    void anEmptyExtractIsAnEmptyLineOrAnEmptyArray() throws IOException {
        List<String> empty = new ArrayList<>();
        for (String mediaType : List.of(ExtractWriter.NDJSON, ExtractWriter.JSON)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ExtractWriter.of(mediaType, out, values()).close();
            empty.add(out.toString(StandardCharsets.UTF_8));
        }
        assertEquals(List.of("\n", "[]"), empty);
    }
}
