package uk.gov.local.sectorsupport.peerchallenge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import uk.gov.local.sectorsupport.common.audit.AuditEntryView;
import uk.gov.local.sectorsupport.common.audit.AuditLog;
import uk.gov.local.sectorsupport.common.error.ConflictException;
import uk.gov.local.sectorsupport.common.error.InvalidFieldsException;
import uk.gov.local.sectorsupport.common.error.Problem.FieldError;
import uk.gov.local.sectorsupport.common.error.ResourceNotFoundException;
import uk.gov.local.sectorsupport.common.http.IfMatch;
import uk.gov.local.sectorsupport.common.paging.PageRequest;
import uk.gov.local.sectorsupport.common.paging.PageResult;
import uk.gov.local.sectorsupport.common.security.CurrentActor;
import uk.gov.local.sectorsupport.council.Council;

/** Peer challenges: reads, audited writes and the lifecycle. Team changes are in {@link PeerChallengeTeamService}. */
@ApplicationScoped
@Transactional
public class PeerChallengeService {

    @Inject
    AuditLog audit;

    @Inject
    CurrentActor actor;

    @Inject
    PeerChallengeFigures figures;

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<PeerChallengeView> search(PeerChallengeFilter filter, PageRequest pageRequest) {
        List<String> where = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (filter.financialYear() != null) {
            where.add("coalesce(pc.onSiteStartDate, pc.requestedDate) between :fyStart and :fyEnd");
            parameters.put("fyStart", filter.financialYear().firstDay());
            parameters.put("fyEnd", filter.financialYear().lastDay());
        }
        if (filter.type() != null) {
            where.add("pc.type = :type");
            parameters.put("type", filter.type());
        }
        if (filter.status() != null) {
            where.add("pc.status = :status");
            parameters.put("status", filter.status());
        }
        if (filter.region() != null) {
            where.add("pc.council.region = :region");
            parameters.put("region", filter.region());
        }
        if (filter.council() != null) {
            where.add("pc.council.gssCode = :council");
            parameters.put("council", filter.council().toUpperCase(Locale.ROOT));
        }
        String condition = where.isEmpty() ? "true" : String.join(" and ", where);
        long total = PeerChallenge.count("from PeerChallenge pc where " + condition, parameters);
        List<PeerChallenge> page = PeerChallenge.<PeerChallenge>find(
                "from PeerChallenge pc join fetch pc.council where " + condition
                        + " order by coalesce(pc.onSiteStartDate, pc.requestedDate) desc, pc.id desc", parameters)
                .range(pageRequest.offset(), pageRequest.offset() + pageRequest.size() - 1).list();
        return new PageResult<>(views(page), pageRequest, total);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<PeerChallengeView> find(long id) {
        return PeerChallenge.<PeerChallenge>findByIdOptional(id).map(this::view);
    }

    public PeerChallengeView create(@Valid @NotNull PeerChallengeCreate create) {
        PeerChallenge challenge = new PeerChallenge();
        challenge.status = create.status() == null ? PeerChallengeStatus.REQUESTED : create.status();
        apply(challenge, create);
        if (challenge.requestedDate == null) {
            challenge.requestedDate = figures.today();
        }
        requireValid(challenge);
        challenge.persistAndFlush();
        audit.record(PeerChallenge.AUDIT_TYPE, challenge.id, "created", challenge.version, Map.of(),
                challenge.auditSnapshot());
        return view(challenge);
    }

    public PeerChallengeView update(long id, IfMatch ifMatch, @Valid @NotNull PeerChallengeUpdate update) {
        PeerChallenge challenge = load(id, ifMatch);
        Map<String, String> before = challenge.auditSnapshot();
        apply(challenge, update);
        requireValid(challenge);
        PeerChallenge.flush();
        audit.record(PeerChallenge.AUDIT_TYPE, id, "updated", challenge.version, before, challenge.auditSnapshot());
        return view(challenge);
    }

    public void delete(long id, IfMatch ifMatch) {
        PeerChallenge challenge = load(id, ifMatch);
        long reviews = PeerChallenge.count("followsUp.id", id);
        if (reviews > 0) {
            throw new ConflictException("Peer challenge " + id + " is followed up by " + reviews
                    + " progress review(s); delete or re-link those first.");
        }
        // Native, so that peer challenges do not depend on the survey feature that depends on them.
        long responses = ((Number) PeerChallenge.getEntityManager()
                .createNativeQuery("select count(*) from survey_response where peer_challenge_id = ?1")
                .setParameter(1, id).getSingleResult()).longValue();
        if (responses > 0) {
            throw new ConflictException("Peer challenge " + id + " has " + responses
                    + " survey response(s), which would be lost; delete those first.");
        }
        Map<String, String> before = challenge.auditSnapshot();
        challenge.delete();
        audit.record(PeerChallenge.AUDIT_TYPE, id, "deleted", null, before, Map.of());
    }

    public PeerChallengeView transition(long id, IfMatch ifMatch, @Valid @NotNull TransitionRequest request) {
        PeerChallenge challenge = load(id, ifMatch);
        List<PeerChallengeStatus> allowed = PeerChallengeLifecycle.allowedFrom(challenge.status);
        if (!allowed.contains(request.to())) {
            throw new ConflictException("A peer challenge that is " + challenge.status.code() + " can move to "
                    + (allowed.isEmpty() ? "no other status" : String.join(" or ",
                            allowed.stream().map(PeerChallengeStatus::code).toList()))
                    + ", not to " + request.to().code() + ".");
        }
        boolean publishing = request.to() == PeerChallengeStatus.REPORT_PUBLISHED
                || request.to() == PeerChallengeStatus.ACTION_PLAN_PUBLISHED;
        if (request.date() != null && !publishing) {
            throw new InvalidFieldsException(List.of(new FieldError("date",
                    "is only for a move to report-published or action-plan-published")));
        }
        Map<String, String> before = challenge.auditSnapshot();
        challenge.status = request.to();
        if (request.to() == PeerChallengeStatus.REPORT_PUBLISHED) {
            challenge.reportPublishedDate = firstOf(request.date(), challenge.reportPublishedDate);
        } else if (request.to() == PeerChallengeStatus.ACTION_PLAN_PUBLISHED) {
            challenge.actionPlanPublishedDate = firstOf(request.date(), challenge.actionPlanPublishedDate);
        }
        List<FieldError> errors = PeerChallengeRules.check(challenge);
        if (!errors.isEmpty()) {
            throw new ConflictException("The peer challenge cannot move to " + request.to().code()
                    + " until the fields listed are put right.", errors);
        }
        PeerChallenge.flush();
        audit.record(PeerChallenge.AUDIT_TYPE, id, "transition", challenge.version, before, challenge.auditSnapshot());
        return view(challenge);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditEntryView> history(long id) {
        List<AuditEntryView> history = audit.history(PeerChallenge.AUDIT_TYPE, id);
        if (history.isEmpty() && PeerChallenge.findById(id) == null) {
            throw notFound(id);
        }
        return history;
    }

    PeerChallengeView view(PeerChallenge challenge) {
        return views(List.of(challenge)).getFirst();
    }

    List<PeerChallengeView> views(List<PeerChallenge> challenges) {
        Map<String, Long> firstCpcIds = figures.firstCpcIds(
                challenges.stream().map(c -> c.council.gssCode).collect(java.util.stream.Collectors.toSet()));
        boolean showNames = actor.maySeeNames();
        return challenges.stream().map(c -> figures.view(c, firstCpcIds, showNames)).toList();
    }

    static PeerChallenge load(long id, IfMatch ifMatch) {
        PeerChallenge challenge = PeerChallenge.<PeerChallenge>findByIdOptional(id).orElseThrow(() -> notFound(id));
        ifMatch.check(challenge.version);
        return challenge;
    }

    static ResourceNotFoundException notFound(long id) {
        return new ResourceNotFoundException("There is no peer challenge with id " + id + ".");
    }

    private java.time.LocalDate firstOf(java.time.LocalDate given, java.time.LocalDate recorded) {
        return given != null ? given : recorded != null ? recorded : figures.today();
    }

    private static void requireValid(PeerChallenge challenge) {
        List<FieldError> errors = PeerChallengeRules.check(challenge);
        if (!errors.isEmpty()) {
            throw new InvalidFieldsException(errors);
        }
    }

    /** Copies the fields; unknown council or follow-up ids are field errors, like every other bad field. */
    private static void apply(PeerChallenge challenge, PeerChallengeFields fields) {
        List<FieldError> errors = new ArrayList<>();
        Council council = Council.findById(fields.council().toUpperCase(Locale.ROOT));
        if (council == null) {
            errors.add(new FieldError("council", "there is no council with GSS code " + fields.council()));
        }
        PeerChallenge followsUp = fields.followsUpId() == null ? null : PeerChallenge.findById(fields.followsUpId());
        if (fields.followsUpId() != null && (followsUp == null || followsUp == challenge)) {
            errors.add(new FieldError("followsUpId", "there is no other peer challenge with id " + fields.followsUpId()));
        }
        if (!errors.isEmpty()) {
            throw new InvalidFieldsException(errors);
        }
        challenge.type = fields.type();
        challenge.council = council;
        challenge.requestedDate = fields.requestedDate();
        challenge.onSiteStartDate = fields.onSiteStartDate();
        challenge.onSiteEndDate = fields.onSiteEndDate();
        challenge.focusAreas.clear();
        if (fields.focusAreas() != null) {
            challenge.focusAreas.addAll(new LinkedHashSet<>(fields.focusAreas()));
        }
        challenge.peerChallengeManager = blankToNull(fields.peerChallengeManager());
        challenge.reportPublishedDate = fields.reportPublishedDate();
        challenge.actionPlanPublishedDate = fields.actionPlanPublishedDate();
        challenge.followsUp = followsUp;
        challenge.notes = blankToNull(fields.notes());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
