package uk.gov.local.sectorsupport.extract;

import java.nio.charset.StandardCharsets;

/**
 * One line of PostgreSQL's COPY text format (fields separated by tabs, `\N` for null, backslash escapes), split
 * into its fields in place: each field's bytes are unescaped where they lie and read as ranges of the line, so a
 * row costs no objects but the ones a writer asks for.
 */
final class CopyTextRow {

    private byte[] line;
    private final int[] starts;
    private final int[] ends;

    CopyTextRow(int fields) {
        starts = new int[fields];
        ends = new int[fields];
    }

    /** Reads {@code copyLine} (one row as COPY sent it, its newline included); it is overwritten as it is split. */
    CopyTextRow parse(byte[] copyLine) {
        line = copyLine;
        int length = copyLine.length;
        if (length > 0 && copyLine[length - 1] == '\n') {
            length--;
        }
        int field = 0;
        int read = 0;
        int write = 0;
        starts[0] = 0;
        while (read < length) {
            byte b = copyLine[read++];
            if (b == '\t') {
                end(field++, write);
                if (field == starts.length) {
                    throw new IllegalStateException("A COPY row of more than " + starts.length + " fields");
                }
                starts[field] = write;
                continue;
            }
            if (b == '\\' && read < length) {
                b = copyLine[read++];
                switch (b) {
                    case 'N' -> {
                        if (write == starts[field] && (read == length || copyLine[read] == '\t')) {
                            starts[field] = -1;
                            continue;
                        }
                    }
                    case 'b' -> b = '\b';
                    case 'f' -> b = '\f';
                    case 'n' -> b = '\n';
                    case 'r' -> b = '\r';
                    case 't' -> b = '\t';
                    case 'v' -> b = 0x0b;
                    case 'x' -> {
                        int value = 0;
                        for (int digits = 0; digits < 2 && read < length && hex(copyLine[read]) >= 0; digits++) {
                            value = value * 16 + hex(copyLine[read++]);
                        }
                        b = (byte) value;
                    }
                    default -> {
                        if (b >= '0' && b <= '7') {
                            int value = b - '0';
                            for (int digits = 1; digits < 3 && read < length && copyLine[read] >= '0'
                                    && copyLine[read] <= '7'; digits++) {
                                value = value * 8 + copyLine[read++] - '0';
                            }
                            b = (byte) value;
                        }
                    }
                }
            }
            copyLine[write++] = b;
        }
        end(field, write);
        if (field != starts.length - 1) {
            throw new IllegalStateException("A COPY row of " + (field + 1) + " fields, expected " + starts.length);
        }
        return this;
    }

    private void end(int field, int at) {
        ends[field] = starts[field] < 0 ? -1 : at;
    }

    private static int hex(byte b) {
        return Character.digit(b, 16);
    }

    boolean isNull(int field) {
        return starts[field] < 0;
    }

    byte[] bytes() {
        return line;
    }

    int start(int field) {
        return starts[field];
    }

    int length(int field) {
        return ends[field] - starts[field];
    }

    String text(int field) {
        return isNull(field) ? null : new String(line, starts[field], length(field), StandardCharsets.UTF_8);
    }

    /** An integer field (smallint, integer or bigint), without a String in between. */
    long integer(int field) {
        int at = starts[field];
        int end = ends[field];
        boolean negative = line[at] == '-';
        if (negative) {
            at++;
        }
        long value = 0;
        while (at < end) {
            value = value * 10 - (line[at++] - '0');
        }
        return negative ? value : -value;
    }

    boolean bool(int field) {
        return line[starts[field]] == 't';
    }
}
