package uk.gov.local.sectorsupport.cohort;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Self-reported diversity of a cohort's participants (every enrolment, whatever its status), in "
        + "aggregate only. Each breakdown lists every answer, including `not-recorded`. Counts under "
        + DiversityCounts.THRESHOLD + " (including 0) are suppressed: `count` is absent and `suppressed` is true. "
        + "When only one count in a breakdown is under the threshold, the next smallest is suppressed as well, so "
        + "that it cannot be worked out by subtracting the others from `participants`.",
        requiredProperties = { "cohortId", "participants", "threshold", "sex", "ethnicGroup", "disability" })
public record CohortDiversityView(
        @Schema(example = "12") long cohortId,
        @Schema(description = "Enrolments counted", example = "270") long participants,
        @Schema(description = "Counts below this are suppressed", example = "5") int threshold,
        List<DiversityCount> sex,
        List<DiversityCount> ethnicGroup,
        List<DiversityCount> disability) {
}
