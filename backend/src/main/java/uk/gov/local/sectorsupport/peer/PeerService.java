package uk.gov.local.sectorsupport.peer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import io.quarkus.panache.common.Sort;
import uk.gov.local.sectorsupport.common.audit.AuditEntryView;
import uk.gov.local.sectorsupport.common.audit.AuditLog;
import uk.gov.local.sectorsupport.common.error.ConflictException;
import uk.gov.local.sectorsupport.common.error.InvalidFieldsException;
import uk.gov.local.sectorsupport.common.error.Problem.FieldError;
import uk.gov.local.sectorsupport.common.error.ResourceNotFoundException;
import uk.gov.local.sectorsupport.common.http.IfMatch;
import uk.gov.local.sectorsupport.common.paging.PageRequest;
import uk.gov.local.sectorsupport.common.paging.PageResult;
import uk.gov.local.sectorsupport.common.persistence.Like;
import uk.gov.local.sectorsupport.council.Council;

@ApplicationScoped
@Transactional
public class PeerService {

    private static final Set<String> DIVERSITY_FIELDS = Set.of("sex", "ethnicGroup");

    @Inject
    AuditLog audit;

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<PeerView> search(PeerFilter filter, PageRequest pageRequest) {
        List<String> where = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (filter.kind() != null) {
            where.add("kind = :kind");
            parameters.put("kind", filter.kind());
        }
        if (filter.active() != null) {
            where.add("active = :active");
            parameters.put("active", filter.active());
        }
        if (filter.accredited() != null) {
            where.add(filter.accredited() ? "accreditationDate is not null" : "accreditationDate is null");
        }
        if (filter.homeCouncil() != null) {
            where.add("homeCouncil.gssCode = :council");
            parameters.put("council", filter.homeCouncil().toUpperCase(Locale.ROOT));
        }
        if (filter.politicalGroup() != null) {
            where.add("politicalGroup = :group");
            parameters.put("group", filter.politicalGroup());
        }
        if (filter.query() != null) {
            where.add("lower(name) like :pattern escape '\\'");
            parameters.put("pattern", Like.containsPattern(filter.query()));
        }
        var query = Peer.<Peer>find(where.isEmpty() ? "true" : String.join(" and ", where),
                Sort.ascending("name").and("id"), parameters);
        long total = query.count();
        List<PeerView> items = query.range(pageRequest.offset(), pageRequest.offset() + pageRequest.size() - 1)
                .list().stream().map(PeerView::from).toList();
        return new PageResult<>(items, pageRequest, total);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<PeerView> find(long id) {
        return Peer.<Peer>findByIdOptional(id).map(PeerView::from);
    }

    public PeerView create(@Valid @NotNull PeerCreate create) {
        Peer peer = new Peer();
        apply(peer, create);
        if (create.active() == null) {
            peer.active = true;
        }
        peer.persistAndFlush();
        audit.record(Peer.AUDIT_TYPE, peer.id, "created", peer.version, Map.of(), peer.auditSnapshot(),
                DIVERSITY_FIELDS);
        return PeerView.from(peer);
    }

    public PeerView update(long id, IfMatch ifMatch, @Valid @NotNull PeerUpdate update) {
        Peer peer = load(id);
        ifMatch.check(peer.version);
        Map<String, String> before = peer.auditSnapshot();
        Sex sex = peer.sex;
        EthnicGroup ethnicGroup = peer.ethnicGroup;
        apply(peer, update);
        // Diversity data is never read back, so a form cannot resend it: absent means "keep what is recorded".
        peer.sex = update.sex() == null ? sex : update.sex();
        peer.ethnicGroup = update.ethnicGroup() == null ? ethnicGroup : update.ethnicGroup();
        Peer.flush();
        audit.record(Peer.AUDIT_TYPE, peer.id, "updated", peer.version, before, peer.auditSnapshot(),
                DIVERSITY_FIELDS);
        return PeerView.from(peer);
    }

    public void delete(long id, IfMatch ifMatch) {
        Peer peer = load(id);
        ifMatch.check(peer.version);
        // Native, so that the peer pool does not depend on the peer challenge feature that depends on it.
        long teams = ((Number) Peer.getEntityManager()
                .createNativeQuery("select count(*) from peer_challenge_team_member where peer_id = ?1")
                .setParameter(1, id).getSingleResult()).longValue();
        if (teams > 0) {
            throw new ConflictException("This peer has served on " + teams + " peer challenge team(s), which must "
                    + "keep their record; mark the peer inactive instead.");
        }
        Map<String, String> before = peer.auditSnapshot();
        peer.delete();
        audit.record(Peer.AUDIT_TYPE, id, "deleted", null, before, Map.of(), DIVERSITY_FIELDS);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditEntryView> history(long id) {
        List<AuditEntryView> history = audit.history(Peer.AUDIT_TYPE, id);
        if (history.isEmpty() && Peer.findById(id) == null) {
            throw notFound(id);
        }
        return history;
    }

    private static Peer load(long id) {
        return Peer.<Peer>findByIdOptional(id).orElseThrow(() -> notFound(id));
    }

    private static ResourceNotFoundException notFound(long id) {
        return new ResourceNotFoundException("There is no peer with id " + id + ".");
    }

    private static void apply(Peer peer, PeerFields fields) {
        List<FieldError> errors = new ArrayList<>();
        Council home = Council.findById(fields.homeCouncil().toUpperCase(Locale.ROOT));
        if (home == null) {
            errors.add(new FieldError("homeCouncil", "there is no council with GSS code " + fields.homeCouncil()));
        }
        if (fields.kind() == PeerKind.OFFICER && fields.politicalGroup() != null) {
            errors.add(new FieldError("politicalGroup", "only member peers have a political group"));
        }
        if (fields.kind() == PeerKind.MEMBER && fields.politicalGroup() == null) {
            errors.add(new FieldError("politicalGroup", "is required for a member peer"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidFieldsException(errors);
        }
        peer.kind = fields.kind();
        peer.name = fields.name().strip();
        peer.email = fields.email();
        peer.phone = fields.phone();
        peer.jobTitle = fields.jobTitle();
        peer.politicalGroup = fields.politicalGroup();
        peer.homeCouncil = home;
        peer.accreditationDate = fields.accreditationDate();
        peer.active = fields.active() == null || fields.active();
        peer.sex = fields.sex();
        peer.ethnicGroup = fields.ethnicGroup();
    }
}
