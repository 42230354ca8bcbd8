package uk.gov.local.sectorsupport.report;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.gov.local.sectorsupport.council.CouncilType;
import uk.gov.local.sectorsupport.council.Region;
import uk.gov.local.sectorsupport.peerchallenge.PeerChallengeType;

@Schema(name = "PeerChallengeReport", description = "The peer challenge annual report for a financial year",
        requiredProperties = { "financialYear", "councils", "byType", "councilsEngaged", "progressReviews",
                "councilsWithProgressReview", "firstTimeCpcs", "publishedWithinFiveMonths", "satisfied",
                "positiveImpact", "peerDays", "peerDiversity", "coverageByRegion", "coverageByType" })
public record PeerChallengeReport(
        @Schema(example = "2024-25") String financialYear,
        CouncilCounting councils,
        @Schema(description = "Peer challenges delivered, by type") List<TypeCount> byType,
        @Schema(description = "Distinct councils with a CPC, FPC or GPC", example = "67") long councilsEngaged,
        @Schema(example = "46") long progressReviews,
        @Schema(example = "46") long councilsWithProgressReview,
        @Schema(description = "CPCs that were the council's first", example = "9") long firstTimeCpcs,
        Share publishedWithinFiveMonths,
        @Schema(description = "Survey responses about a peer challenge satisfied (4 or 5)") Share satisfied,
        @Schema(description = "Survey responses about a peer challenge saying it had a positive impact") Share positiveImpact,
        @Schema(example = "1500") BigDecimal peerDays,
        @Schema(description = "At the configured rate per peer day", example = "1500000") BigDecimal estimatedSaving,
        Diversity peerDiversity,
        @Schema(description = "Principal councils with a CPC or FPC in the five years to the year's end, by region")
        List<Coverage> coverageByRegion,
        @Schema(description = "The same, by council type") List<Coverage> coverageByType) {

    @Schema(name = "PeerChallengeTypeCount", requiredProperties = { "type", "typeLabel", "count" })
    public record TypeCount(PeerChallengeType type, @Schema(example = "Corporate Peer Challenge") String typeLabel,
            @Schema(example = "41") long count) {
    }

    @Schema(name = "Share", description = "A percentage with its parts; `percentage` absent when the denominator is 0",
            requiredProperties = { "numerator", "denominator" })
    public record Share(@Schema(example = "96") long numerator, @Schema(example = "100") long denominator,
            @Schema(example = "96.0") BigDecimal percentage) {
    }

    @Schema(name = "PeerDiversity", description = "The peers on the year's teams, in aggregate, from self-reported "
            + "data: counts from 1 to 4 are withheld (absent, `withheld` true)", requiredProperties = { "peers", "bySex",
                    "byEthnicGroup", "byKind" })
    public record Diversity(@Schema(description = "Distinct peers on the year's teams", example = "312") long peers,
            List<Group> bySex, List<Group> byEthnicGroup, List<Group> byKind) {
    }

    @Schema(name = "PeerDiversityGroup", requiredProperties = { "value", "withheld" })
    public record Group(@Schema(description = "The reported value, or not-reported", example = "female") String value,
            @Schema(example = "160") Long count, @Schema(example = "false") boolean withheld) {
    }

    @Schema(name = "PeerChallengeCoverage", requiredProperties = { "councils", "covered" })
    public record Coverage(Region region, CouncilType type, @Schema(example = "33") long councils,
            @Schema(example = "29") long covered, @Schema(example = "87.9") BigDecimal percentage) {
    }
}
