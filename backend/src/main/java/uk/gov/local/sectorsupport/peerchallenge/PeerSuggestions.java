package uk.gov.local.sectorsupport.peerchallenge;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.gov.local.sectorsupport.council.CouncilRef;
import uk.gov.local.sectorsupport.peer.PeerKind;
import uk.gov.local.sectorsupport.peer.PoliticalGroup;

@Schema(description = "Active peers who could join a planned peer challenge's team, best fit first",
        requiredProperties = { "peerChallengeId", "financialYear", "excludedCouncils", "items" })
public record PeerSuggestions(
        @Schema(example = "42") long peerChallengeId,
        @Schema(description = "The year peer days are counted in: the challenge's", example = "2025-26") String financialYear,
        @Schema(description = "The kind the team is short of, ranked first; absent when balanced") PeerKind neededKind,
        @Schema(description = "Peers from these councils are left out: the council, its county or districts, "
                + "and its neighbours in the same combined authority") List<CouncilRef> excludedCouncils,
        List<Candidate> items) {

    @Schema(description = "A suggested peer", requiredProperties = { "peerId", "name", "kind", "homeCouncil", "accredited",
            "peerDaysThisFinancialYear" })
    public record Candidate(
            @Schema(example = "17") long peerId,
            @Schema(example = "Cllr Alex Morgan") String name,
            PeerKind kind,
            @Schema(description = "Member peers only") PoliticalGroup politicalGroup,
            @Schema(example = "Chief Executive") String jobTitle,
            CouncilRef homeCouncil,
            @Schema(example = "2021-06-15") LocalDate accreditationDate,
            boolean accredited,
            @Schema(description = "Days already given to peer challenges in the financial year", example = "4.5")
            BigDecimal peerDaysThisFinancialYear) {
    }
}
