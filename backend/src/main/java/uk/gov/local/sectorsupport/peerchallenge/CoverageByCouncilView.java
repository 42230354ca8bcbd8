package uk.gov.local.sectorsupport.peerchallenge;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.gov.local.sectorsupport.council.CouncilRef;
import uk.gov.local.sectorsupport.council.CouncilType;
import uk.gov.local.sectorsupport.council.Region;

@Schema(description = "Every current English principal council and combined authority on a date, each with its last "
        + "CPC or FPC and the years since", requiredProperties = { "asOf", "windowStart", "councils" })
public record CoverageByCouncilView(
        @Schema(example = "2025-03-31") LocalDate asOf,
        @Schema(description = "First day of the five-year coverage window", example = "2020-03-31") LocalDate windowStart,
        @Schema(description = "The region filter, if given") Region region,
        @Schema(description = "The council type filter, if given") CouncilType type,
        @Schema(description = "The councils, by name") List<CouncilCoverage> councils) {

    @Schema(description = "A council and its last CPC or FPC on or before asOf, its own or, for a council created by "
            + "reorganisation, its predecessors'", requiredProperties = { "council", "type", "region" })
    public record CouncilCoverage(
            CouncilRef council,
            CouncilType type,
            Region region,
            @Schema(description = "Last day on site (or first, if the last is unknown) of the latest CPC or FPC; "
                    + "absent if none is recorded", example = "2022-03-10") LocalDate lastCpcOrFpcDate,
            @Schema(description = "Years from that date to asOf", example = "3.1") BigDecimal yearsSince,
            @Schema(description = "Whether that was a CPC or an FPC")
            PeerChallengeType lastType,
            @Schema(description = "That peer challenge's id", example = "42") Long lastPeerChallengeId,
            @Schema(description = "The predecessor council whose challenge it was; absent when it was the council's own")
            CouncilRef predecessor) {
    }
}
