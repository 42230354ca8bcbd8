package uk.gov.local.sectorsupport.peerchallenge;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.gov.local.sectorsupport.council.CouncilRef;

@Schema(description = "A council's peer challenges, newest first, and those of the councils it replaced",
        requiredProperties = { "council", "peerChallenges", "predecessors" })
public record CouncilPeerChallenges(
        CouncilRef council,
        @Schema(description = "Last day on site of its latest CPC or FPC to date; absent if none. Predecessors' do not count",
                example = "2023-10-19") LocalDate lastCpcOrFpcDate,
        @Schema(description = "Years from that date to today", example = "2.1") BigDecimal yearsSince,
        List<PeerChallengeView> peerChallenges,
        @Schema(description = "The councils it replaced, with their own history (shown, not counted)")
        List<PredecessorPeerChallenges> predecessors) {

    @Schema(description = "A predecessor council's peer challenges", requiredProperties = { "council", "peerChallenges" })
    public record PredecessorPeerChallenges(
            CouncilRef council,
            @Schema(example = "2019-02-07") LocalDate lastCpcOrFpcDate,
            List<PeerChallengeView> peerChallenges) {
    }
}
