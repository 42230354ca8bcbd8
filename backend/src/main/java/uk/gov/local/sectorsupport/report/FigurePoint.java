package uk.gov.local.sectorsupport.report;

import java.math.BigDecimal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.gov.local.sectorsupport.council.Region;

@Schema(name = "FigurePoint", description = "A figure's value in one year (a trend) or one region (a breakdown). "
        + "`value` is absent when there is no figure (a percentage of no responses).")
public record FigurePoint(
        @Schema(description = "The financial year, in a trend", example = "2024-25") String financialYear,
        @Schema(description = "The region, in a breakdown") Region region,
        @Schema(description = "The region's name, in a breakdown", example = "North West") String regionLabel,
        @Schema(example = "67") BigDecimal value,
        @Schema(description = "A percentage's numerator", example = "96") BigDecimal numerator,
        @Schema(description = "A percentage's denominator", example = "100") BigDecimal denominator,
        @Schema(description = "In a trend: the target a deliverable of that year sets, if one does", example = "70")
        BigDecimal target,
        @Schema(description = "Whether the value reaches the target", example = "false") Boolean met) {
}
