package uk.gov.local.sectorsupport.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SnapshotDiff", description = "A snapshot against the figures recomputed now: the figures that moved "
        + "(or whose records changed), by how much, and the records added, removed or changed since",
        requiredProperties = { "snapshotId", "financialYear", "takenAt", "recomputedAt", "figures", "unchangedFigures" })
public record SnapshotDiff(
        @Schema(example = "3") long snapshotId,
        @Schema(example = "2024-25") String financialYear,
        Instant takenAt,
        Instant recomputedAt,
        @Schema(description = "Only the figures that moved or whose records changed") List<FigureChange> figures,
        @Schema(description = "How many figures are as they were", example = "22") int unchangedFigures) {

    @Schema(name = "FigureChange", requiredProperties = { "metricKey", "label", "metricVersionThen", "metricVersionNow",
            "addedCount", "removedCount", "changedCount", "added", "removed", "changed" })
    public record FigureChange(
            @Schema(example = "councils-engaged-in-cpc-fpc-gpc") String metricKey,
            @Schema(example = "Councils engaged in a CPC, FPC or GPC") String label,
            @Schema(example = "1") int metricVersionThen,
            @Schema(description = "Differs from then when the metric was edited", example = "1") int metricVersionNow,
            @Schema(example = "67") BigDecimal valueThen,
            @Schema(example = "68") BigDecimal valueNow,
            @Schema(description = "valueNow − valueThen", example = "1") BigDecimal change,
            @Schema(example = "1") int addedCount,
            @Schema(example = "0") int removedCount,
            @Schema(example = "0") int changedCount,
            @Schema(description = "Records behind the figure now and not then (the first 1,000)",
                    example = "[\"council:E06000063\"]") List<String> added,
            @Schema(description = "Records behind it then and not now (the first 1,000)") List<String> removed,
            @Schema(description = "Records behind it then and now, changed since the snapshot (the first 1,000)")
            List<String> changed) {
    }
}
