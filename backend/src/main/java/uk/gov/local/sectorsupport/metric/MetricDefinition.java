package uk.gov.local.sectorsupport.metric;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A metric's filters and options; which apply depends on its kind (MetricRules says which are needed and allowed).
 * Absent filters do not filter.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(description = "The records a metric counts and how. Absent filters do not filter.")
public record MetricDefinition(
        @Schema(description = "The records counted; not for change-on-previous-year") Activity activity,
        @Schema(description = "Only these programmes' records", example = "[\"next-generation\"]") List<String> programmes,
        @Schema(description = "Only records of programmes with this theme", example = "governance-and-leadership")
        String theme,
        @Schema(description = "Peer challenge types counted (peer-challenge and team-member activities)",
                example = "[\"cpc\", \"fpc\", \"gpc\"]") List<String> peerChallengeTypes,
        @Schema(description = "Team roles counted (team-member activity)", example = "[\"officer-peer\"]")
        List<String> teamRoles,
        @Schema(description = "Attendee, participant or respondent roles counted", example = "[\"councillor\"]")
        List<String> roles,
        @Schema(description = "Support engagement types counted", example = "[\"mentoring\"]") List<String> engagementTypes,
        @Schema(description = "What the survey responses are about", example = "[\"event\", \"cohort\"]")
        List<String> surveySubjects,
        @Schema(description = "The survey question (survey-percentage)",
                enumeration = { "satisfaction", "positive-impact", "increased-confidence", "would-recommend" })
        String question,
        @Schema(description = "The answers that count towards the percentage; unanswered responses are left out",
                example = "[\"4\", \"5\"]") List<String> answers,
        @Schema(description = "The condition a peer challenge meets (peer-challenge-percentage; or a filter of "
                + "record-count)", enumeration = { "published-within-5-months", "first-cpc" }) String condition,
        @Schema(description = "The self-reported attribute (attribute-share)", enumeration = { "sex", "ethnic-group",
                "disability" }) String attribute,
        @Schema(description = "The attribute's value counted", example = "female") String attributeValue,
        @Schema(description = "Pounds saved per day (days-sum): the estimated saving is days × rate", example = "1000")
        BigDecimal ratePerDay,
        @Schema(description = "The metric whose change on the previous year this is (change-on-previous-year)",
                example = "councils-engaged-in-cpc-fpc-gpc") String baseMetric) {
}
