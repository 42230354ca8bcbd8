package uk.gov.local.sectorsupport.importing;

import java.net.URI;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import uk.gov.local.sectorsupport.common.CodedEnum;
import uk.gov.local.sectorsupport.common.error.InvalidParameterException;
import uk.gov.local.sectorsupport.common.error.Problem;
import uk.gov.local.sectorsupport.common.http.QueryParams;
import uk.gov.local.sectorsupport.common.openapi.ApiResponses;
import uk.gov.local.sectorsupport.common.paging.Page;
import uk.gov.local.sectorsupport.common.paging.PageParams;
import uk.gov.local.sectorsupport.common.paging.PagedResponses;
import uk.gov.local.sectorsupport.common.security.CurrentActor;
import uk.gov.local.sectorsupport.common.security.RecordScope;
import uk.gov.local.sectorsupport.common.security.Roles;

/**
 * Partner pushes. A partner pushes its own organisation's records and reads only its own imports (another's is a
 * 404); LGA staff and administrators push on behalf of an organisation and read every import; analysts read them.
 */
@Path("/v1/imports")
@Tag(name = "Imports", description = "Partners push their programme data in bulk: JSON, NDJSON or CSV, safely "
        + "re-sendable, with a per-row account of what was created, updated, unchanged or rejected and why. See "
        + "docs/partner-integration.md")
@Produces(MediaType.APPLICATION_JSON)
public class ImportResource {

    static final String NDJSON = "application/x-ndjson";
    static final String CSV = "text/csv";

    @Inject
    ImportService imports;

    @Inject
    RecordScope scope;

    @Inject
    CurrentActor actor;

    @POST
    @Path("/{dataset}")
    @Consumes({ MediaType.APPLICATION_JSON, NDJSON, CSV })
    @RolesAllowed({ Roles.PARTNER, Roles.STAFF, Roles.ADMIN })
    @Operation(summary = "Push a dataset",
            description = """
                    Creates or updates the organisation's records from the rows of the body, matched by the \
                    organisation's own `externalId` (required on every row). A row sent again unchanged is \
                    `unchanged`. Rows name their parents by the organisation's external ids: an attendance its \
                    `eventExternalId`, an enrolment its `cohortExternalId`, a survey response its `subjectType` \
                    (`event`, `cohort` or `support-engagement`) and `subjectExternalId`; the parent must have been \
                    pushed before. Every other field is the one the web app's form sets (see the `EventCreate`, \
                    `AttendanceCreate`, `CohortCreate`, `EnrolmentCreate`, `SupportEngagementCreate` and \
                    `SurveyResponseCreate` schemas); `organisation` is implied. Attendee and participant keys \
                    must be the HMAC-SHA-256 pseudonym of the person's e-mail address (64 hex characters). A \
                    partner may push only into the programmes its organisation delivers.

                    The body is a JSON array, NDJSON (one object per line) or CSV with a header row of the field \
                    names (UTF-8, a BOM and CRLF are fine; an empty cell is a field left out). Rows are numbered \
                    as the partner counts them: the array element, the NDJSON line, the spreadsheet row (the \
                    header is row 1).

                    **Limits:** at most 100,000 rows and 50 MiB per push (413), and 60 pushes a minute per client \
                    (429 with `Retry-After`). Over 5,000 rows the push is accepted at once with 202 and \
                    `Location`; poll it until its status is no longer `running`.""")
    @RequestBody(required = true, content = {
            @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = Object.class),
                    examples = @ExampleObject(name = "attendances", value = ImportExamples.ATTENDANCES_JSON)),
            @Content(mediaType = NDJSON, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "events", value = ImportExamples.EVENTS_NDJSON)),
            @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "enrolments", value = ImportExamples.ENROLMENTS_CSV)) })
    @APIResponse(responseCode = "200", description = "Done: completed, or rejected (all-or-nothing with a bad row: "
            + "nothing written). Also the answer to a replay of an earlier push's Idempotency-Key and body",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ImportSummary.class),
                    examples = @ExampleObject(name = "partial, one row rejected", value = ImportExamples.SUMMARY)))
    @APIResponse(responseCode = "202", description = "Accepted as a job (over 5,000 rows); `Location` names it",
            headers = @Header(name = HttpHeaders.LOCATION, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ImportSummary.class),
                    examples = @ExampleObject(name = "running", value = ImportExamples.RUNNING)))
    @APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "413", description = "Too many rows or bytes; nothing was imported",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "Not JSON, NDJSON or CSV; nothing was imported",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used for a different body",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "Over the per-client push rate; wait `Retry-After` seconds",
            headers = @Header(name = HttpHeaders.RETRY_AFTER, schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<ImportSummary> push(
            @Parameter(description = "Which records the rows are", schema = @Schema(implementation = ImportDataset.class))
            @PathParam("dataset") String dataset,
            @Parameter(description = "Only check the rows and say what would happen; nothing is written",
                    schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
            @QueryParam("dryRun") String dryRun,
            @Parameter(description = "`all-or-nothing` (default: one bad row and nothing is written) or `partial` "
                    + "(the good rows are written)", schema = @Schema(implementation = ImportMode.class))
            @QueryParam("mode") String mode,
            @Parameter(description = "`complete`: the push is the organisation's complete set for `programme` and "
                    + "`financialYear`; its records there that the push leaves out are withdrawn. Without it nothing "
                    + "is ever withdrawn", schema = @Schema(enumeration = "complete"))
            @QueryParam("scope") String scopeParameter,
            @Parameter(description = "Programme id of a complete-set push", example = "springboard")
            @QueryParam("programme") String programme,
            @Parameter(description = "Financial year of a complete-set push", example = "2025-26")
            @QueryParam("financialYear") String financialYear,
            @Parameter(description = "LGA staff and administrators: the organisation pushed for (partners: their "
                    + "own, implied)", example = "solace") @QueryParam("organisation") String organisation,
            @Parameter(description = "Makes the push safe to re-send: the same key and body again returns the first "
                    + "answer and writes nothing; the same key with another body is a 422. Kept per client for at "
                    + "least 24 hours (in fact as long as the import)", example = "solace-2025-07-04-attendances")
            @HeaderParam("Idempotency-Key") String idempotencyKey,
            @Parameter(description = "Your own count of the rows sent; the summary says whether it reconciles",
                    example = "3") @HeaderParam("X-Control-Count") String controlCount,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            byte[] body,
            @Context UriInfo uriInfo) {
        ImportDataset kind = Optional.ofNullable(QueryParams.text(dataset)).flatMap(ImportResource::dataset)
                .orElseThrow(() -> new uk.gov.local.sectorsupport.common.error.ResourceNotFoundException(
                        "There is no dataset " + dataset + " to push; the datasets are: "
                                + CodedEnum.allowedCodes(ImportDataset.class) + "."));
        ImportService.Options options = new ImportService.Options(
                Boolean.TRUE.equals(QueryParams.bool("dryRun", dryRun)),
                Optional.ofNullable(QueryParams.code(ImportMode.class, "mode", mode)).orElse(ImportMode.ALL_OR_NOTHING),
                QueryParams.text(scopeParameter), QueryParams.text(programme), QueryParams.text(financialYear),
                idempotencyKey, controlCount);
        ImportService.Submission submission = imports.submit(kind, caller(QueryParams.text(organisation)),
                body == null ? new byte[0] : body, contentType, options);
        if (submission.accepted()) {
            URI location = uriInfo.getBaseUriBuilder().path("v1/imports").path(Long.toString(submission.summary().id()))
                    .build();
            return RestResponse.ResponseBuilder.<ImportSummary>accepted().location(location)
                    .entity(submission.summary()).build();
        }
        return RestResponse.ok(submission.summary());
    }

    @GET
    @RolesAllowed({ Roles.PARTNER, Roles.STAFF, Roles.ADMIN, Roles.ANALYST })
    @Operation(summary = "List imports",
            description = "Newest first, without their errors (see each import). A partner sees only its own.")
    @APIResponse(responseCode = "200", description = "A page of imports",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportPage.class),
                    examples = @ExampleObject(name = "one import", value = ImportExamples.PAGE)))
    @APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
    public RestResponse<Page<ImportSummary>> list(
            @Parameter(description = "Dataset pushed", schema = @Schema(implementation = ImportDataset.class))
            @QueryParam("dataset") String dataset,
            @Parameter(description = "Status", schema = @Schema(implementation = ImportStatus.class))
            @QueryParam("status") String status,
            @Parameter(description = "Id of the organisation pushed for", example = "solace")
            @QueryParam("organisation") String organisation,
            @BeanParam PageParams paging,
            @Context UriInfo uriInfo) {
        return PagedResponses.ok(imports.search(scope.restrictedToOrganisation(),
                QueryParams.code(ImportDataset.class, "dataset", dataset),
                QueryParams.code(ImportStatus.class, "status", status), QueryParams.text(organisation),
                paging.toRequest()), uriInfo);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.PARTNER, Roles.STAFF, Roles.ADMIN, Roles.ANALYST })
    @Operation(summary = "Get an import",
            description = "Its status, progress while running, counts, the first " + ImportService.ERRORS_SHOWN
                    + " problems with rejected rows, the records withdrawn and the receipt. Another partner's import "
                    + "is a 404.")
    @APIResponse(responseCode = "200", description = "The import",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ImportSummary.class),
                    examples = @ExampleObject(name = "partial, one row rejected", value = ImportExamples.SUMMARY)))
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    public ImportSummary get(@Parameter(description = "Import id", example = "4127") @PathParam("id") long id) {
        return imports.find(scope.restrictedToOrganisation(), id);
    }

    @GET
    @Path("/{id}/errors.csv")
    @Produces(CSV)
    @RolesAllowed({ Roles.PARTNER, Roles.STAFF, Roles.ADMIN, Roles.ANALYST })
    @Operation(summary = "An import's rejected rows as CSV",
            description = "Every problem with a rejected row: `row`, `externalId`, `field`, `message`; cells that a "
                    + "spreadsheet would run as a formula are prefixed with an apostrophe.")
    @APIResponse(responseCode = "200", description = "The problems, one line each",
            content = @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "one problem", value = ImportExamples.ERRORS_CSV)))
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    public RestResponse<String> errorsCsv(@Parameter(description = "Import id", example = "4127") @PathParam("id") long id) {
        return RestResponse.ResponseBuilder.ok(imports.errorsCsv(scope.restrictedToOrganisation(), id), CSV + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"import-" + id + "-errors.csv\"").build();
    }

    @POST
    @Path("/receipts/verify")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.PARTNER, Roles.STAFF, Roles.ADMIN })
    @Operation(summary = "Confirm a receipt",
            description = "Confirms that the service issued this receipt, unaltered, for one of the caller's imports; "
                    + "a 422 otherwise.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = Receipt.class)))
    @APIResponse(responseCode = "200", description = "Confirmed: the receipt as issued",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Receipt.class)))
    @APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
    @APIResponse(responseCode = "422", description = "Not confirmed: altered, or not one of the caller's",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Receipt verify(Receipt receipt) {
        return imports.verify(scope.restrictedToOrganisation(), receipt);
    }

    /** A partner pushes for its own organisation; LGA staff and administrators name the organisation. */
    private ImportService.Caller caller(String organisation) {
        Optional<String> own = scope.restrictedToOrganisation();
        if (own.isPresent()) {
            if (organisation != null && !organisation.equals(own.get())) {
                throw new InvalidParameterException("organisation", "must be left out or be " + own.get()
                        + ": a partner pushes only its own organisation's records");
            }
            return new ImportService.Caller(actor.name(), own.get(), true);
        }
        if (organisation == null) {
            throw new InvalidParameterException("organisation", "is required: the id of the organisation whose "
                    + "records these are (such as solace)");
        }
        return new ImportService.Caller(actor.name(), organisation, false);
    }

    private static Optional<ImportDataset> dataset(String code) {
        for (ImportDataset dataset : ImportDataset.values()) {
            if (dataset.code().equals(code)) {
                return Optional.of(dataset);
            }
        }
        return Optional.empty();
    }

    /** Names the page's schema in the OpenAPI document. */
    static final class ImportPage extends Page<ImportSummary> {
        private ImportPage() {
            super(null, 0, 0, 0, 0);
        }
    }
}
