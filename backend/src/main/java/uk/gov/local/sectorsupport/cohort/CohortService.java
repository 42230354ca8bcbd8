package uk.gov.local.sectorsupport.cohort;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
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
import uk.gov.local.sectorsupport.common.persistence.Like;
import uk.gov.local.sectorsupport.common.persistence.OrganisationChanged;
import uk.gov.local.sectorsupport.common.persistence.Ownership;
import uk.gov.local.sectorsupport.common.security.RecordScope;
import uk.gov.local.sectorsupport.council.CouncilRef;
import uk.gov.local.sectorsupport.council.Region;
import uk.gov.local.sectorsupport.organisation.Organisation;
import uk.gov.local.sectorsupport.peer.EthnicGroup;
import uk.gov.local.sectorsupport.peer.Sex;
import uk.gov.local.sectorsupport.programme.Programme;

/** Cohorts: their records, figures, host councils and diversity aggregate. Enrolments are {@link EnrolmentService}'s. */
@ApplicationScoped
@Transactional
public class CohortService {

    @Inject
    AuditLog audit;

    @Inject
    RecordScope scope;

    @Inject
    Event<OrganisationChanged> organisationChanged;

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<CohortView> search(CohortFilter filter, PageRequest pageRequest) {
        List<String> where = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        scope.restrictedToOrganisation().ifPresent(organisation -> {
            where.add("c.organisation.id = :scope");
            parameters.put("scope", organisation);
        });
        if (filter.financialYear() != null) {
            where.add("c.financialYear = :year");
            parameters.put("year", filter.financialYear().startYear());
        }
        if (filter.programme() != null) {
            where.add("c.programme.id = :programme");
            parameters.put("programme", filter.programme());
        }
        if (filter.theme() != null) {
            where.add("c.programme.theme = :theme");
            parameters.put("theme", filter.theme());
        }
        if (filter.council() != null) {
            where.add("exists (select 1 from Enrolment e where e.cohort = c and e.council.gssCode = :council)");
            parameters.put("council", filter.council().toUpperCase(Locale.ROOT));
        }
        if (filter.region() != null) {
            where.add("exists (select 1 from Enrolment e where e.cohort = c and e.council.region = :region)");
            parameters.put("region", filter.region());
        }
        if (filter.organisation() != null) {
            where.add("c.organisation.id = :organisation");
            parameters.put("organisation", filter.organisation());
        }
        if (filter.query() != null) {
            where.add("lower(c.name) like :pattern escape '\\'");
            parameters.put("pattern", Like.containsPattern(filter.query()));
        }
        String condition = where.isEmpty() ? "true" : String.join(" and ", where);
        long total = Cohort.count("from Cohort c where " + condition, parameters);
        List<Cohort> page = Cohort.<Cohort>find("from Cohort c join fetch c.programme join fetch c.organisation where "
                + condition + " order by c.financialYear desc, c.startDate desc, c.id desc", parameters)
                .range(pageRequest.offset(), pageRequest.offset() + pageRequest.size() - 1).list();
        return new PageResult<>(views(page), pageRequest, total);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<CohortView> find(long id) {
        return Cohort.<Cohort>findByIdOptional(id).filter(scope::canRead).map(this::view);
    }

    public CohortView create(@Valid @NotNull CohortCreate create) {
        Cohort cohort = new Cohort();
        apply(cohort, create);
        cohort.persistAndFlush();
        audit.record(Cohort.AUDIT_TYPE, cohort.id, "created", cohort.version, Map.of(), cohort.auditSnapshot());
        return view(cohort);
    }

    public CohortView update(long id, IfMatch ifMatch, @Valid @NotNull CohortUpdate update) {
        Cohort cohort = load(id);
        ifMatch.check(cohort.version);
        Map<String, String> before = cohort.auditSnapshot();
        Organisation previousOrganisation = cohort.organisation;
        apply(cohort, update);
        if (cohort.organisation != previousOrganisation) {
            moveEnrolments(cohort);
            organisationChanged.fire(new OrganisationChanged(Cohort.class, id, cohort.organisation));
        }
        Cohort.flush();
        audit.record(Cohort.AUDIT_TYPE, id, "updated", cohort.version, before, cohort.auditSnapshot());
        return view(cohort);
    }

    /** Deletes the cohort and its enrolments (each audited as deleted); not while survey responses are about it. */
    public void delete(long id, IfMatch ifMatch) {
        Cohort cohort = load(id);
        ifMatch.check(cohort.version);
        // Native, so that cohorts do not depend on the survey feature that depends on them.
        long responses = ((Number) Cohort.getEntityManager()
                .createNativeQuery("select count(*) from survey_response where cohort_id = ?1")
                .setParameter(1, id).getSingleResult()).longValue();
        if (responses > 0) {
            throw new ConflictException("Cohort " + id + " has " + responses + " survey response(s) about it, which "
                    + "would be lost; delete those first.");
        }
        for (Enrolment enrolment : Enrolment.<Enrolment>list("cohort.id", id)) {
            Map<String, String> before = enrolment.auditSnapshot();
            audit.record(Enrolment.AUDIT_TYPE, enrolment.id, "deleted", null, before, Map.of(),
                    Enrolment.DIVERSITY_FIELDS);
            enrolment.delete();
        }
        Map<String, String> before = cohort.auditSnapshot();
        cohort.delete();
        audit.record(Cohort.AUDIT_TYPE, id, "deleted", null, before, Map.of());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditEntryView> history(long id) {
        List<AuditEntryView> history = audit.history(Cohort.AUDIT_TYPE, id);
        if (history.isEmpty() && Cohort.findById(id) == null) {
            throw notFound(id);
        }
        return history;
    }

    /** The councils of the cohort's enrolments, by name, with counts by status. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CohortCouncilView> councils(long id) {
        readable(id);
        List<Object[]> rows = Cohort.getEntityManager().createQuery("""
                select c.gssCode, c.name, c.startDate, c.endDate, c.region, e.status, count(e)
                from Enrolment e join e.council c where e.cohort.id = :id
                group by c.gssCode, c.name, c.startDate, c.endDate, c.region, e.status""", Object[].class)
                .setParameter("id", id).getResultList();
        Map<String, CouncilCounts> byCouncil = new LinkedHashMap<>();
        for (Object[] row : rows) {
            CouncilCounts counts = byCouncil.computeIfAbsent((String) row[0], gss -> new CouncilCounts(
                    new CouncilRef(gss, (String) row[1], (java.time.LocalDate) row[2], (java.time.LocalDate) row[3]),
                    (Region) row[4], new EnumMap<>(EnrolmentStatus.class)));
            counts.byStatus().merge((EnrolmentStatus) row[5], (Long) row[6], Long::sum);
        }
        return byCouncil.values().stream()
                .sorted(Comparator.comparing((CouncilCounts c) -> c.council().name()).thenComparing(c -> c.council().gssCode()))
                .map(c -> new CohortCouncilView(c.council(), c.region(),
                        c.byStatus().values().stream().mapToLong(Long::longValue).sum(),
                        c.byStatus().getOrDefault(EnrolmentStatus.ENROLLED, 0L),
                        c.byStatus().getOrDefault(EnrolmentStatus.COMPLETED, 0L),
                        c.byStatus().getOrDefault(EnrolmentStatus.WITHDRAWN, 0L)))
                .toList();
    }

    private record CouncilCounts(CouncilRef council, Region region, Map<EnrolmentStatus, Long> byStatus) {
    }

    /** Counts by sex, ethnic group and disability over every enrolment, with small counts suppressed. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CohortDiversityView diversity(long id) {
        readable(id);
        long participants = Enrolment.count("cohort.id", id);
        return new CohortDiversityView(id, participants, DiversityCounts.THRESHOLD,
                DiversityCounts.breakdown(Sex.class, countBy("sex", id)),
                DiversityCounts.breakdown(EthnicGroup.class, countBy("ethnicGroup", id)),
                DiversityCounts.breakdown(Disability.class, countBy("disability", id)));
    }

    private static <E> Map<E, Long> countBy(String field, long id) {
        Map<E, Long> counts = new HashMap<>();
        // The field name is one of three constants above, never input.
        for (Object[] row : Cohort.getEntityManager()
                .createQuery("select e." + field + ", count(e) from Enrolment e where e.cohort.id = :id group by e."
                        + field, Object[].class)
                .setParameter("id", id).getResultList()) {
            @SuppressWarnings("unchecked")
            E key = (E) row[0];
            counts.put(key, (Long) row[1]);
        }
        return counts;
    }

    /** The cohort, or 404 when it does not exist or the caller may not read it. */
    Cohort readable(long id) {
        return scope.readable(Cohort.<Cohort>findById(id), notFound(id));
    }

    CohortView view(Cohort cohort) {
        return views(List.of(cohort)).getFirst();
    }

    private List<CohortView> views(List<Cohort> cohorts) {
        Map<Long, CohortView.Figures> figures = figures(cohorts.stream().map(c -> c.id).toList());
        return cohorts.stream().map(c -> CohortView.from(c, figures.getOrDefault(c.id, CohortView.Figures.NONE))).toList();
    }

    private static Map<Long, CohortView.Figures> figures(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, Map<EnrolmentStatus, Long>> byStatus = new HashMap<>();
        for (Object[] row : Cohort.getEntityManager().createQuery("""
                select e.cohort.id, e.status, count(e) from Enrolment e where e.cohort.id in :ids
                group by e.cohort.id, e.status""", Object[].class).setParameter("ids", ids).getResultList()) {
            byStatus.computeIfAbsent((Long) row[0], key -> new EnumMap<>(EnrolmentStatus.class))
                    .put((EnrolmentStatus) row[1], (Long) row[2]);
        }
        Map<Long, Long> councils = new HashMap<>();
        for (Object[] row : Cohort.getEntityManager().createQuery("""
                select e.cohort.id, count(distinct e.council.gssCode) from Enrolment e where e.cohort.id in :ids
                group by e.cohort.id""", Object[].class).setParameter("ids", ids).getResultList()) {
            councils.put((Long) row[0], (Long) row[1]);
        }
        Map<Long, CohortView.Figures> figures = new HashMap<>();
        byStatus.forEach((id, counts) -> figures.put(id, new CohortView.Figures(
                counts.values().stream().mapToLong(Long::longValue).sum(),
                counts.getOrDefault(EnrolmentStatus.ENROLLED, 0L),
                counts.getOrDefault(EnrolmentStatus.COMPLETED, 0L),
                counts.getOrDefault(EnrolmentStatus.WITHDRAWN, 0L),
                councils.getOrDefault(id, 0L))));
        return figures;
    }

    private static Cohort load(long id) {
        return Cohort.<Cohort>findByIdOptional(id).orElseThrow(() -> notFound(id));
    }

    static ResourceNotFoundException notFound(long id) {
        return new ResourceNotFoundException("There is no cohort with id " + id + ".");
    }

    /** Copies the fields: unknown programme or organisation and bad dates are field errors (400), a name or
     *  external id already taken is a conflict (409) naming the field. */
    private static void apply(Cohort cohort, CohortFields fields) {
        List<FieldError> errors = new ArrayList<>();
        Programme programme = Programme.findById(fields.programme().strip());
        if (programme == null) {
            errors.add(new FieldError("programme", "there is no programme with id " + fields.programme()));
        }
        Organisation organisation = null;
        if (fields.organisation() != null) {
            organisation = Organisation.findById(fields.organisation().strip());
            if (organisation == null) {
                errors.add(new FieldError("organisation", "there is no organisation with id " + fields.organisation()));
            }
        }
        errors.addAll(CohortRules.check(fields.financialYear(), fields.startDate(), fields.endDate()));
        String externalId = Ownership.externalId(fields.externalId(), cohort.externalId, errors);
        if (!errors.isEmpty()) {
            throw new InvalidFieldsException(errors);
        }
        String name = fields.name().strip();
        if (organisation == null) {
            organisation = cohort.organisation != null ? cohort.organisation : programme.deliveringOrganisation;
        }
        long selfId = cohort.id == null ? -1 : cohort.id;
        Cohort sameName = Cohort.<Cohort>find("programme = ?1 and lower(name) = ?2 and id <> ?3", programme,
                name.toLowerCase(Locale.ROOT), selfId).firstResult();
        if (sameName != null) {
            throw new ConflictException("The programme " + programme.name + " already has a cohort called \""
                    + sameName.name + "\" (id " + sameName.id + ").",
                    List.of(new FieldError("name", "is already the name of another cohort of this programme")));
        }
        Ownership.requireUniqueExternalId(Cohort.class, "cohort", cohort.id, organisation, externalId);
        cohort.programme = programme;
        cohort.name = name;
        cohort.financialYear = CohortRules.financialYear(fields.financialYear(), fields.startDate()).startYear();
        cohort.startDate = fields.startDate();
        cohort.endDate = fields.endDate();
        cohort.organisation = organisation;
        cohort.externalId = externalId;
    }

    /**
     * An enrolment belongs to its cohort's organisation, so it moves with the cohort (audited, version bumped); a
     * 409 naming `organisation` when one's external id is already used in the new organisation.
     */
    private void moveEnrolments(Cohort cohort) {
        List<Enrolment> enrolments = Enrolment.list("cohort", cohort);
        for (Enrolment enrolment : enrolments) {
            if (enrolment.externalId != null && Ownership.holder(Enrolment.class, cohort.organisation,
                    enrolment.externalId, enrolment.id).isPresent()) {
                throw new ConflictException("Enrolment " + enrolment.id + " has external id " + enrolment.externalId
                        + ", which " + cohort.organisation.name + " already uses; nothing was changed.",
                        List.of(new FieldError("organisation", "an enrolment's external id " + enrolment.externalId
                                + " is already used in " + cohort.organisation.name)));
            }
        }
        for (Enrolment enrolment : enrolments) {
            Map<String, String> before = enrolment.auditSnapshot();
            enrolment.organisation = cohort.organisation;
            Enrolment.flush();
            audit.record(Enrolment.AUDIT_TYPE, enrolment.id, "updated", enrolment.version, before,
                    enrolment.auditSnapshot(), Enrolment.DIVERSITY_FIELDS);
        }
    }
}
