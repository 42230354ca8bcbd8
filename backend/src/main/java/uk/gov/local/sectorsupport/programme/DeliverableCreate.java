package uk.gov.local.sectorsupport.programme;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.gov.local.sectorsupport.common.FinancialYear;

@Schema(description = "A new deliverable: a programme's target for a financial year", requiredProperties = { "programme", "financialYear",
        "statement", "targetValue", "targetUnit", "metricKey" })
public record DeliverableCreate(
        @NotBlank @Schema(description = "Id of the programme; it must run in the financial year", example = "corporate-peer-challenge")
        String programme,
        @NotBlank @Pattern(regexp = FinancialYear.PATTERN, message = FinancialYear.MESSAGE)
        @Schema(example = "2025-26") String financialYear,
        @NotBlank @Size(max = 1000) @Schema(description = "The target as the annual report states it, at most 1000 characters",
                example = "Deliver at least 110 peer challenges, of which 70 corporate or finance") String statement,
        @NotNull @DecimalMin(value = "0", message = "must be 0 or more")
        @Digits(integer = 10, fraction = 2, message = "must be a number with at most 2 decimal places")
        @Schema(description = "0 or more, at most 2 decimal places; at most 100 for a per-cent target", example = "110")
        BigDecimal targetValue,
        @NotNull TargetUnit targetUnit,
        @NotBlank @Size(max = 100) @Pattern(regexp = DeliverableFields.METRIC_KEY, message = DeliverableFields.METRIC_KEY_MESSAGE)
        @Schema(description = DeliverableFields.METRIC_DESCRIPTION, example = "peer-challenges-delivered") String metricKey)
        implements DeliverableFields {
}
