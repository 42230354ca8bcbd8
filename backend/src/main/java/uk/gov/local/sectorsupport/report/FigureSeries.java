package uk.gov.local.sectorsupport.report;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.gov.local.sectorsupport.council.Region;
import uk.gov.local.sectorsupport.metric.MetricKind;
import uk.gov.local.sectorsupport.metric.MetricUnit;

@Schema(name = "FigureSeries", description = "One figure over several years (oldest first), or in each region in a "
        + "year: the same values the annual report gives for each",
        requiredProperties = { "metricKey", "metricVersion", "label", "kind", "unit", "councils", "points" })
public record FigureSeries(
        @Schema(example = "councils-engaged-in-cpc-fpc-gpc") String metricKey,
        @Schema(example = "1") int metricVersion,
        @Schema(example = "Councils engaged in a CPC, FPC or GPC") String label,
        MetricKind kind,
        MetricUnit unit,
        CouncilCounting councils,
        @Schema(description = "The region of a trend, if one was chosen") Region region,
        @Schema(description = "The year of a breakdown by region", example = "2024-25") String financialYear,
        List<FigurePoint> points) {
}
