package uk.gov.local.sectorsupport.engagement;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A support engagement, replaced whole (but see `organisation` and `externalId`)",
        requiredProperties = { "council", "programme", "type", "startDate", "daysDelivered" })
public record SupportEngagementUpdate(
        @NotBlank @Pattern(regexp = "E[0-9]{8}", message = "must be an English GSS code such as E06000017")
        @Schema(description = "GSS code of the council supported; it must have existed on the start date",
                example = "E06000017") String council,
        @NotBlank @Size(max = 100)
        @Schema(description = "Id of the programme it is part of", example = "targeted-finance-support") String programme,
        @NotNull EngagementType type,
        @NotNull @Schema(description = "First day of the support", example = "2024-06-03") LocalDate startDate,
        @Schema(description = "Last day; absent while the support continues. On or after the start",
                example = "2025-01-31") LocalDate endDate,
        @NotNull
        @DecimalMin(value = "0", message = SupportEngagementRules.DAYS_MESSAGE)
        @DecimalMax(value = SupportEngagementRules.MAX_DAYS, message = SupportEngagementRules.DAYS_MESSAGE)
        @Digits(integer = 3, fraction = 1, message = SupportEngagementRules.DAYS_MESSAGE)
        @Schema(description = "Days of support delivered so far, 0 to 500 in steps of 0.1",
                minimum = "0", maximum = SupportEngagementRules.MAX_DAYS, example = "6.5") BigDecimal daysDelivered,
        @Size(max = 200) @Schema(description = "The adviser who leads it (a name: shown to LGA staff and administrators only)",
                example = "Sam Patel") String leadAdviser,
        @Size(max = 2000) @Schema(description = "Free text for LGA staff (shown to LGA staff and administrators only)",
                example = "Medium-term financial plan review") String notes,
        @Size(max = 100) @Schema(description = "Id of the organisation the record belongs to; absent keeps the recorded one",
                example = "lga") String organisation,
        @Size(max = 100) @Schema(description = "The organisation's own identifier for it; absent keeps the recorded one",
                example = "TFS-2024-017") String externalId)
        implements SupportEngagementFields {
}
