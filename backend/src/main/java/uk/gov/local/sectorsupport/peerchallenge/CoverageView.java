package uk.gov.local.sectorsupport.peerchallenge;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.gov.local.sectorsupport.council.CouncilRef;
import uk.gov.local.sectorsupport.council.CouncilType;
import uk.gov.local.sectorsupport.council.Region;

@Schema(description = "Which current English principal councils have had no CPC or FPC in the five years to a date",
        requiredProperties = { "asOf", "windowStart", "councils", "covered", "notCovered", "percentageCovered",
                "percentageNotCovered", "notCoveredCouncils" })
public record CoverageView(
        @Schema(example = "2025-03-31") LocalDate asOf,
        @Schema(description = "First day of the five-year window", example = "2020-03-31") LocalDate windowStart,
        @Schema(description = "The region filter, if given") Region region,
        @Schema(description = "The council type filter, if given") CouncilType type,
        @Schema(description = "Principal councils existing on asOf (after the filters)", example = "317") int councils,
        @Schema(description = "Of those, with a CPC or FPC on site in the window", example = "268") int covered,
        @Schema(example = "49") int notCovered,
        @Schema(example = "84.5") BigDecimal percentageCovered,
        @Schema(example = "15.5") BigDecimal percentageNotCovered,
        @Schema(description = "The councils not covered, by name") List<UncoveredCouncil> notCoveredCouncils) {

    @Schema(description = "A council with no CPC or FPC in the window", requiredProperties = { "council", "type", "region" })
    public record UncoveredCouncil(
            CouncilRef council,
            CouncilType type,
            Region region,
            @Schema(description = "Its last CPC or FPC before the window; absent if none is recorded",
                    example = "2018-11-14") LocalDate lastCpcOrFpcDate,
            @Schema(description = "Years from that date to asOf", example = "6.4") BigDecimal yearsSince) {
    }
}
