package uk.gov.local.sectorsupport.cohort;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import uk.gov.local.sectorsupport.common.PseudonymousKey;
import uk.gov.local.sectorsupport.common.audit.AuditEntryView;
import uk.gov.local.sectorsupport.common.audit.AuditLog;
import uk.gov.local.sectorsupport.common.error.ConflictException;
import uk.gov.local.sectorsupport.common.error.InvalidFieldsException;
import uk.gov.local.sectorsupport.common.error.Problem.FieldError;
import uk.gov.local.sectorsupport.common.error.ResourceNotFoundException;
import uk.gov.local.sectorsupport.common.http.IfMatch;
import uk.gov.local.sectorsupport.common.paging.PageRequest;
import uk.gov.local.sectorsupport.common.paging.PageResult;
import uk.gov.local.sectorsupport.common.persistence.Ownership;
import uk.gov.local.sectorsupport.common.security.RecordScope;
import uk.gov.local.sectorsupport.council.Council;

/** A cohort's enrolments. Diversity answers go in but never come out, and are only "withheld" in the audit trail. */
@ApplicationScoped
@Transactional
public class EnrolmentService {

    /** Generated participant keys: `par-` and 12 random characters. */
    static final String KEY_PREFIX = "par-";

    @Inject
    AuditLog audit;

    @Inject
    RecordScope scope;

    @Inject
    CohortService cohorts;

    /** The cohort's enrolments by council name, then participant key; a partner sees only its own organisation's. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<EnrolmentView> search(long cohortId, EnrolmentFilter filter, PageRequest pageRequest) {
        cohorts.readable(cohortId);
        List<String> where = new ArrayList<>(List.of("e.cohort.id = :cohort"));
        Map<String, Object> parameters = new HashMap<>(Map.of("cohort", cohortId));
        scope.restrictedToOrganisation().ifPresent(organisation -> {
            where.add("e.organisation.id = :scope");
            parameters.put("scope", organisation);
        });
        if (filter.council() != null) {
            where.add("e.council.gssCode = :council");
            parameters.put("council", filter.council().toUpperCase(Locale.ROOT));
        }
        if (filter.status() != null) {
            where.add("e.status = :status");
            parameters.put("status", filter.status());
        }
        String condition = String.join(" and ", where);
        long total = Enrolment.count("from Enrolment e where " + condition, parameters);
        List<EnrolmentView> items = Enrolment.<Enrolment>find("from Enrolment e join fetch e.council c "
                + "join fetch e.organisation where " + condition + " order by c.name, e.participantKey, e.id", parameters)
                .range(pageRequest.offset(), pageRequest.offset() + pageRequest.size() - 1).list()
                .stream().map(EnrolmentView::from).toList();
        return new PageResult<>(items, pageRequest, total);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public EnrolmentView find(long cohortId, long id) {
        cohorts.readable(cohortId);
        return EnrolmentView.from(scope.readable(enrolment(cohortId, id), notFound(cohortId, id)));
    }

    public EnrolmentView create(long cohortId, @Valid @NotNull EnrolmentCreate create) {
        Cohort cohort = Cohort.<Cohort>findByIdOptional(cohortId).orElseThrow(() -> CohortService.notFound(cohortId));
        Enrolment enrolment = new Enrolment();
        enrolment.cohort = cohort;
        enrolment.status = EnrolmentStatus.ENROLLED;
        apply(enrolment, create);
        enrolment.persistAndFlush();
        audit.record(Enrolment.AUDIT_TYPE, enrolment.id, "created", enrolment.version, Map.of(),
                enrolment.auditSnapshot(), Enrolment.DIVERSITY_FIELDS);
        return EnrolmentView.from(enrolment);
    }

    public EnrolmentView update(long cohortId, long id, IfMatch ifMatch, @Valid @NotNull EnrolmentUpdate update) {
        Enrolment enrolment = load(cohortId, id);
        ifMatch.check(enrolment.version);
        Map<String, String> before = enrolment.auditSnapshot();
        apply(enrolment, update);
        Enrolment.flush();
        audit.record(Enrolment.AUDIT_TYPE, id, "updated", enrolment.version, before, enrolment.auditSnapshot(),
                Enrolment.DIVERSITY_FIELDS);
        return EnrolmentView.from(enrolment);
    }

    public void delete(long cohortId, long id, IfMatch ifMatch) {
        Enrolment enrolment = load(cohortId, id);
        ifMatch.check(enrolment.version);
        Map<String, String> before = enrolment.auditSnapshot();
        enrolment.delete();
        audit.record(Enrolment.AUDIT_TYPE, id, "deleted", null, before, Map.of(), Enrolment.DIVERSITY_FIELDS);
    }

    /** Readable after the enrolment is deleted, while its cohort exists (and after that by its id alone). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditEntryView> history(long cohortId, long id) {
        List<AuditEntryView> history = audit.history(Enrolment.AUDIT_TYPE, id);
        boolean ofThisCohort = history.stream().flatMap(entry -> entry.changes().stream())
                .anyMatch(change -> change.field().equals("cohort")
                        && (Long.toString(cohortId).equals(change.to()) || Long.toString(cohortId).equals(change.from())));
        if (!ofThisCohort && enrolment(cohortId, id) == null) {
            throw notFound(cohortId, id);
        }
        return history;
    }

    private static Enrolment enrolment(long cohortId, long id) {
        return Enrolment.<Enrolment>find("id = ?1 and cohort.id = ?2", id, cohortId).firstResult();
    }

    private static Enrolment load(long cohortId, long id) {
        if (Cohort.findById(cohortId) == null) {
            throw CohortService.notFound(cohortId);
        }
        Enrolment enrolment = enrolment(cohortId, id);
        if (enrolment == null) {
            throw notFound(cohortId, id);
        }
        return enrolment;
    }

    static ResourceNotFoundException notFound(long cohortId, long id) {
        return new ResourceNotFoundException("Cohort " + cohortId + " has no enrolment with id " + id + ".");
    }

    /**
     * Copies the fields. An unknown council is a field error (400); a participant key taken in the cohort or an
     * external id taken in the organisation is a conflict (409) naming the field. Absent key, external id and
     * diversity answers keep what is recorded (or the defaults, on create). An enrolment always belongs to its
     * cohort's organisation.
     */
    private static void apply(Enrolment enrolment, EnrolmentFields fields) {
        List<FieldError> errors = new ArrayList<>();
        Council council = Council.findById(fields.council().strip().toUpperCase(Locale.ROOT));
        if (council == null) {
            errors.add(new FieldError("council", "there is no council with GSS code " + fields.council()));
        }
        String externalId = Ownership.externalId(fields.externalId(), enrolment.externalId, errors);
        if (!errors.isEmpty()) {
            throw new InvalidFieldsException(errors);
        }
        Cohort cohort = enrolment.cohort;
        long selfId = enrolment.id == null ? -1 : enrolment.id;
        String key = fields.participantKey() != null ? fields.participantKey()
                : enrolment.participantKey != null ? enrolment.participantKey
                : PseudonymousKey.generate(KEY_PREFIX,
                        candidate -> Enrolment.count("cohort = ?1 and participantKey = ?2", cohort, candidate) > 0);
        Enrolment sameKey = Enrolment.<Enrolment>find("cohort = ?1 and participantKey = ?2 and id <> ?3",
                cohort, key, selfId).firstResult();
        if (sameKey != null) {
            throw new ConflictException("Cohort " + cohort.id + " already has a participant with key \"" + key
                    + "\" (enrolment " + sameKey.id + ").",
                    List.of(new FieldError("participantKey", "is already used on this cohort")));
        }
        Ownership.requireUniqueExternalId(Enrolment.class, "enrolment", enrolment.id, cohort.organisation, externalId);
        enrolment.participantKey = key;
        enrolment.council = council;
        enrolment.participantRole = fields.participantRole();
        if (fields.status() != null) {
            enrolment.status = fields.status();
        }
        // Diversity answers are never read back, so a form cannot resend them: absent means "keep what is recorded".
        if (fields.sex() != null) {
            enrolment.sex = fields.sex();
        }
        if (fields.ethnicGroup() != null) {
            enrolment.ethnicGroup = fields.ethnicGroup();
        }
        if (fields.disability() != null) {
            enrolment.disability = fields.disability();
        }
        enrolment.organisation = cohort.organisation;
        enrolment.externalId = externalId;
    }
}
