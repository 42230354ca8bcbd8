package uk.gov.local.sectorsupport.programme;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.gov.local.sectorsupport.common.FinancialYear;

@Schema(description = "A new programme in the catalogue", requiredProperties = { "id", "name", "theme", "funder",
        "deliveringOrganisation", "audience", "activeFrom" })
public record ProgrammeCreate(
        @NotBlank @Size(max = 60) @Pattern(regexp = ProgrammeCreate.SLUG,
                message = "must be lower-case letters and digits in words joined by single hyphens, such as leadership-academy")
        @Schema(description = "Stable identifier, a slug; cannot be changed later", example = "leadership-essentials") String id,
        @NotBlank @Size(max = 200) @Schema(description = "Unique in the catalogue", example = "Leadership Essentials") String name,
        @NotNull Theme theme,
        @NotNull Funder funder,
        @NotBlank @Schema(description = "Id of the organisation that delivers it", example = "lga") String deliveringOrganisation,
        @NotNull Audience audience,
        @Size(max = 2000) @Schema(example = "Short themed programmes for councillors with a particular portfolio.") String description,
        @NotBlank @Pattern(regexp = FinancialYear.PATTERN, message = FinancialYear.MESSAGE)
        @Schema(description = "First financial year it runs", example = "2012-13") String activeFrom,
        @Pattern(regexp = FinancialYear.PATTERN, message = FinancialYear.MESSAGE)
        @Schema(description = "Last financial year it runs, not before `activeFrom`; absent while it runs", example = "2024-25")
        String activeTo) implements ProgrammeFields {

    static final String SLUG = "^[a-z0-9]+(-[a-z0-9]+)*$";
}
