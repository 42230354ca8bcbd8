package uk.gov.local.sectorsupport.peerchallenge;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A peer challenge's team with its totals",
        requiredProperties = { "peerChallengeId", "members", "totalPeerDays", "estimatedSaving", "version" })
public record TeamView(
        @Schema(example = "42") long peerChallengeId,
        List<TeamMemberView> members,
        @Schema(example = "18.5") BigDecimal totalPeerDays,
        @Schema(description = "Peer days × the configured day rate, in pounds", example = "18500") BigDecimal estimatedSaving,
        @Schema(description = "The peer challenge's version; the ETag", example = "3") int version) {
}
