package uk.gov.local.sectorsupport.cohort;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.gov.local.sectorsupport.council.CouncilRef;
import uk.gov.local.sectorsupport.council.Region;

@Schema(description = "A council a cohort's participants come from (or, for placement programmes such as NGDP, are "
        + "hosted by), with its counts", requiredProperties = { "council", "participants", "enrolled", "completed",
                "withdrawn" })
public record CohortCouncilView(
        CouncilRef council,
        Region region,
        @Schema(description = "Enrolments of any status from this council", example = "3") long participants,
        @Schema(example = "2") long enrolled,
        @Schema(example = "0") long completed,
        @Schema(example = "1") long withdrawn) {
}
