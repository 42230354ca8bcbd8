package uk.gov.local.sectorsupport.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import uk.gov.local.sectorsupport.common.FinancialYear;
import uk.gov.local.sectorsupport.common.SpreadsheetSafe;
import uk.gov.local.sectorsupport.common.error.InvalidParameterException;
import uk.gov.local.sectorsupport.common.http.QueryParams;
import uk.gov.local.sectorsupport.common.openapi.ApiResponses;
import uk.gov.local.sectorsupport.common.paging.Page;
import uk.gov.local.sectorsupport.common.paging.PageParams;
import uk.gov.local.sectorsupport.common.paging.PagedResponses;
import uk.gov.local.sectorsupport.common.security.Roles;
import uk.gov.local.sectorsupport.council.Region;
import uk.gov.local.sectorsupport.report.FigureEvaluator.Part;

@Path("/v1/reports")
@Tag(name = "Reports", description = "The annual report's figures computed from the records: each with its target, "
        + "the year before, its sentence and the records behind it; frozen snapshots and what moved since.")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.ADMIN, Roles.STAFF, Roles.ANALYST })
public class ReportResource {

    private static final String CSV = "text/csv";
    private static final String YEAR = "Financial year, 1 April to 31 March";
    private static final String COUNCILS = "as-at (default): councils as they were that year; current: today's "
            + "councils, so a reorganised council's support counts for its successors";

    @Inject
    ReportService reports;

    @Inject
    SnapshotService snapshots;

    @Inject
    PeerChallengeReportService peerChallenges;

    @Inject
    Clock clock;

    @GET
    @Path("/annual/{financialYear}")
    @Produces({ MediaType.APPLICATION_JSON, CSV })
    @Operation(summary = "The annual report for a year",
            description = "Every metric's figure, by section, with its target (from the year's deliverables), the year "
                    + "before and its sentence; the deliverables' progress; events and delegates by theme. "
                    + "`format=csv` (or `Accept: text/csv`) gives one row per figure.")
    @APIResponse(responseCode = "200", description = "The report",
            content = { @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AnnualReport.class)),
                    @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING)) })
    @APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
    public Response annual(
            @Parameter(description = YEAR, example = "2024-25") @PathParam("financialYear") String financialYear,
            @Parameter(description = COUNCILS, schema = @Schema(implementation = CouncilCounting.class))
            @QueryParam("councils") String councils,
            @Parameter(description = "Only this region's councils (and events)", schema = @Schema(implementation = Region.class))
            @QueryParam("region") String region,
            @Parameter(description = "json (default) or csv", schema = @Schema(enumeration = { "json", "csv" }))
            @QueryParam("format") String format,
            @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        AnnualReport report = reports.annual(year(financialYear), counting(councils), region(region));
        String chosen = QueryParams.text(format);
        if (chosen != null && !chosen.equals("json") && !chosen.equals("csv")) {
            throw new InvalidParameterException("format", "must be json or csv");
        }
        boolean csv = "csv".equals(chosen) || (chosen == null && accept != null && accept.startsWith(CSV));
        if (!csv) {
            return Response.ok(report, MediaType.APPLICATION_JSON).build();
        }
        return Response.ok(csv(report), CSV + "; charset=utf-8").header("Content-Disposition",
                "attachment; filename=\"annual-report-" + report.financialYear() + ".csv\"").build();
    }

    @GET
    @Path("/annual/{financialYear}/figures/{metricKey}/records")
    @Operation(summary = "The records behind a figure",
            description = "Which councils, records, participants, responses or challenges it counts, a page at a "
                    + "time; `totalItems` equals the figure (or, for a percentage, its numerator; `part=denominator` "
                    + "lists the denominator's). Not for a share of self-reported diversity (aggregate only) or a "
                    + "change on the previous year.")
    @APIResponse(responseCode = "200", description = "A page of records",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FigureRecordPage.class)))
    @APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    public RestResponse<Page<FigureRecord>> records(
            @Parameter(description = YEAR, example = "2024-25") @PathParam("financialYear") String financialYear,
            @Parameter(description = "Metric key", example = "councils-engaged-in-cpc-fpc-gpc")
            @PathParam("metricKey") String metricKey,
            @Parameter(description = COUNCILS, schema = @Schema(implementation = CouncilCounting.class))
            @QueryParam("councils") String councils,
            @Parameter(description = "Only this region", schema = @Schema(implementation = Region.class))
            @QueryParam("region") String region,
            @Parameter(description = "For a percentage: numerator (default) or denominator",
                    schema = @Schema(enumeration = { "numerator", "denominator" })) @QueryParam("part") String part,
            @BeanParam PageParams paging,
            @Context UriInfo uriInfo) {
        String chosen = QueryParams.text(part);
        if (chosen != null && !chosen.equals("numerator") && !chosen.equals("denominator")) {
            throw new InvalidParameterException("part", "must be numerator or denominator");
        }
        return PagedResponses.ok(reports.records(year(financialYear), metricKey, counting(councils), region(region),
                "denominator".equals(chosen) ? Part.DENOMINATOR : Part.NUMERATOR, paging.toRequest()), uriInfo);
    }

    @GET
    @Path("/figures/{metricKey}/trend")
    @Operation(summary = "A figure over the years",
            description = "The metric's value in each financial year from `from` to `to` (oldest first; at most "
                    + ReportService.LONGEST_TREND + " years), with the target a deliverable sets in each: the values "
                    + "each year's annual report gives, computed together.")
    @APIResponse(responseCode = "200", description = "The figure in each year",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FigureSeries.class)))
    @APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    public FigureSeries trend(
            @Parameter(description = "Metric key", example = "councils-engaged-in-cpc-fpc-gpc")
            @PathParam("metricKey") String metricKey,
            @Parameter(description = "The first year; default four years before `to`", example = "2021-22")
            @QueryParam("from") String from,
            @Parameter(description = "The last year; default the current financial year", example = "2025-26")
            @QueryParam("to") String to,
            @Parameter(description = COUNCILS, schema = @Schema(implementation = CouncilCounting.class))
            @QueryParam("councils") String councils,
            @Parameter(description = "Only this region's councils (and events)", schema = @Schema(implementation = Region.class))
            @QueryParam("region") String region) {
        FinancialYear last = QueryParams.text(to) == null ? FinancialYear.of(LocalDate.now(clock))
                : FinancialYear.parse("to", to);
        FinancialYear first = QueryParams.text(from) == null ? new FinancialYear(last.startYear() - 4)
                : FinancialYear.parse("from", from);
        return reports.trend(metricKey, first, last, counting(councils), region(region));
    }

    @GET
    @Path("/annual/{financialYear}/figures/{metricKey}/regions")
    @Operation(summary = "A figure in each region",
            description = "The metric's value for the year in each of England's nine regions: the value the annual "
                    + "report gives with `region` set to each.")
    @APIResponse(responseCode = "200", description = "The figure in each region",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FigureSeries.class)))
    @APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    public FigureSeries regions(
            @Parameter(description = YEAR, example = "2024-25") @PathParam("financialYear") String financialYear,
            @Parameter(description = "Metric key", example = "councils-engaged-in-cpc-fpc-gpc")
            @PathParam("metricKey") String metricKey,
            @Parameter(description = COUNCILS, schema = @Schema(implementation = CouncilCounting.class))
            @QueryParam("councils") String councils) {
        return reports.byRegion(year(financialYear), metricKey, counting(councils));
    }

    @POST
    @Path("/annual/{financialYear}/snapshots")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADMIN, Roles.STAFF })
    @Operation(summary = "Freeze the annual report",
            description = "Stores every figure with its metric version, the time and the records behind it. A "
                    + "snapshot never changes; compare it with today's figures through its diff.")
    @RequestBody(content = @Content(schema = @Schema(implementation = SnapshotCreate.class)))
    @APIResponse(responseCode = "201", description = "Stored; `Location` names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportSnapshotView.class)))
    @APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
    public RestResponse<ReportSnapshotView> snapshot(
            @Parameter(description = YEAR, example = "2024-25") @PathParam("financialYear") String financialYear,
            SnapshotCreate create, @Context UriInfo uriInfo) {
        FinancialYear year = year(financialYear);
        if (create != null && create.note() != null && create.note().length() > 500) {
            throw new InvalidParameterException("note", "must be at most 500 characters");
        }
        ReportSnapshotView snapshot = snapshots.take(year,
                create == null || create.councils() == null ? CouncilCounting.AS_AT : create.councils(),
                create == null ? null : region(create.region()), create == null ? null : create.note());
        URI location = uriInfo.getAbsolutePathBuilder().path(Long.toString(snapshot.id())).build();
        return RestResponse.ResponseBuilder.<ReportSnapshotView>created(location).entity(snapshot).build();
    }

    @GET
    @Path("/annual/{financialYear}/snapshots")
    @Operation(summary = "The year's snapshots", description = "Newest first.")
    @APIResponse(responseCode = "200", description = "The snapshots",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = ReportSnapshotView.class)))
    @APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
    public List<ReportSnapshotView> snapshots(
            @Parameter(description = YEAR, example = "2024-25") @PathParam("financialYear") String financialYear) {
        return snapshots.list(year(financialYear));
    }

    @GET
    @Path("/annual/{financialYear}/snapshots/{id}")
    @Operation(summary = "A snapshot")
    @APIResponse(responseCode = "200", description = "The snapshot",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportSnapshotView.class)))
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    public ReportSnapshotView snapshot(
            @Parameter(description = YEAR, example = "2024-25") @PathParam("financialYear") String financialYear,
            @Parameter(description = "Snapshot id", example = "3") @PathParam("id") long id) {
        return snapshots.get(year(financialYear), id);
    }

    @GET
    @Path("/annual/{financialYear}/snapshots/{id}/diff")
    @Operation(summary = "What moved since a snapshot",
            description = "Recomputes the snapshot's figures now: which moved and by how much, which metrics were "
                    + "edited, and the records added, removed or changed that moved them.")
    @APIResponse(responseCode = "200", description = "The differences",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SnapshotDiff.class)))
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    public SnapshotDiff diff(
            @Parameter(description = YEAR, example = "2024-25") @PathParam("financialYear") String financialYear,
            @Parameter(description = "Snapshot id", example = "3") @PathParam("id") long id) {
        return snapshots.diff(year(financialYear), id);
    }

    @GET
    @Path("/peer-challenges/{financialYear}")
    @Operation(summary = "The peer challenge annual report",
            description = "Counts by type, councils engaged, progress reviews, first-time CPCs, publication within "
                    + "five months, satisfaction and impact, peer days and the saving, peer diversity in aggregate, "
                    + "and five-year coverage by region and council type.")
    @APIResponse(responseCode = "200", description = "The report",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PeerChallengeReport.class)))
    @APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
    public PeerChallengeReport peerChallenges(
            @Parameter(description = YEAR, example = "2024-25") @PathParam("financialYear") String financialYear,
            @Parameter(description = COUNCILS, schema = @Schema(implementation = CouncilCounting.class))
            @QueryParam("councils") String councils) {
        return peerChallenges.report(year(financialYear), counting(councils));
    }

    private static FinancialYear year(String value) {
        return FinancialYear.parse("financialYear", value);
    }

    private static CouncilCounting counting(String value) {
        CouncilCounting counting = QueryParams.code(CouncilCounting.class, "councils", value);
        return counting == null ? CouncilCounting.AS_AT : counting;
    }

    private static Region region(String value) {
        return QueryParams.code(Region.class, "region", value);
    }

    private static String csv(AnnualReport report) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader("financialYear", "councils",
                "section", "metricKey", "label", "value", "unit", "numerator", "denominator", "estimatedSaving", "target",
                "met", "previousValue", "sentence").get())) {
            for (ReportSection section : report.sections()) {
                for (ReportFigure f : section.figures()) {
                    printer.printRecord(report.financialYear(), report.councils().code(), SpreadsheetSafe.cell(section.title()),
                            f.metricKey(), SpreadsheetSafe.cell(f.label()), f.value(), f.unit().code(), f.numerator(),
                            f.denominator(), f.estimatedSaving(), f.target(), f.met(), f.previousValue(),
                            SpreadsheetSafe.cell(f.sentence()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    @Schema(name = "FigureRecordPage", description = "A page of the records behind a figure")
    static final class FigureRecordPage extends Page<FigureRecord> {
        private FigureRecordPage() {
            super(null, 0, 0, 0, 0);
        }
    }
}
