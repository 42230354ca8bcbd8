package uk.gov.local.sectorsupport.peerchallenge;

import java.math.BigDecimal;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import uk.gov.local.sectorsupport.peer.Peer;

/** A peer on a peer challenge team. Part of the challenge: its changes bump the challenge's version. */
@Entity
@Table(name = "peer_challenge_team_member")
public class TeamMember extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "peer_challenge_id")
    public PeerChallenge peerChallenge;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "peer_id")
    public Peer peer;

    public TeamRole role;
    public BigDecimal days;

    /** How the audit trail shows this member, e.g. `lead-member-peer, 4.5 days`. */
    String auditValue() {
        return role.code() + ", " + days.stripTrailingZeros().toPlainString() + " days";
    }
}
