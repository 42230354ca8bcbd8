package uk.gov.local.sectorsupport.cohort;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "How many participants gave one answer. Counts under " + DiversityCounts.THRESHOLD
        + " are suppressed: `count` is then absent and `suppressed` is true",
        requiredProperties = { "code", "label", "suppressed" })
public record DiversityCount(
        @Schema(description = "The answer's code, or `not-recorded` for participants who gave none",
                example = "female") String code,
        @Schema(example = "Female") String label,
        @Schema(description = "Absent when suppressed", example = "14") Integer count,
        @Schema(description = "True when the count is withheld: it is under " + DiversityCounts.THRESHOLD
                + ", or it is the next smallest in a breakdown where only one other count was under "
                + DiversityCounts.THRESHOLD + " (so that one cannot be worked out from the total)")
        boolean suppressed) {
}
