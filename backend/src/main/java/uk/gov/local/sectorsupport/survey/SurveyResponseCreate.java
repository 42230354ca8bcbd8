package uk.gov.local.sectorsupport.survey;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.gov.local.sectorsupport.common.ParticipantRole;

@Schema(description = "A new survey response",
        requiredProperties = { "subject", "respondentRole", "submittedDate" })
public record SurveyResponseCreate(
        @Valid SurveySubject subject,
        @NotNull(message = "is required") @Schema(description = "The respondent's role") ParticipantRole respondentRole,
        @Size(max = 9, message = "must be a GSS code such as E06000047")
        @Schema(description = "GSS code of the respondent's council, if known", example = "E06000047") String council,
        @Min(value = 1, message = "must be a whole number from 1 to 5")
        @Max(value = 5, message = "must be a whole number from 1 to 5")
        @Schema(description = "1 very dissatisfied, 2 dissatisfied, 3 neither, 4 satisfied, 5 very satisfied; "
                + "absent when not answered", minimum = "1", maximum = "5", example = "5") Integer satisfaction,
        @Schema(description = "Did it have a positive impact? Default not-answered") SurveyAnswer positiveImpact,
        @Schema(description = "Did it increase the respondent's confidence? Default not-answered")
        SurveyAnswer increasedConfidence,
        @Schema(description = "Would they recommend it? Default not-answered") SurveyAnswer wouldRecommend,
        @Size(max = 4000, message = "must be 4000 characters or fewer")
        @Schema(description = "Free text, at most 4000 characters", example = "Practical and well paced.") String comment,
        @NotNull(message = "is required")
        @Schema(description = "When the response was given; not in the future and not before the subject started "
                + "(event start, cohort start, engagement start, peer challenge request)", example = "2025-03-14")
        LocalDate submittedDate,
        @Size(max = 100, message = "must be 100 characters or fewer")
        @Schema(description = "The subject's organisation's own identifier for the response; unique within that organisation (409 when taken)", example = "SB-2025-0042") String externalId) implements SurveyResponseFields {
}
