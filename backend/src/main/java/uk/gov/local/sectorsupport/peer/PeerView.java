package uk.gov.local.sectorsupport.peer;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import uk.gov.local.sectorsupport.council.CouncilRef;

/** A peer with contact details, for LGA staff and administrators. Diversity data is never returned. */
@Schema(description = "A peer in the pool", requiredProperties = { "id", "kind", "kindLabel", "name", "homeCouncil",
        "accredited", "active", "version" })
public record PeerView(
        @Schema(example = "17") long id,
        PeerKind kind,
        @Schema(example = "Member peer") String kindLabel,
        @Schema(example = "Cllr Alex Morgan") String name,
        @Schema(example = "alex.morgan@example.org") String email,
        @Schema(example = "01632 960123") String phone,
        @Schema(example = "Leader of the Council") String jobTitle,
        PoliticalGroup politicalGroup,
        CouncilRef homeCouncil,
        @Schema(example = "2021-06-15") LocalDate accreditationDate,
        @Schema(description = "Has completed LGA peer training") boolean accredited,
        boolean active,
        @Schema(description = "The record's version; the ETag of a single read", example = "0") int version) {

    public static PeerView from(Peer peer) {
        return new PeerView(peer.id, peer.kind, peer.kind.label(), peer.name, peer.email, peer.phone, peer.jobTitle,
                peer.politicalGroup, CouncilRef.from(peer.homeCouncil), peer.accreditationDate,
                peer.accreditationDate != null, peer.active, peer.version);
    }
}
