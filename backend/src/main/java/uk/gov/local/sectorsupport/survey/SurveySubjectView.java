package uk.gov.local.sectorsupport.survey;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a survey response is about, as the API shows it. */
@Schema(description = "The subject of a survey response", requiredProperties = { "type", "typeLabel", "id", "title" })
public record SurveySubjectView(
        SurveySubjectType type,
        @Schema(example = "Event") String typeLabel,
        @Schema(example = "123") long id,
        @Schema(description = "The event's title or the cohort's name; for a support engagement or a peer "
                + "challenge, its type and the council", example = "Springboard spring masterclass") String title) {
}
