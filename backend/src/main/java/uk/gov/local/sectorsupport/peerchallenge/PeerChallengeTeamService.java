package uk.gov.local.sectorsupport.peerchallenge;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import uk.gov.local.sectorsupport.common.audit.AuditLog;
import uk.gov.local.sectorsupport.common.error.ConflictException;
import uk.gov.local.sectorsupport.common.error.InvalidFieldsException;
import uk.gov.local.sectorsupport.common.error.Problem.FieldError;
import uk.gov.local.sectorsupport.common.error.ResourceNotFoundException;
import uk.gov.local.sectorsupport.common.http.IfMatch;
import uk.gov.local.sectorsupport.common.security.CurrentActor;
import uk.gov.local.sectorsupport.peer.Peer;
import uk.gov.local.sectorsupport.peer.PeerKind;

/**
 * A peer challenge's team. The team is part of the challenge: every change bumps the challenge's version
 * (and so its ETag) and is audited in the challenge's history.
 */
@ApplicationScoped
@Transactional
public class PeerChallengeTeamService {

    /** A team member as changed, with the challenge's new version for the ETag. */
    public record TeamChange(TeamMemberView member, int version) {
    }

    @Inject
    AuditLog audit;

    @Inject
    CurrentActor actor;

    @Inject
    PeerChallengeFigures figures;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<TeamView> team(long id) {
        return PeerChallenge.<PeerChallenge>findByIdOptional(id).map(this::view);
    }

    public TeamChange add(long id, @Valid @NotNull TeamMemberCreate create) {
        PeerChallenge challenge = PeerChallenge.<PeerChallenge>findByIdOptional(id)
                .orElseThrow(() -> PeerChallengeService.notFound(id));
        Peer peer = Peer.findById(create.peerId());
        if (peer == null) {
            throw new InvalidFieldsException(List.of(new FieldError("peerId", "there is no peer with id " + create.peerId())));
        }
        checkRole(peer, create.role());
        if (member(challenge, peer.id).isPresent()) {
            throw new ConflictException("Peer " + peer.id + " is already on this team; change their role or days instead.");
        }
        if (!peer.active) {
            throw new ConflictException("Peer " + peer.id + " is not active and cannot join a team.");
        }
        Map<String, String> before = challenge.auditSnapshot();
        TeamMember member = new TeamMember();
        member.peerChallenge = challenge;
        member.peer = peer;
        member.role = create.role();
        member.days = create.days();
        challenge.team.add(member);
        return save(challenge, member, "team-member-added", before);
    }

    public TeamChange change(long id, long peerId, IfMatch ifMatch, @Valid @NotNull TeamMemberUpdate update) {
        PeerChallenge challenge = PeerChallengeService.load(id, ifMatch);
        TeamMember member = member(challenge, peerId).orElseThrow(() -> notOnTeam(id, peerId));
        checkRole(member.peer, update.role());
        Map<String, String> before = challenge.auditSnapshot();
        member.role = update.role();
        member.days = update.days();
        return save(challenge, member, "team-member-changed", before);
    }

    public int remove(long id, long peerId, IfMatch ifMatch) {
        PeerChallenge challenge = PeerChallengeService.load(id, ifMatch);
        TeamMember member = member(challenge, peerId).orElseThrow(() -> notOnTeam(id, peerId));
        Map<String, String> before = challenge.auditSnapshot();
        challenge.team.remove(member);
        return save(challenge, member, "team-member-removed", before).version();
    }

    private TeamChange save(PeerChallenge challenge, TeamMember member, String action, Map<String, String> before) {
        PeerChallenge.flush();
        // The team lives in its own table: bump the challenge's version by hand, which also fails on a concurrent change.
        PeerChallenge.getEntityManager().lock(challenge, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        audit.record(PeerChallenge.AUDIT_TYPE, challenge.id, action, challenge.version, before,
                challenge.auditSnapshot());
        return new TeamChange(TeamMemberView.from(member, actor.maySeeNames()), challenge.version);
    }

    private static void checkRole(Peer peer, TeamRole role) {
        PeerKind needed = switch (role) {
            case LEAD_MEMBER_PEER, MEMBER_PEER -> PeerKind.MEMBER;
            case OFFICER_PEER -> PeerKind.OFFICER;
            case SHADOW_PEER -> null;
        };
        if (needed != null && peer.kind != needed) {
            throw new InvalidFieldsException(List.of(new FieldError("role",
                    "a " + role.label().toLowerCase() + " must be a " + needed.label().toLowerCase()
                            + "; peer " + peer.id + " is a " + peer.kind.label().toLowerCase())));
        }
    }

    private static Optional<TeamMember> member(PeerChallenge challenge, long peerId) {
        return challenge.team.stream().filter(member -> member.peer.id == peerId).findFirst();
    }

    private static ResourceNotFoundException notOnTeam(long id, long peerId) {
        return new ResourceNotFoundException("Peer " + peerId + " is not on the team of peer challenge " + id + ".");
    }

    TeamView view(PeerChallenge challenge) {
        boolean showNames = actor.maySeeNames();
        BigDecimal days = challenge.totalPeerDays().setScale(1, RoundingMode.HALF_UP);
        return new TeamView(challenge.id, challenge.team.stream().map(m -> TeamMemberView.from(m, showNames)).toList(),
                days, figures.saving(days), challenge.version);
    }
}
