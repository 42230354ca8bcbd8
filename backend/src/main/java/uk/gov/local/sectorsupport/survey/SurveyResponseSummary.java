package uk.gov.local.sectorsupport.survey;

import java.math.BigDecimal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Headline figures over the survey responses matching a filter, as the annual report quotes them. */
@Schema(description = "Figures over the survey responses matching the filters. Percentages are of those who answered "
        + "the question, to one decimal place; absent when nobody answered it.",
        requiredProperties = { "responses", "satisfactionAnswered", "satisfied", "positiveImpact",
                "increasedConfidence", "wouldRecommend" })
public record SurveyResponseSummary(
        @Schema(description = "Responses matching the filters", example = "125") long responses,
        @Schema(description = "Responses that gave a satisfaction score", example = "120") long satisfactionAnswered,
        @Schema(description = "Responses scoring 4 (satisfied) or 5 (very satisfied)", example = "115") long satisfied,
        @Schema(description = "`satisfied` as a percentage of `satisfactionAnswered`", example = "95.8")
        BigDecimal satisfiedPerCent,
        @Schema(description = "Mean satisfaction score of those who answered, to two decimal places", example = "4.62")
        BigDecimal meanSatisfaction,
        QuestionSummary positiveImpact,
        QuestionSummary increasedConfidence,
        QuestionSummary wouldRecommend) {

    @Schema(name = "SurveyQuestionSummary", description = "Answers to one yes/no question",
            requiredProperties = { "yes", "no", "notAnswered" })
    public record QuestionSummary(
            @Schema(example = "98") long yes,
            @Schema(example = "12") long no,
            @Schema(example = "15") long notAnswered,
            @Schema(description = "`yes` as a percentage of `yes` + `no`", example = "89.1") BigDecimal yesPerCent) {
    }
}
