package uk.gov.local.sectorsupport.peerchallenge;

import java.math.BigDecimal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.gov.local.sectorsupport.council.CouncilRef;
import uk.gov.local.sectorsupport.peer.PeerKind;
import uk.gov.local.sectorsupport.peer.PoliticalGroup;

/** A team member. Name, political group and home council are shown to LGA staff and administrators only. */
@Schema(description = "A peer on a team; `name`, `politicalGroup` and `homeCouncil` only for staff and admin",
        requiredProperties = { "peerId", "kind", "role", "roleLabel", "days" })
public record TeamMemberView(
        @Schema(example = "17") long peerId,
        @Schema(example = "Cllr Alex Morgan") String name,
        PeerKind kind,
        PoliticalGroup politicalGroup,
        CouncilRef homeCouncil,
        TeamRole role,
        @Schema(example = "Lead member peer") String roleLabel,
        @Schema(example = "4.5") BigDecimal days) {

    static TeamMemberView from(TeamMember member, boolean showNames) {
        var peer = member.peer;
        return new TeamMemberView(peer.id, showNames ? peer.name : null, peer.kind,
                showNames ? peer.politicalGroup : null, showNames ? CouncilRef.from(peer.homeCouncil) : null,
                member.role, member.role.label(), member.days);
    }
}
