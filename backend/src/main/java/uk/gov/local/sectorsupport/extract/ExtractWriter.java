package uk.gov.local.sectorsupport.extract;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;

import uk.gov.local.sectorsupport.common.SpreadsheetSafe;

/** Writes an extract's rows as they come, in one of the three formats; nothing is held back but a buffer. */
abstract class ExtractWriter implements AutoCloseable {

    static final String NDJSON = "application/x-ndjson";
    static final String CSV = "text/csv";
    static final String JSON = "application/json";

    /** A row as COPY gave it: the key, then one field a column. */
    abstract void row(CopyTextRow row) throws IOException;

    /** A record deleted or withdrawn since the watermark. */
    abstract void tombstone(String keyName, Object key, OffsetDateTime deletedAt) throws IOException;

    abstract void flush() throws IOException;

    @Override
    public abstract void close() throws IOException;

    static ExtractWriter of(String mediaType, OutputStream out, ObjectMapper json, RowValues values)
            throws IOException {
        return switch (mediaType) {
            case CSV -> new Csv(out, values);
            case JSON -> new Json(out, json, true, values);
            default -> new Json(out, json, false, values);
        };
    }

    /** NDJSON (one object a line) or a JSON array; absent values are left out, as in the rest of the API. */
    private static final class Json extends ExtractWriter {
        private final JsonGenerator generator;
        private final RowValues values;
        private final boolean array;
        /** The columns' names, quoted and encoded once rather than at every row. */
        private final SerializedString[] names;

        Json(OutputStream out, ObjectMapper json, boolean array, RowValues values) throws IOException {
            this.array = array;
            this.values = values;
            names = values.columns().stream().map(column -> new SerializedString(column.name())).toArray(SerializedString[]::new);
            generator = json.getFactory().createGenerator(out, JsonEncoding.UTF8);
            if (array) {
                generator.writeStartArray();
            } else {
                generator.setRootValueSeparator(new SerializedString("\n"));
            }
        }

        @Override
        void row(CopyTextRow row) throws IOException {
            generator.writeStartObject();
            for (int column = 0; column < names.length; column++) {
                int field = column + 1;
                if (row.isNull(field)) {
                    continue;
                }
                generator.writeFieldName(names[column]);
                switch (values.kind(column)) {
                    case INTEGER -> generator.writeNumber(row.integer(field));
                    case NUMBER -> generator.writeNumber(RowValues.number(row, field));
                    case BOOLEAN -> generator.writeBoolean(row.bool(field));
                    // Dates come from COPY as ISO text, and text needs only JSON's escapes: no String in between.
                    case DATE, TEXT -> generator.writeUTF8String(row.bytes(), row.start(field), row.length(field));
                    case DATE_TIME, PSEUDONYM, REDACTED -> generator.writeString((String) values.value(row, column));
                }
            }
            generator.writeEndObject();
        }

        @Override
        void tombstone(String keyName, Object key, OffsetDateTime deletedAt) throws IOException {
            generator.writeStartObject();
            generator.writeFieldName(keyName);
            write(key);
            generator.writeBooleanField("deleted", true);
            generator.writeStringField("deletedAt", deletedAt.toInstant().toString());
            generator.writeEndObject();
        }

        private void write(Object value) throws IOException {
            switch (value) {
                case Long number -> generator.writeNumber(number);
                default -> generator.writeString(value.toString());
            }
        }

        @Override
        void flush() throws IOException {
            generator.flush();
        }

        @Override
        public void close() throws IOException {
            if (array) {
                generator.writeEndArray();
            } else {
                generator.writeRaw('\n');
            }
            generator.close();
        }
    }

    /**
     * CSV with a header row, RFC 4180 quoting, and a `deleted` and `deletedAt` column for tombstones. Cells a
     * spreadsheet would run as a formula (=, +, -, @, tab, CR first) are prefixed with an apostrophe.
     */
    private static final class Csv extends ExtractWriter {
        private final Writer writer;
        private final CSVPrinter printer;
        private final RowValues values;
        private final int width;

        Csv(OutputStream out, RowValues values) throws IOException {
            this.values = values;
            writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            List<String> header = new ArrayList<>(values.columns().stream().map(ExtractColumn::name).toList());
            header.add("deleted");
            header.add("deletedAt");
            width = header.size();
            printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get());
        }

        @Override
        void row(CopyTextRow row) throws IOException {
            for (int column = 0; column < width - 2; column++) {
                printer.print(cell(values.value(row, column)));
            }
            printer.print("false");
            printer.print(null);
            printer.println();
        }

        @Override
        void tombstone(String keyName, Object key, OffsetDateTime deletedAt) throws IOException {
            printer.print(cell(key));
            for (int i = 1; i < width - 2; i++) {
                printer.print(null);
            }
            printer.print("true");
            printer.print(deletedAt.toInstant().toString());
            printer.println();
        }

        private static Object cell(Object value) {
            if (value instanceof BigDecimal number) {
                return number.toPlainString();
            }
            return value instanceof String text ? SpreadsheetSafe.cell(text) : value;
        }

        @Override
        void flush() throws IOException {
            printer.flush();
        }

        @Override
        public void close() throws IOException {
            printer.close(true);
        }
    }
}
