package uk.gov.local.sectorsupport.survey;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a survey response is about, as a request names it: one event, peer challenge, support engagement or cohort. */
@Schema(description = "The one event, peer challenge, support engagement or cohort the response is about",
        requiredProperties = { "type", "id" })
public record SurveySubject(
        @NotNull(message = "is required") SurveySubjectType type,
        @NotNull(message = "is required") @Schema(description = "The subject's id", example = "123") Long id) {
}
