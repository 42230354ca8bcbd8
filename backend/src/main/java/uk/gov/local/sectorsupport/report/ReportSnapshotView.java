package uk.gov.local.sectorsupport.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.gov.local.sectorsupport.council.Region;
import uk.gov.local.sectorsupport.metric.MetricUnit;

@Schema(name = "ReportSnapshot", description = "A frozen annual report: every figure as computed then, with the "
        + "metric version and the number of records behind it. It never changes.",
        requiredProperties = { "id", "financialYear", "councils", "takenAt", "takenBy", "figures" })
public record ReportSnapshotView(
        @Schema(example = "3") long id,
        @Schema(example = "2024-25") String financialYear,
        CouncilCounting councils,
        Region region,
        Instant takenAt,
        @Schema(example = "admin") String takenBy,
        @Schema(example = "As published in the 2024-25 annual report") String note,
        List<Figure> figures) {

    @Schema(name = "SnapshotFigure", requiredProperties = { "metricKey", "metricVersion", "label", "unit", "records" })
    public record Figure(
            @Schema(example = "councils-engaged-in-cpc-fpc-gpc") String metricKey,
            @Schema(example = "1") int metricVersion,
            @Schema(example = "Councils engaged in a CPC, FPC or GPC") String label,
            MetricUnit unit,
            @Schema(example = "67") BigDecimal value,
            BigDecimal numerator,
            BigDecimal denominator,
            @Schema(example = "67 councils engaged in a corporate, finance or governance peer challenge") String sentence,
            @Schema(description = "How many records were behind it", example = "67") int records) {
    }
}
