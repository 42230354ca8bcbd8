package uk.gov.local.sectorsupport.programme;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.gov.local.sectorsupport.common.FinancialYear;

@Schema(description = "A programme, replaced whole (its id stays)", requiredProperties = { "name", "theme", "funder",
        "deliveringOrganisation", "audience", "activeFrom" })
public record ProgrammeUpdate(
        @Schema(description = "Optional; when given it must be the programme's own id, which cannot be changed",
                example = "leadership-essentials") String id,
        @NotBlank @Size(max = 200) @Schema(description = "Unique in the catalogue", example = "Leadership Essentials") String name,
        @NotNull Theme theme,
        @NotNull Funder funder,
        @NotBlank @Schema(description = "Id of the organisation that delivers it", example = "lga") String deliveringOrganisation,
        @NotNull Audience audience,
        @Size(max = 2000) @Schema(example = "Short themed programmes for councillors with a particular portfolio.") String description,
        @NotBlank @Pattern(regexp = FinancialYear.PATTERN, message = FinancialYear.MESSAGE)
        @Schema(description = "First financial year it runs", example = "2012-13") String activeFrom,
        @Pattern(regexp = FinancialYear.PATTERN, message = FinancialYear.MESSAGE)
        @Schema(description = "Last financial year it runs, not before `activeFrom`; absent while it runs. Setting it "
                + "ends the programme", example = "2024-25") String activeTo) implements ProgrammeFields {
}
