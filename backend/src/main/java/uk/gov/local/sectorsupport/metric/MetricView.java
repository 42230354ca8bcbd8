package uk.gov.local.sectorsupport.metric;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A metric as the API shows it. */
@Schema(name = "Metric", description = "A declared metric of the annual report: what it counts and how it reads",
        requiredProperties = { "key", "label", "section", "position", "kind", "kindLabel", "unit", "definition",
                "sentence", "version", "updatedAt" })
public record MetricView(
        @Schema(example = "councils-engaged-in-cpc-fpc-gpc") String key,
        @Schema(example = "Councils engaged in a CPC, FPC or GPC") String label,
        @Schema(description = "The annual report's section it appears in", example = "Peer challenge") String section,
        @Schema(description = "Order within the report (ascending)", example = "10") int position,
        MetricKind kind,
        @Schema(example = "Distinct councils engaged") String kindLabel,
        MetricUnit unit,
        MetricDefinition definition,
        @Schema(description = "The report sentence; {value} is the figure (and {numerator}, {denominator}, {saving}, "
                + "{change}, {previousValue}, {financialYear} where they apply)",
                example = "{value} councils engaged in a corporate, finance or governance peer challenge") String sentence,
        @Schema(description = "Counts its edits; a snapshot names the version it used", example = "1") int version,
        Instant updatedAt) {
}
