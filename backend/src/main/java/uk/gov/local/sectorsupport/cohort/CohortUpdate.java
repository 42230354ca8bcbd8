package uk.gov.local.sectorsupport.cohort;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.gov.local.sectorsupport.common.FinancialYear;

@Schema(description = "A cohort, replaced whole (but see `organisation` and `externalId`)",
        requiredProperties = { "programme", "name", "startDate" })
public record CohortUpdate(
        @NotBlank @Size(max = 100)
        @Schema(description = "Id of the programme it is an intake of", example = "ngdp") String programme,
        @NotBlank @Size(max = 200)
        @Schema(description = "Unique within the programme (ignoring case)", example = "NGDP cohort 25") String name,
        @Pattern(regexp = FinancialYear.PATTERN, message = FinancialYear.MESSAGE)
        @Schema(description = "The financial year it is reported in; default the one its start date falls in. When "
                + "given, the start date must fall within it", example = "2023-24") String financialYear,
        @NotNull @Schema(description = "First day of the programme for this intake", example = "2023-09-04")
        LocalDate startDate,
        @Schema(description = "Last day; on or after the start, at most five years after it", example = "2025-08-29")
        LocalDate endDate,
        @Size(max = 100)
        @Schema(description = "Id of the organisation the record belongs to; absent leaves it unchanged. Its "
                + "enrolments move with it", example = "lga") String organisation,
        @Size(max = 100)
        @Schema(description = "The owning organisation's own identifier for it; unique within that organisation (409 "
                + "when taken). Absent leaves it unchanged", example = "NGDP-25") String externalId) implements CohortFields {
}
