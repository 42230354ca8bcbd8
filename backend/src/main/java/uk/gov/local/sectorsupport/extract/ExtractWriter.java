package uk.gov.local.sectorsupport.extract;

import java.io.ByteArrayOutputStream;
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

    static ExtractWriter of(String mediaType, OutputStream out, RowValues values) throws IOException {
        return switch (mediaType) {
            case CSV -> new Csv(out, values);
            case JSON -> new Json(out, true, values);
            default -> new Json(out, false, values);
        };
    }

    /**
     * NDJSON (one object a line) or a JSON array; absent values are left out, as in the rest of the API. Written as
     * bytes straight from COPY's text: the bytes Jackson's generator would write (ExtractWriterTest), at a fraction
     * of its cost a field, which was most of the extract's.
     */
    private static final class Json extends ExtractWriter {
        private static final byte[] TRUE = ascii("true");
        private static final byte[] FALSE = ascii("false");
        private static final byte[] DELETED = ascii(",\"deleted\":true,\"deletedAt\":");
        private static final byte[] HEX = ascii("0123456789ABCDEF");
        /** How JSON escapes each ASCII byte: the letter of its short escape, 'u' for a Unicode escape, 0 for not. */
        private static final byte[] ESCAPES = new byte[128];

        static {
            for (int b = 0; b < 0x20; b++) {
                ESCAPES[b] = 'u';
            }
            ESCAPES['\b'] = 'b';
            ESCAPES['\t'] = 't';
            ESCAPES['\n'] = 'n';
            ESCAPES['\f'] = 'f';
            ESCAPES['\r'] = 'r';
            ESCAPES['"'] = '"';
            ESCAPES['\\'] = '\\';
        }

        private final OutputStream out;
        private final RowValues values;
        private final boolean array;
        /** Each column's name as it starts its member: `"name":` (names are identifiers: nothing to escape). */
        private final byte[][] names;
        private final byte[] buffer = new byte[1 << 15];
        private int length;
        private boolean first = true;

        Json(OutputStream out, boolean array, RowValues values) throws IOException {
            this.out = out;
            this.array = array;
            this.values = values;
            names = values.columns().stream().map(column -> member(column.name())).toArray(byte[][]::new);
            if (array) {
                put('[');
            }
        }

        @Override
        void row(CopyTextRow row) throws IOException {
            startObject();
            boolean firstMember = true;
            for (int column = 0; column < names.length; column++) {
                int field = column + 1;
                if (row.isNull(field)) {
                    continue;
                }
                if (!firstMember) {
                    put(',');
                }
                firstMember = false;
                put(names[column], 0, names[column].length);
                switch (values.kind(column)) {
                    // PostgreSQL writes integers as JSON does: digits, a '-' when negative.
                    case INTEGER -> put(row.bytes(), row.start(field), row.length(field));
                    case NUMBER -> put(ascii(RowValues.number(row, field)));
                    case BOOLEAN -> put(row.bool(field) ? TRUE : FALSE);
                    // Dates come from COPY as ISO text, and text needs only JSON's escapes: no String in between.
                    case DATE, TEXT -> string(row.bytes(), row.start(field), row.length(field));
                    case DATE_TIME, PSEUDONYM, REDACTED -> string((String) values.value(row, column));
                }
            }
            put('}');
        }

        @Override
        void tombstone(String keyName, Object key, OffsetDateTime deletedAt) throws IOException {
            startObject();
            put(member(keyName));
            if (key instanceof Long number) {
                put(ascii(number.toString()));
            } else {
                string(key.toString());
            }
            put(DELETED);
            string(deletedAt.toInstant().toString());
            put('}');
        }

        /** Between values: a newline in NDJSON, a comma in an array. */
        private void startObject() throws IOException {
            if (!first) {
                put(array ? ',' : '\n');
            }
            first = false;
            put('{');
        }

        /**
         * A string as Jackson writes one: as {@link #string(byte[], int, int)}, but with each surrogate (so each half
         * of a character beyond the BMP) as a Unicode escape, not as four bytes of UTF-8.
         */
        private void string(String text) throws IOException {
            put('"');
            int plain = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isSurrogate(c)) {
                    escaped(text.substring(plain, i));
                    room(6);
                    buffer[length++] = '\\';
                    buffer[length++] = 'u';
                    for (int shift = 12; shift >= 0; shift -= 4) {
                        buffer[length++] = HEX[(c >> shift) & 0xf];
                    }
                    plain = i + 1;
                }
            }
            escaped(plain == 0 ? text : text.substring(plain));
            put('"');
        }

        private void escaped(String text) throws IOException {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            escaped(bytes, 0, bytes.length);
        }

        /** UTF-8 text as a JSON string: quoted, and only '"', '\\' and control characters escaped, as Jackson does. */
        private void string(byte[] bytes, int start, int count) throws IOException {
            put('"');
            escaped(bytes, start, count);
            put('"');
        }

        private void escaped(byte[] bytes, int start, int count) throws IOException {
            int end = start + count;
            int plain = start;
            for (int i = start; i < end; i++) {
                byte b = bytes[i];
                if (b < 0 || ESCAPES[b] == 0) {
                    continue;
                }
                put(bytes, plain, i - plain);
                room(6);
                buffer[length++] = '\\';
                buffer[length++] = ESCAPES[b];
                if (ESCAPES[b] == 'u') {
                    buffer[length++] = '0';
                    buffer[length++] = '0';
                    buffer[length++] = HEX[b >> 4];
                    buffer[length++] = HEX[b & 0xf];
                }
                plain = i + 1;
            }
            put(bytes, plain, end - plain);
        }

        private void put(char ascii) throws IOException {
            room(1);
            buffer[length++] = (byte) ascii;
        }

        private void put(byte[] bytes) throws IOException {
            put(bytes, 0, bytes.length);
        }

        private void put(byte[] bytes, int start, int count) throws IOException {
            if (count > buffer.length - length) {
                drain();
                if (count > buffer.length) {
                    out.write(bytes, start, count);
                    return;
                }
            }
            System.arraycopy(bytes, start, buffer, length, count);
            length += count;
        }

        private void room(int count) throws IOException {
            if (count > buffer.length - length) {
                drain();
            }
        }

        private void drain() throws IOException {
            out.write(buffer, 0, length);
            length = 0;
        }

        private static byte[] member(String name) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            bytes.write('"');
            bytes.writeBytes(name.getBytes(StandardCharsets.UTF_8));
            bytes.writeBytes(ascii("\":"));
            return bytes.toByteArray();
        }

        private static byte[] ascii(String text) {
            return text.getBytes(StandardCharsets.US_ASCII);
        }

        @Override
        void flush() throws IOException {
            drain();
            out.flush();
        }

        @Override
        public void close() throws IOException {
            put(array ? ']' : '\n');
            drain();
            out.close();
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
