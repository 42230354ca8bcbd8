package uk.gov.local.sectorsupport.report;

import java.math.BigDecimal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.gov.local.sectorsupport.metric.MetricKind;
import uk.gov.local.sectorsupport.metric.MetricUnit;

@Schema(name = "ReportFigure", description = "One figure of a report: a metric's value for the year, with its target "
        + "and the year before. `value` is absent when there is no figure (a percentage of no responses).",
        requiredProperties = { "metricKey", "metricVersion", "label", "kind", "unit" })
public record ReportFigure(
        @Schema(example = "councils-engaged-in-cpc-fpc-gpc") String metricKey,
        @Schema(description = "The version of the metric it was computed with", example = "1") int metricVersion,
        @Schema(example = "Councils engaged in a CPC, FPC or GPC") String label,
        MetricKind kind,
        MetricUnit unit,
        @Schema(description = "The figure; a percentage to one decimal place", example = "67") BigDecimal value,
        @Schema(description = "A percentage's numerator", example = "96") BigDecimal numerator,
        @Schema(description = "A percentage's denominator (unanswered responses left out)", example = "100")
        BigDecimal denominator,
        @Schema(description = "The estimated saving in pounds (days × the metric's rate per day)", example = "1500000")
        BigDecimal estimatedSaving,
        @Schema(description = "The target set by a deliverable of the year measured by this metric", example = "70")
        BigDecimal target,
        @Schema(description = "Whether the value reaches the target", example = "false") Boolean met,
        @Schema(description = "The same metric for the year before", example = "61") BigDecimal previousValue,
        @Schema(description = "The report-ready sentence; absent when there is no figure",
                example = "67 councils engaged in a corporate, finance or governance peer challenge") String sentence,
        @Schema(description = "Why there is no figure, or what to bear in mind", example = "No responses in 2024-25")
        String note) {
}
