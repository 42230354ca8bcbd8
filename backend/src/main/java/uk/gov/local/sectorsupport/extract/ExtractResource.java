package uk.gov.local.sectorsupport.extract;

import java.time.DateTimeException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import uk.gov.local.sectorsupport.common.error.InvalidParameterException;
import uk.gov.local.sectorsupport.common.error.ResourceNotFoundException;
import uk.gov.local.sectorsupport.common.http.QueryParams;
import uk.gov.local.sectorsupport.common.openapi.ApiResponses;
import uk.gov.local.sectorsupport.common.security.CurrentActor;
import uk.gov.local.sectorsupport.common.security.Roles;
import uk.gov.local.sectorsupport.council.Council;
import uk.gov.local.sectorsupport.council.Region;
import uk.gov.local.sectorsupport.programme.Programme;
import uk.gov.local.sectorsupport.programme.Theme;

/**
 * Analysts' extracts: every dataset, complete or changed since a watermark, as NDJSON, CSV or a JSON array, streamed
 * from the database. Analysts and administrators only; people appear only under keys pseudonymised for the caller.
 */
@Path("/v1/extracts")
@Tag(name = "Extracts", description = "Complete, incremental, pseudonymised extracts of every dataset for analysts: "
        + "NDJSON, CSV or JSON, streamed. See docs/analyst-extracts.md")
public class ExtractResource {

    static final String WATERMARK = "Extract-Watermark";
    private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999Z");

    @Inject
    ExtractService extracts;

    @Inject
    ExtractCounts counts;

    @Inject
    CurrentActor actor;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ANALYST, Roles.ADMIN })
    @Operation(summary = "List the datasets",
            description = "Every dataset with its columns (name, type, description), rows and last change.")
    @APIResponse(responseCode = "200", description = "The datasets",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = ExtractInfo.class),
                    examples = @ExampleObject(name = "one dataset", value = ExtractExamples.CATALOGUE)))
    public List<ExtractInfo> list() {
        return counts.catalogue();
    }

    @GET
    @Path("/{dataset}")
    @Produces({ ExtractWriter.NDJSON, ExtractWriter.CSV, MediaType.APPLICATION_JSON })
    @RolesAllowed({ Roles.ANALYST, Roles.ADMIN })
    @Operation(summary = "Pull a dataset",
            description = """
                    Every row matching the filters, streamed in key order: NDJSON by default, CSV or a JSON \
                    array by `format` or `Accept`; gzip with `Accept-Encoding: gzip`. The `Extract-Watermark` \
                    header is the value to send as `updatedSince` next time: that pull then has every row \
                    created or changed since (some may come again) and a tombstone for each one deleted or \
                    withdrawn (`{"id": …, "deleted": true, "deletedAt": …}`; in CSV the `deleted` and \
                    `deletedAt` columns). Tombstones are not filtered. Reference datasets without change \
                    tracking (councils, organisations) always come whole.

                    Attendee and participant keys are replaced by keys stable for your client only; survey \
                    comments have e-mail addresses, phone numbers, postcodes and peers' names redacted; CSV cells \
                    that a spreadsheet would run as formulas are prefixed with an apostrophe. The columns of each \
                    dataset are listed by `GET /api/v1/extracts` and in the `Extract…Row` schemas.""")
    @APIResponse(responseCode = "200", description = "The rows, streamed",
            headers = @Header(name = WATERMARK, description = "Send as `updatedSince` next time",
                    schema = @Schema(type = SchemaType.STRING, format = "date-time")),
            content = {
                    @Content(mediaType = ExtractWriter.NDJSON, schema = @Schema(type = SchemaType.STRING),
                            examples = @ExampleObject(name = "survey responses", value = ExtractExamples.NDJSON)),
                    @Content(mediaType = ExtractWriter.CSV, schema = @Schema(type = SchemaType.STRING),
                            examples = @ExampleObject(name = "survey responses", value = ExtractExamples.CSV)),
                    @Content(mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = Object.class),
                            examples = @ExampleObject(name = "survey responses", value = ExtractExamples.JSON)) })
    @APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    public Response pull(
            @Parameter(description = "The dataset", schema = @Schema(enumeration = { "councils", "organisations",
                    "programmes", "deliverables", "peers", "peer-challenges", "peer-team-roles", "events",
                    "attendances", "cohorts", "enrolments", "support-engagements", "survey-responses", "imports" }))
            @PathParam("dataset") String name,
            @Parameter(description = "ndjson (default), csv or json; overrides Accept",
                    schema = @Schema(enumeration = { "ndjson", "csv", "json" })) @QueryParam("format") String format,
            @Parameter(description = "The `Extract-Watermark` of your last pull: only what changed since",
                    example = "2026-11-30T09:15:02.417Z") @QueryParam("updatedSince") String updatedSince,
            @Parameter(description = "Financial year", example = "2024-25") @QueryParam("financialYear") String year,
            @Parameter(description = "Programme id", example = "springboard") @QueryParam("programme") String programme,
            @Parameter(description = "Programme theme", schema = @Schema(implementation = Theme.class))
            @QueryParam("theme") String theme,
            @Parameter(description = "Region (of the council, or where an event was held)",
                    schema = @Schema(implementation = Region.class)) @QueryParam("region") String region,
            @Parameter(description = "GSS code of a council", example = "E06000047") @QueryParam("council") String council,
            @HeaderParam(HttpHeaders.ACCEPT) String accept,
            @HeaderParam(HttpHeaders.ACCEPT_ENCODING) String acceptEncoding) {
        ExtractDataset dataset = ExtractCatalogue.find(QueryParams.text(name)).orElseThrow(() ->
                new ResourceNotFoundException("There is no dataset " + name + "; GET /api/v1/extracts lists them."));
        Map<String, String> given = new java.util.LinkedHashMap<>();
        given.put("financialYear", QueryParams.text(year));
        given.put("programme", QueryParams.text(programme));
        given.put("theme", QueryParams.text(theme));
        given.put("region", QueryParams.text(region));
        given.put("council", QueryParams.text(council));
        given.forEach((filter, value) -> {
            if (value != null && !dataset.filters(filter)) {
                throw new InvalidParameterException(filter, "does not apply to " + dataset.name());
            }
        });
        // A mistyped id would otherwise pull an empty extract that looks like "no activity".
        if (given.get("programme") != null && Programme.findById(given.get("programme")) == null) {
            throw new InvalidParameterException("programme", "there is no programme with id " + given.get("programme"));
        }
        if (given.get("council") != null && Council.findById(given.get("council").toUpperCase(Locale.ROOT)) == null) {
            throw new InvalidParameterException("council", "there is no council with GSS code " + given.get("council"));
        }
        ExtractService.Filters filters = new ExtractService.Filters(
                QueryParams.financialYear("financialYear", year), given.get("programme"),
                QueryParams.code(Theme.class, "theme", theme) == null ? null : given.get("theme"),
                QueryParams.code(Region.class, "region", region) == null ? null : given.get("region"),
                given.get("council") == null ? null : given.get("council").toUpperCase(Locale.ROOT),
                watermark(updatedSince));
        String mediaType = mediaType(QueryParams.text(format), accept);
        boolean gzip = acceptEncoding != null && acceptEncoding.toLowerCase(Locale.ROOT).contains("gzip");
        ExtractService.Extract extract = extracts.open(dataset, filters, actor.name(), mediaType, gzip);
        Response.ResponseBuilder response = Response.ok(extract.body(),
                mediaType.equals(ExtractWriter.JSON) ? mediaType : mediaType + "; charset=UTF-8")
                .header(WATERMARK, extract.watermark().toString())
                .header(HttpHeaders.VARY, "Accept, Accept-Encoding")
                .header("Content-Disposition", "inline; filename=\"" + dataset.name() + extension(mediaType) + "\"");
        if (gzip) {
            response.header(HttpHeaders.CONTENT_ENCODING, "gzip");
        }
        return response.build();
    }

    @GET
    @Path("/{dataset}/counts")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ANALYST, Roles.ADMIN })
    @Operation(summary = "Count a dataset's rows by some of its columns",
            description = "Rows counted by the columns named in `by` (comma-separated). With `disclosure=public`, "
                    + "counts from 1 to 4 are withheld, and so is the next smallest count in the same row or column of "
                    + "a two-way table, so that none can be worked out from the totals; each withheld cell is flagged.")
    @APIResponse(responseCode = "200", description = "The counts",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExtractCounts.Counts.class),
                    examples = @ExampleObject(name = "by region and year", value = ExtractExamples.COUNTS)))
    @APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    public ExtractCounts.Counts count(
            @Parameter(description = "The dataset", example = "survey-responses") @PathParam("dataset") String name,
            @Parameter(description = "Columns to count by, comma-separated; `financialYear` and `region` are always "
                    + "available where the dataset has a date or a council", example = "region,financialYear")
            @QueryParam("by") String by,
            @Parameter(description = "`public` to withhold small counts (1 to 4) for publication; `internal` (default) "
                    + "shows all", schema = @Schema(enumeration = { "internal", "public" }))
            @QueryParam("disclosure") String disclosure) {
        ExtractDataset dataset = ExtractCatalogue.find(QueryParams.text(name)).orElseThrow(() ->
                new ResourceNotFoundException("There is no dataset " + name + "; GET /api/v1/extracts lists them."));
        String level = QueryParams.text(disclosure);
        if (level != null && !level.equals("public") && !level.equals("internal")) {
            throw new InvalidParameterException("disclosure", "must be public or internal");
        }
        return counts.count(dataset, QueryParams.text(by), "public".equals(level));
    }

    private static Instant watermark(String value) {
        String text = QueryParams.text(value);
        if (text == null) {
            return null;
        }
        Instant since;
        try {
            since = Instant.parse(text);
        } catch (DateTimeException e) {
            // Not only DateTimeParseException: a year past Instant's range fails as it is resolved.
            throw new InvalidParameterException("updatedSince", "must be the Extract-Watermark of an earlier pull, "
                    + "such as 2026-11-30T09:15:02.417Z");
        }
        // The instant goes into the chunks' SQL as text, and Instant writes years past 9999 with a sign (+10000-…) and
        // years before 1 as 0000-… or -0001-…, which PostgreSQL does not read: the pull would fail mid-response.
        if (since.isBefore(EARLIEST) || since.isAfter(LATEST)) {
            throw new InvalidParameterException("updatedSince", "must be a time in the years 0001 to 9999");
        }
        return since;
    }

    private static String mediaType(String format, String accept) {
        if (format != null) {
            return switch (format) {
                case "ndjson" -> ExtractWriter.NDJSON;
                case "csv" -> ExtractWriter.CSV;
                case "json" -> ExtractWriter.JSON;
                default -> throw new InvalidParameterException("format", "must be one of: ndjson, csv, json");
            };
        }
        String wanted = accept == null ? "" : accept.toLowerCase(Locale.ROOT);
        if (wanted.contains(ExtractWriter.CSV)) {
            return ExtractWriter.CSV;
        }
        if (wanted.contains(ExtractWriter.NDJSON) || !wanted.contains(MediaType.APPLICATION_JSON)) {
            return ExtractWriter.NDJSON;
        }
        return ExtractWriter.JSON;
    }

    private static String extension(String mediaType) {
        return switch (mediaType) {
            case ExtractWriter.CSV -> ".csv";
            case ExtractWriter.JSON -> ".json";
            default -> ".ndjson";
        };
    }
}
