package uk.gov.local.sectorsupport.extract;

import java.io.BufferedOutputStream;
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

    abstract void row(List<ExtractColumn> columns, Object[] values) throws IOException;

    /** A record deleted or withdrawn since the watermark. */
    abstract void tombstone(String keyName, Object key, OffsetDateTime deletedAt) throws IOException;

    abstract void flush() throws IOException;

    @Override
    public abstract void close() throws IOException;

    static ExtractWriter of(String mediaType, OutputStream out, ObjectMapper json, List<ExtractColumn> columns)
            throws IOException {
        return switch (mediaType) {
            case CSV -> new Csv(out, columns);
            case JSON -> new Json(out, json, true, columns);
            default -> new Json(out, json, false, columns);
        };
    }

    /** NDJSON (one object a line) or a JSON array; absent values are left out, as in the rest of the API. */
    private static final class Json extends ExtractWriter {
        private final JsonGenerator generator;
        private final boolean array;
        /** The columns' names, quoted and encoded once rather than at every row. */
        private final SerializedString[] names;

        Json(OutputStream out, ObjectMapper json, boolean array, List<ExtractColumn> columns) throws IOException {
            this.array = array;
            names = columns.stream().map(column -> new SerializedString(column.name())).toArray(SerializedString[]::new);
            // Larger writes than the generator's own 8 kB: each write to the response is a hand-over to the event loop.
            generator = json.getFactory().createGenerator(new BufferedOutputStream(out, 1 << 16), JsonEncoding.UTF8);
            if (array) {
                generator.writeStartArray();
            } else {
                generator.setRootValueSeparator(new SerializedString("\n"));
            }
        }

        @Override
        void row(List<ExtractColumn> columns, Object[] values) throws IOException {
            generator.writeStartObject();
            for (int i = 0; i < values.length; i++) {
                if (values[i] != null) {
                    generator.writeFieldName(names[i]);
                    write(values[i]);
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
                case Integer number -> generator.writeNumber(number);
                case Short number -> generator.writeNumber(number);
                case BigDecimal number -> generator.writeNumber(number.stripTrailingZeros().toPlainString());
                case Boolean bool -> generator.writeBoolean(bool);
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
        private final int width;

        Csv(OutputStream out, List<ExtractColumn> columns) throws IOException {
            writer = new OutputStreamWriter(new BufferedOutputStream(out, 1 << 16), StandardCharsets.UTF_8);
            List<String> header = new ArrayList<>(columns.stream().map(ExtractColumn::name).toList());
            header.add("deleted");
            header.add("deletedAt");
            width = header.size();
            printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get());
        }

        @Override
        void row(List<ExtractColumn> columns, Object[] values) throws IOException {
            for (Object value : values) {
                printer.print(cell(value));
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
                return number.stripTrailingZeros().toPlainString();
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
