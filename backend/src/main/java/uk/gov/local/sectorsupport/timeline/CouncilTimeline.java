package uk.gov.local.sectorsupport.timeline;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.gov.local.sectorsupport.council.CouncilRef;

@Schema(description = "Every kind of support a council received, newest first", requiredProperties = { "council", "entries" })
public record CouncilTimeline(
        CouncilRef council,
        @Schema(description = "Newest first: by date, then peer challenges, support engagements, cohorts and events, "
                + "then newest record first") List<TimelineEntry> entries) {
}
