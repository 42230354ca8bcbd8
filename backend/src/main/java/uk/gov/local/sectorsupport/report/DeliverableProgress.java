package uk.gov.local.sectorsupport.report;

import java.math.BigDecimal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.gov.local.sectorsupport.programme.ProgrammeRef;
import uk.gov.local.sectorsupport.programme.TargetUnit;

@Schema(name = "DeliverableProgress", description = "A deliverable of the year with its progress, computed from its "
        + "metric", requiredProperties = { "id", "programme", "statement", "metricKey", "targetValue", "targetUnit" })
public record DeliverableProgress(
        @Schema(example = "12") long id,
        ProgrammeRef programme,
        @Schema(example = "Deliver 70 corporate, finance and governance peer challenges") String statement,
        @Schema(example = "peer-challenges-delivered") String metricKey,
        @Schema(example = "70") BigDecimal targetValue,
        TargetUnit targetUnit,
        @Schema(description = "The metric's value for the year; absent if the metric is unknown or has no figure",
                example = "64") BigDecimal value,
        @Schema(description = "Value as a percentage of the target, at most 100", example = "91.4") BigDecimal progress,
        @Schema(example = "false") Boolean met) {
}
