package uk.gov.local.sectorsupport.importing;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;

import uk.gov.local.sectorsupport.common.error.InvalidFieldsException;
import uk.gov.local.sectorsupport.common.error.Problem.FieldError;
import uk.gov.local.sectorsupport.common.input.StorableText;

/**
 * A push's body, read one row at a time: a JSON array, NDJSON or CSV with a header row of the JSON field names.
 * Rows are numbered as the partner counts them: the element of the array, the line of the NDJSON file, the row of
 * the spreadsheet (the header is row 1). A row that cannot be read is handed on with its problem, so the rest of
 * the push can still be checked; a body that cannot be read at all is a 400.
 */
final class ImportBody {

    static final String NDJSON = "application/x-ndjson";
    static final String CSV = "text/csv";
    static final String JSON = "application/json";

    /** One row as sent: its fields, or why it could not be read. */
    record SentRow(int row, ObjectNode fields, String unreadable) {
    }

    private ImportBody() {
    }

    /** The media type without parameters, lower case; the JSON array when none is given. */
    static String mediaType(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return JSON;
        }
        return contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    }

    static void read(byte[] body, String mediaType, ObjectMapper json, Consumer<SentRow> rows) {
        switch (mediaType) {
            case JSON -> readJsonArray(body, json, rows);
            case NDJSON -> readNdjson(body, json, rows);
            case CSV -> readCsv(body, json, rows);
            default -> throw new IllegalArgumentException("unsupported media type " + mediaType);
        }
    }

    private static void readJsonArray(byte[] body, ObjectMapper json, Consumer<SentRow> rows) {
        // Elements are read one at a time from the array, so what follows one is the rest of the array, not garbage.
        ObjectReader elements = json.reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        try (JsonParser parser = json.getFactory().createParser(utf8(body))) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw unreadableBody("a JSON array of rows, such as [{\"externalId\": \"A1\", …}]");
            }
            int row = 0;
            for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
                if (token == null) {
                    throw unreadableBody("a complete JSON array: it ends before its closing ]");
                }
                row++;
                rows.accept(sent(row, elements.readTree(parser)));
            }
            if (parser.nextToken() != null) {
                throw unreadableBody("one JSON array and nothing after it");
            }
        } catch (JsonProcessingException e) {
            throw unreadableBody("well-formed JSON (" + e.getOriginalMessage() + (e.getLocation() == null ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr()) + ")");
        } catch (IOException e) {
            throw new IllegalStateException("Reading a request body held in memory", e);
        }
    }

    private static void readNdjson(byte[] body, ObjectMapper json, Consumer<SentRow> rows) {
        String text = utf8(body);
        int line = 0;
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            line++;
            String content = text.substring(start, end).strip();
            start = end + 1;
            if (content.isEmpty()) {
                continue;
            }
            try {
                rows.accept(sent(line, json.readTree(content)));
            } catch (JsonProcessingException e) {
                rows.accept(new SentRow(line, null, "is not valid JSON: " + e.getOriginalMessage()));
            }
        }
    }

    private static void readCsv(byte[] body, ObjectMapper json, Consumer<SentRow> rows) {
        // A column named twice would lose one of its cells without a word: refused, like a header cell left blank.
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW).get();
        try (Reader reader = new StringReader(utf8(body)); CSVParser parser = CSVParser.parse(reader, format)) {
            List<String> header = parser.getHeaderNames();
            if (header.isEmpty() || header.stream().anyMatch(name -> name.isBlank() || !StorableText.isStorable(name))) {
                throw unreadableBody("a CSV header row naming every column with the row's JSON field names");
            }
            for (CSVRecord record : parser) {
                // The header is row 1 in a spreadsheet; a quoted line break stays inside its row there too.
                int row = (int) record.getRecordNumber() + 1;
                if (!record.isConsistent()) {
                    rows.accept(new SentRow(row, null, "has " + record.size() + " cells where the header has "
                            + header.size()));
                    continue;
                }
                ObjectNode fields = json.createObjectNode();
                for (String column : header) {
                    String value = record.get(column);
                    // An empty cell is a field left out.
                    if (value != null && !value.isEmpty()) {
                        fields.put(column, value);
                    }
                }
                rows.accept(sent(row, fields));
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            if (e instanceof InvalidFieldsException invalid) {
                throw invalid;
            }
            throw unreadableBody("well-formed CSV (" + e.getMessage() + ")");
        } catch (IllegalArgumentException e) {
            throw unreadableBody("a CSV header row without repeated column names (" + e.getMessage() + ")");
        }
    }

    /** The row as read, or why it cannot be: not an object, or text that cannot be stored. */
    private static SentRow sent(int row, JsonNode node) {
        if (!(node instanceof ObjectNode object)) {
            return new SentRow(row, null, "must be a JSON object of the row's fields");
        }
        String unstorable = unstorable(object, null);
        return unstorable == null ? new SentRow(row, object, null)
                : new SentRow(row, null, "has a field (" + unstorable + ") that " + StorableText.PROBLEM);
    }

    /** The first field, at any depth, whose name or text is not {@link StorableText}; null when there is none. */
    private static String unstorable(JsonNode node, String path) {
        if (node.isTextual()) {
            return StorableText.isStorable(node.textValue()) ? null : path;
        }
        for (JsonNode element : node.isArray() ? node : List.<JsonNode>of()) {
            String found = unstorable(element, path);
            if (found != null) {
                return found;
            }
        }
        for (var field : node.properties()) {
            if (!StorableText.isStorable(field.getKey())) {
                return "a field's name";
            }
            String found = unstorable(field.getValue(), path == null ? field.getKey() : path + "." + field.getKey());
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /**
     * The body as UTF-8 text, without its BOM. Bytes that are not UTF-8 (a spreadsheet saved as Windows-1252, say)
     * are a 400, not replacement characters written in place of the partner's letters.
     */
    private static String utf8(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(withoutBom(body))).toString();
        } catch (CharacterCodingException e) {
            throw unreadableBody("UTF-8 text (it has bytes that are not UTF-8: save the file as UTF-8)");
        }
    }

    private static byte[] withoutBom(byte[] body) {
        if (body.length >= 3 && (body[0] & 0xff) == 0xef && (body[1] & 0xff) == 0xbb && (body[2] & 0xff) == 0xbf) {
            byte[] rest = new byte[body.length - 3];
            System.arraycopy(body, 3, rest, 0, rest.length);
            return rest;
        }
        return body;
    }

    private static InvalidFieldsException unreadableBody(String expected) {
        return new InvalidFieldsException("The body could not be read as rows; nothing was imported.",
                new ArrayList<>(List.of(new FieldError("body", "must be " + expected))));
    }
}
