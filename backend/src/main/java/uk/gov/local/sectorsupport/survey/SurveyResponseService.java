package uk.gov.local.sectorsupport.survey;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import uk.gov.local.sectorsupport.cohort.Cohort;
import uk.gov.local.sectorsupport.common.FinancialYear;
import uk.gov.local.sectorsupport.common.audit.AuditEntryView;
import uk.gov.local.sectorsupport.common.audit.AuditLog;
import uk.gov.local.sectorsupport.common.error.ConflictException;
import uk.gov.local.sectorsupport.common.error.InvalidFieldsException;
import uk.gov.local.sectorsupport.common.error.Problem.FieldError;
import uk.gov.local.sectorsupport.common.error.ResourceNotFoundException;
import uk.gov.local.sectorsupport.common.http.IfMatch;
import uk.gov.local.sectorsupport.common.paging.PageRequest;
import uk.gov.local.sectorsupport.common.paging.PageResult;
import uk.gov.local.sectorsupport.common.persistence.OrganisationChanged;
import uk.gov.local.sectorsupport.common.persistence.Ownership;
import uk.gov.local.sectorsupport.common.security.RecordScope;
import uk.gov.local.sectorsupport.council.Council;
import uk.gov.local.sectorsupport.council.CouncilRef;
import uk.gov.local.sectorsupport.engagement.SupportEngagement;
import uk.gov.local.sectorsupport.event.Event;
import uk.gov.local.sectorsupport.organisation.Organisation;
import uk.gov.local.sectorsupport.organisation.OrganisationRef;
import uk.gov.local.sectorsupport.peerchallenge.PeerChallenge;
import uk.gov.local.sectorsupport.peerchallenge.PeerChallengeType;
import uk.gov.local.sectorsupport.programme.Programme;
import uk.gov.local.sectorsupport.programme.ProgrammeRef;

/** Survey responses: filtered reads and summaries within the caller's record scope, validated and audited writes. */
@ApplicationScoped
@Transactional
public class SurveyResponseService {

    /** Field errors are listed in the order the fields appear on a form. */
    private static final List<String> FIELD_ORDER = List.of("subject", "subject.type", "subject.id", "respondentRole",
            "council", "satisfaction", "positiveImpact", "increasedConfidence", "wouldRecommend", "comment",
            "submittedDate", "externalId");

    private static final String FROM = " from SurveyResponse sr"
            + " left join sr.event e left join e.programme ep"
            + " left join sr.cohort c left join c.programme cp"
            + " left join sr.supportEngagement s left join s.programme sp"
            + " left join sr.peerChallenge pc left join sr.council rc";

    /**
     * A page joins only what filters need, and fetches only the respondent's council and the organisation: joining
     * every kind of subject and its programme and council (twelve tables) cost PostgreSQL ~100 ms to plan for each
     * page, a hundred times more than running it. The page's subjects are loaded after it, one query a kind.
     */
    private static final String PAGE_FROM = " from SurveyResponse sr"
            + " left join sr.event e left join e.programme ep"
            + " left join sr.cohort c left join c.programme cp"
            + " left join sr.supportEngagement s left join s.programme sp"
            + " left join sr.peerChallenge pc left join fetch sr.council rc join fetch sr.organisation";

    @Inject
    AuditLog audit;

    @Inject
    RecordScope scope;

    @Inject
    Validator validator;

    @Inject
    Clock clock;

    /** One transaction, so that the subjects loaded after the page are the ones its responses point at. */
    public PageResult<SurveyResponseView> search(SurveyResponseFilter filter, PageRequest pageRequest) {
        Where where = where(filter);
        EntityManager em = SurveyResponse.getEntityManager();
        TypedQuery<Long> count = em.createQuery("select count(sr)" + FROM + " where " + where.condition(), Long.class);
        where.parameters().forEach(count::setParameter);
        TypedQuery<SurveyResponse> query = em.createQuery("select sr" + PAGE_FROM + " where " + where.condition()
                + " order by sr.submittedDate desc, sr.id desc", SurveyResponse.class);
        where.parameters().forEach(query::setParameter);
        List<SurveyResponse> page = query.setFirstResult(pageRequest.offset()).setMaxResults(pageRequest.size())
                .getResultList();
        loadSubjects(em, page);
        return new PageResult<>(page.stream().map(this::view).toList(), pageRequest, count.getSingleResult());
    }

    /** The page's events, peer challenges, engagements and cohorts with what their views show, one query a kind. */
    private static void loadSubjects(EntityManager em, List<SurveyResponse> page) {
        load(em, "select e from Event e join fetch e.programme where e in :subjects", page, r -> r.event);
        load(em, "select c from Cohort c join fetch c.programme where c in :subjects", page, r -> r.cohort);
        load(em, "select s from SupportEngagement s join fetch s.programme join fetch s.council where s in :subjects",
                page, r -> r.supportEngagement);
        load(em, "select pc from PeerChallenge pc join fetch pc.council where pc in :subjects", page,
                r -> r.peerChallenge);
        List<String> programmes = page.stream().filter(r -> r.peerChallenge != null)
                .map(r -> r.peerChallenge.type.programmeId()).filter(Objects::nonNull).distinct().toList();
        if (!programmes.isEmpty()) {
            Programme.list("id in ?1", programmes);
        }
    }

    private static void load(EntityManager em, String query, List<SurveyResponse> page,
            Function<SurveyResponse, Object> subject) {
        List<Object> subjects = page.stream().map(subject).filter(Objects::nonNull).distinct().toList();
        if (!subjects.isEmpty()) {
            em.createQuery(query).setParameter("subjects", subjects).getResultList();
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SurveyResponseSummary summary(SurveyResponseFilter filter) {
        Where where = where(filter);
        TypedQuery<Object[]> query = SurveyResponse.getEntityManager().createQuery(
                "select sr.satisfaction, sr.positiveImpact, sr.increasedConfidence, sr.wouldRecommend, count(sr)" + FROM
                        + " where " + where.condition()
                        + " group by sr.satisfaction, sr.positiveImpact, sr.increasedConfidence, sr.wouldRecommend",
                Object[].class);
        where.parameters().forEach(query::setParameter);
        long responses = 0;
        long answered = 0;
        long satisfied = 0;
        long scoreTotal = 0;
        List<Map<SurveyAnswer, Long>> questions = List.of(new EnumMap<>(SurveyAnswer.class),
                new EnumMap<>(SurveyAnswer.class), new EnumMap<>(SurveyAnswer.class));
        for (Object[] row : query.getResultList()) {
            long n = ((Number) row[4]).longValue();
            responses += n;
            if (row[0] != null) {
                int score = ((Number) row[0]).intValue();
                answered += n;
                scoreTotal += score * n;
                if (score >= 4) {
                    satisfied += n;
                }
            }
            for (int q = 0; q < questions.size(); q++) {
                questions.get(q).merge((SurveyAnswer) row[1 + q], n, Long::sum);
            }
        }
        return new SurveyResponseSummary(responses, answered, satisfied, perCent(satisfied, answered),
                answered == 0 ? null
                        : BigDecimal.valueOf(scoreTotal).divide(BigDecimal.valueOf(answered), 2, RoundingMode.HALF_UP),
                question(questions.get(0)), question(questions.get(1)), question(questions.get(2)));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<SurveyResponseView> find(long id) {
        return SurveyResponse.<SurveyResponse>findByIdOptional(id).filter(scope::canRead).map(this::view);
    }

    public SurveyResponseView create(SurveyResponseCreate create) {
        SurveyResponse response = new SurveyResponse();
        apply(response, create == null ? new SurveyResponseCreate(null, null, null, null, null, null, null, null, null,
                null) : create, true);
        response.persistAndFlush();
        audit.record(SurveyResponse.AUDIT_TYPE, response.id, "created", response.version, Map.of(),
                response.auditSnapshot());
        return view(response);
    }

    public SurveyResponseView update(long id, IfMatch ifMatch, SurveyResponseUpdate update) {
        SurveyResponse response = load(id);
        ifMatch.check(response.version);
        Map<String, String> before = response.auditSnapshot();
        apply(response, update == null ? new SurveyResponseUpdate(null, null, null, null, null, null, null, null, null,
                null) : update, false);
        SurveyResponse.flush();
        audit.record(SurveyResponse.AUDIT_TYPE, id, "updated", response.version, before, response.auditSnapshot());
        return view(response);
    }

    public void delete(long id, IfMatch ifMatch) {
        SurveyResponse response = load(id);
        ifMatch.check(response.version);
        Map<String, String> before = response.auditSnapshot();
        response.delete();
        audit.record(SurveyResponse.AUDIT_TYPE, id, "deleted", null, before, Map.of());
    }

    /**
     * A response belongs to its subject's organisation, so it moves with its event, cohort or support engagement
     * (audited, version bumped); a 409 naming `organisation` when one's external id is already used there.
     */
    void subjectMoved(@Observes OrganisationChanged moved) {
        String subject = moved.type() == Event.class ? "event"
                : moved.type() == Cohort.class ? "cohort"
                : moved.type() == SupportEngagement.class ? "supportEngagement" : null;
        if (subject == null) {
            return;
        }
        List<SurveyResponse> responses = SurveyResponse.list(subject + ".id", moved.id());
        for (SurveyResponse response : responses) {
            if (response.externalId != null && Ownership.holder(SurveyResponse.class, moved.organisation(),
                    response.externalId, response.id).isPresent()) {
                throw new ConflictException("Survey response " + response.id + " has external id "
                        + response.externalId + ", which " + moved.organisation().name + " already uses; nothing "
                        + "was changed.", List.of(new FieldError("organisation", "a survey response's external id "
                                + response.externalId + " is already used in " + moved.organisation().name)));
            }
        }
        for (SurveyResponse response : responses) {
            Map<String, String> before = response.auditSnapshot();
            response.organisation = moved.organisation();
            SurveyResponse.flush();
            audit.record(SurveyResponse.AUDIT_TYPE, response.id, "updated", response.version, before,
                    response.auditSnapshot());
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditEntryView> history(long id) {
        List<AuditEntryView> history = audit.history(SurveyResponse.AUDIT_TYPE, id);
        if (history.isEmpty() && SurveyResponse.findById(id) == null) {
            throw notFound(id);
        }
        return history;
    }

    static ResourceNotFoundException notFound(long id) {
        return new ResourceNotFoundException("There is no survey response with id " + id + ".");
    }

    private SurveyResponse load(long id) {
        return scope.readable(SurveyResponse.findById(id), notFound(id));
    }

    // --- reads

    private record Where(String condition, Map<String, Object> parameters) {
    }

    private Where where(SurveyResponseFilter filter) {
        List<String> where = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        scope.restrictedToOrganisation().ifPresent(organisation -> {
            where.add("sr.organisation.id = :scope");
            parameters.put("scope", organisation);
        });
        if (filter.organisation() != null) {
            where.add("sr.organisation.id = :organisation");
            parameters.put("organisation", filter.organisation());
        }
        if (filter.subjectType() != null) {
            where.add(switch (filter.subjectType()) {
                case EVENT -> "e.id is not null";
                case PEER_CHALLENGE -> "pc.id is not null";
                case SUPPORT_ENGAGEMENT -> "s.id is not null";
                case COHORT -> "c.id is not null";
            });
        }
        addId(where, parameters, "e.id", "event", filter.event());
        addId(where, parameters, "pc.id", "peerChallenge", filter.peerChallenge());
        addId(where, parameters, "s.id", "supportEngagement", filter.supportEngagement());
        addId(where, parameters, "c.id", "cohort", filter.cohort());
        if (filter.financialYear() != null) {
            where.add("sr.submittedDate between :fyStart and :fyEnd");
            parameters.put("fyStart", filter.financialYear().firstDay());
            parameters.put("fyEnd", filter.financialYear().lastDay());
        }
        if (filter.programme() != null) {
            where.add("(ep.id = :programme or cp.id = :programme or sp.id = :programme" + orPeerChallengeOf(
                    peerChallengeTypes(programme -> programme.id.equals(filter.programme())), "programmeTypes",
                    parameters) + ")");
            parameters.put("programme", filter.programme());
        }
        if (filter.theme() != null) {
            where.add("(ep.theme = :theme or cp.theme = :theme or sp.theme = :theme" + orPeerChallengeOf(
                    peerChallengeTypes(programme -> programme.theme == filter.theme()), "themeTypes", parameters)
                    + ")");
            parameters.put("theme", filter.theme());
        }
        if (filter.region() != null) {
            where.add("rc.region = :region");
            parameters.put("region", filter.region());
        }
        if (filter.council() != null) {
            where.add("rc.gssCode = :council");
            parameters.put("council", filter.council().toUpperCase(Locale.ROOT));
        }
        if (filter.respondentRole() != null) {
            where.add("sr.respondentRole = :respondentRole");
            parameters.put("respondentRole", filter.respondentRole());
        }
        return new Where(where.isEmpty() ? "true" : String.join(" and ", where), parameters);
    }

    /**
     * The kinds of peer challenge delivered under a catalogue programme that matches (see
     * {@link PeerChallengeType#programmeId()}); a kind the catalogue has no programme for matches none.
     */
    private static Set<PeerChallengeType> peerChallengeTypes(Predicate<Programme> matches) {
        Set<PeerChallengeType> types = EnumSet.noneOf(PeerChallengeType.class);
        for (PeerChallengeType type : PeerChallengeType.values()) {
            Programme programme = type.programmeId() == null ? null : Programme.findById(type.programmeId());
            if (programme != null && matches.test(programme)) {
                types.add(type);
            }
        }
        return types;
    }

    /** ` or pc.type in :name` for peer challenges of these kinds; nothing when there are none. */
    private static String orPeerChallengeOf(Set<PeerChallengeType> types, String name, Map<String, Object> parameters) {
        if (types.isEmpty()) {
            return "";
        }
        parameters.put(name, types);
        return " or pc.type in :" + name;
    }

    private static void addId(List<String> where, Map<String, Object> parameters, String path, String name, Long id) {
        if (id != null) {
            where.add(path + " = :" + name);
            parameters.put(name, id);
        }
    }

    private static BigDecimal perCent(long part, long whole) {
        return whole == 0 ? null
                : BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    private static SurveyResponseSummary.QuestionSummary question(Map<SurveyAnswer, Long> counts) {
        long yes = counts.getOrDefault(SurveyAnswer.YES, 0L);
        long no = counts.getOrDefault(SurveyAnswer.NO, 0L);
        return new SurveyResponseSummary.QuestionSummary(yes, no, counts.getOrDefault(SurveyAnswer.NOT_ANSWERED, 0L),
                perCent(yes, yes + no));
    }

    SurveyResponseView view(SurveyResponse response) {
        Subject subject = Subject.of(response);
        return new SurveyResponseView(response.id,
                new SurveySubjectView(subject.type(), subject.type().label(), subject.id(), subject.title()),
                ProgrammeRef.from(subject.programme()), response.respondentRole, response.respondentRole.label(),
                CouncilRef.from(response.council), response.council == null ? null : response.council.region,
                response.satisfaction == null ? null : response.satisfaction.intValue(), response.positiveImpact,
                response.increasedConfidence, response.wouldRecommend, response.comment, response.submittedDate,
                FinancialYear.of(response.submittedDate).toString(), OrganisationRef.from(response.organisation),
                response.externalId, response.version, response.updatedAt);
    }

    // --- writes

    /** The subject a response is about, whichever kind it is. */
    private record Subject(SurveySubjectType type, long id, String title, Programme programme, LocalDate startDate,
            String started, Organisation organisation) {

        static Subject of(SurveyResponse response) {
            return switch (response.subjectType()) {
                case EVENT -> of(response.event);
                case PEER_CHALLENGE -> of(response.peerChallenge);
                case SUPPORT_ENGAGEMENT -> of(response.supportEngagement);
                case COHORT -> of(response.cohort);
            };
        }

        static Subject find(SurveySubjectType type, long id) {
            return switch (type) {
                case EVENT -> Event.<Event>findByIdOptional(id).map(Subject::of).orElse(null);
                case PEER_CHALLENGE -> PeerChallenge.<PeerChallenge>findByIdOptional(id).map(Subject::of).orElse(null);
                case SUPPORT_ENGAGEMENT -> SupportEngagement.<SupportEngagement>findByIdOptional(id).map(Subject::of)
                        .orElse(null);
                case COHORT -> Cohort.<Cohort>findByIdOptional(id).map(Subject::of).orElse(null);
            };
        }

        static Subject of(Event event) {
            return new Subject(SurveySubjectType.EVENT, event.id, event.title, event.programme, event.startDate,
                    "the event started", event.organisation);
        }

        static Subject of(PeerChallenge challenge) {
            String programme = challenge.type.programmeId();
            return new Subject(SurveySubjectType.PEER_CHALLENGE, challenge.id,
                    challenge.type.label() + " – " + challenge.council.name,
                    programme == null ? null : Programme.findById(programme), challenge.requestedDate,
                    "the peer challenge was requested", Organisation.findById(PeerChallenge.ORGANISATION));
        }

        static Subject of(SupportEngagement engagement) {
            return new Subject(SurveySubjectType.SUPPORT_ENGAGEMENT, engagement.id,
                    engagement.type.label() + " – " + engagement.council.name, engagement.programme,
                    engagement.startDate, "the support engagement started", engagement.organisation);
        }

        static Subject of(Cohort cohort) {
            return new Subject(SurveySubjectType.COHORT, cohort.id, cohort.name, cohort.programme, cohort.startDate,
                    "the cohort started", cohort.organisation);
        }
    }

    /**
     * Checks every field and reports every problem at once (400, nothing written); only then changes the record.
     * Lookups come first so that no query flushes a half-changed record.
     */
    private void apply(SurveyResponse response, SurveyResponseFields fields, boolean creating) {
        List<FieldError> errors = new ArrayList<>(validator.validate(fields).stream()
                .map(violation -> new FieldError(violation.getPropertyPath().toString(), violation.getMessage()))
                .distinct().toList());

        Subject subject = null;
        if (fields.subject() == null) {
            errors.add(new FieldError("subject.id",
                    "is required: the event, peer challenge, support engagement or cohort the response is about"));
        } else if (fields.subject().type() != null && fields.subject().id() != null) {
            subject = Subject.find(fields.subject().type(), fields.subject().id());
            if (subject == null) {
                String noun = fields.subject().type().label().toLowerCase(Locale.ROOT);
                errors.add(new FieldError("subject.id", "must be the id of an existing " + noun + " (there is no "
                        + noun + " with id " + fields.subject().id() + ")"));
            }
        }

        Council council = null;
        if (!blank(fields.council())) {
            council = Council.findById(fields.council().strip().toUpperCase(Locale.ROOT));
            if (council == null) {
                errors.add(new FieldError("council", "must be the GSS code of a council (there is no council with "
                        + "code " + fields.council().strip() + ")"));
            }
        }

        if (fields.submittedDate() != null) {
            LocalDate today = LocalDate.now(clock);
            if (fields.submittedDate().isAfter(today)) {
                errors.add(new FieldError("submittedDate", "must not be in the future"));
            } else if (subject != null && subject.startDate() != null
                    && fields.submittedDate().isBefore(subject.startDate())) {
                errors.add(new FieldError("submittedDate",
                        "must not be before " + subject.started() + " (" + subject.startDate() + ")"));
            }
        }

        String externalId = Ownership.externalId(fields.externalId(), creating ? null : response.externalId, errors);

        if (!errors.isEmpty()) {
            throw new InvalidFieldsException(errors.stream().sorted(Comparator.comparingInt(
                    (FieldError error) -> FIELD_ORDER.contains(error.field()) ? FIELD_ORDER.indexOf(error.field())
                            : FIELD_ORDER.size()).thenComparing(FieldError::field)).toList());
        }

        // A response always belongs to its subject's organisation (the LGA's, for a peer challenge).
        Ownership.requireUniqueExternalId(SurveyResponse.class, "survey response", response.id, subject.organisation(),
                externalId);

        response.event = null;
        response.peerChallenge = null;
        response.supportEngagement = null;
        response.cohort = null;
        switch (subject.type()) {
            case EVENT -> response.event = Event.findById(subject.id());
            case PEER_CHALLENGE -> response.peerChallenge = PeerChallenge.findById(subject.id());
            case SUPPORT_ENGAGEMENT -> response.supportEngagement = SupportEngagement.findById(subject.id());
            case COHORT -> response.cohort = Cohort.findById(subject.id());
        }
        response.respondentRole = fields.respondentRole();
        response.council = council;
        response.satisfaction = fields.satisfaction() == null ? null : fields.satisfaction().shortValue();
        response.positiveImpact = answerOrDefault(fields.positiveImpact());
        response.increasedConfidence = answerOrDefault(fields.increasedConfidence());
        response.wouldRecommend = answerOrDefault(fields.wouldRecommend());
        response.comment = blank(fields.comment()) ? null : fields.comment().strip();
        response.submittedDate = fields.submittedDate();
        response.organisation = subject.organisation();
        response.externalId = externalId;
    }

    private static SurveyAnswer answerOrDefault(SurveyAnswer answer) {
        return answer == null ? SurveyAnswer.NOT_ANSWERED : answer;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
