package uk.gov.local.sectorsupport.programme;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import io.quarkus.panache.common.Sort;
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
import uk.gov.local.sectorsupport.common.persistence.Like;
import uk.gov.local.sectorsupport.organisation.Organisation;

@ApplicationScoped
@Transactional
public class ProgrammeService {

    /** What may refer to a programme, by table, with the words a conflict message uses. */
    private static final List<String[]> REFERENCES = List.of(
            new String[] { "deliverable", "deliverable", "deliverables" },
            new String[] { "event", "event", "events" },
            new String[] { "cohort", "cohort", "cohorts" },
            new String[] { "support_engagement", "support engagement", "support engagements" });

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<ProgrammeView> search(ProgrammeFilter filter, PageRequest pageRequest) {
        List<String> where = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (filter.theme() != null) {
            where.add("theme = :theme");
            parameters.put("theme", filter.theme());
        }
        if (filter.funder() != null) {
            where.add("funder = :funder");
            parameters.put("funder", filter.funder());
        }
        if (filter.organisation() != null) {
            where.add("deliveringOrganisation.id = :organisation");
            parameters.put("organisation", filter.organisation());
        }
        if (filter.audience() != null) {
            where.add("audience = :audience");
            parameters.put("audience", filter.audience());
        }
        if (filter.activeIn() != null) {
            where.add("activeFromYear <= :year and (activeToYear is null or activeToYear >= :year)");
            parameters.put("year", filter.activeIn().startYear());
        }
        if (filter.query() != null) {
            where.add("lower(name) like :pattern escape '\\'");
            parameters.put("pattern", Like.containsPattern(filter.query()));
        }
        var query = Programme.<Programme>find(where.isEmpty() ? "true" : String.join(" and ", where),
                Sort.ascending("name").and("id"), parameters);
        long total = query.count();
        FinancialYear current = currentYear();
        List<ProgrammeView> items = query.range(pageRequest.offset(), pageRequest.offset() + pageRequest.size() - 1)
                .list().stream().map(programme -> ProgrammeView.from(programme, current)).toList();
        return new PageResult<>(items, pageRequest, total);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ProgrammeView> find(String id) {
        return Programme.<Programme>findByIdOptional(id).map(programme -> ProgrammeView.from(programme, currentYear()));
    }

    public ProgrammeView create(@Valid @NotNull ProgrammeCreate create) {
        if (Programme.findById(create.id()) != null) {
            throw new ConflictException("There is already a programme with id " + create.id() + ".",
                    List.of(new FieldError("id", "is taken by another programme; choose another id")));
        }
        Programme programme = new Programme();
        programme.id = create.id();
        apply(programme, create);
        programme.persistAndFlush();
        audit.record(Programme.AUDIT_TYPE, programme.id, "created", programme.version, Map.of(),
                programme.auditSnapshot());
        return ProgrammeView.from(programme, currentYear());
    }

    public ProgrammeView update(String id, IfMatch ifMatch, @Valid @NotNull ProgrammeUpdate update) {
        Programme programme = load(id);
        ifMatch.check(programme.version);
        if (update.id() != null && !update.id().equals(id)) {
            throw new InvalidFieldsException(List.of(new FieldError("id",
                    "cannot be changed; it must be " + id + " or left out")));
        }
        Map<String, String> before = programme.auditSnapshot();
        apply(programme, update);
        Programme.flush();
        audit.record(Programme.AUDIT_TYPE, id, "updated", programme.version, before, programme.auditSnapshot());
        return ProgrammeView.from(programme, currentYear());
    }

    public void delete(String id, IfMatch ifMatch) {
        Programme programme = load(id);
        ifMatch.check(programme.version);
        List<String> referrers = new ArrayList<>();
        for (String[] reference : REFERENCES) {
            // Native, so that the catalogue does not depend on the features that depend on it.
            long count = ((Number) Programme.getEntityManager()
                    .createNativeQuery("select count(*) from " + reference[0] + " where programme_id = ?1")
                    .setParameter(1, id).getSingleResult()).longValue();
            if (count > 0) {
                referrers.add(count + " " + (count == 1 ? reference[1] : reference[2]));
            }
        }
        if (!referrers.isEmpty()) {
            throw new ConflictException("The programme " + programme.name + " cannot be deleted: "
                    + String.join(", ", referrers) + " refer to it and must keep it. To retire the programme, "
                    + "end it instead: set activeTo to the last financial year it runs.");
        }
        Map<String, String> before = programme.auditSnapshot();
        programme.delete();
        audit.record(Programme.AUDIT_TYPE, id, "deleted", null, before, Map.of());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditEntryView> history(String id) {
        List<AuditEntryView> history = audit.history(Programme.AUDIT_TYPE, id);
        if (history.isEmpty() && Programme.findById(id) == null) {
            throw notFound(id);
        }
        return history;
    }

    static ResourceNotFoundException notFound(String id) {
        return new ResourceNotFoundException("There is no programme with id " + id + ".");
    }

    private static Programme load(String id) {
        return Programme.<Programme>findByIdOptional(id).orElseThrow(() -> notFound(id));
    }

    /** Copies the fields; every rule the annotations cannot state is a field error, all reported at once. */
    private static void apply(Programme programme, ProgrammeFields fields) {
        List<FieldError> errors = new ArrayList<>();
        String name = fields.name().strip();
        boolean nameTaken = Programme.count("lower(name) = ?1 and id <> ?2", name.toLowerCase(Locale.ROOT),
                programme.id) > 0;
        Organisation organisation = Organisation.findById(fields.deliveringOrganisation());
        if (organisation == null) {
            errors.add(new FieldError("deliveringOrganisation",
                    "there is no organisation with id " + fields.deliveringOrganisation()));
        }
        FinancialYear from = FinancialYear.field("activeFrom", fields.activeFrom(), errors);
        FinancialYear to = fields.activeTo() == null ? null : FinancialYear.field("activeTo", fields.activeTo(), errors);
        if (from != null && to != null && to.startYear() < from.startYear()) {
            errors.add(new FieldError("activeTo", "must be the same as or later than activeFrom"));
        }
        if (from != null && programme.id != null && errors.stream().noneMatch(e -> e.field().startsWith("active"))) {
            Object[] span = (Object[]) Programme.getEntityManager().createQuery(
                    "select min(d.financialYear), max(d.financialYear) from Deliverable d where d.programme.id = :id")
                    .setParameter("id", programme.id).getSingleResult();
            if (span[0] != null && (Integer) span[0] < from.startYear()) {
                errors.add(new FieldError("activeFrom", "must be " + new FinancialYear((Integer) span[0])
                        + " or earlier: the programme has a deliverable for that year"));
            }
            if (span[1] != null && to != null && (Integer) span[1] > to.startYear()) {
                errors.add(new FieldError("activeTo", "must be " + new FinancialYear((Integer) span[1])
                        + " or later: the programme has a deliverable for that year"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidFieldsException(errors);
        }
        if (nameTaken) {
            throw new ConflictException("There is already a programme called " + name + ".",
                    List.of(new FieldError("name", "is taken by another programme; programme names are unique")));
        }
        programme.name = name;
        programme.theme = fields.theme();
        programme.funder = fields.funder();
        programme.deliveringOrganisation = organisation;
        programme.audience = fields.audience();
        programme.description = fields.description() == null || fields.description().isBlank()
                ? null : fields.description().strip();
        programme.activeFromYear = from.startYear();
        programme.activeToYear = to == null ? null : to.startYear();
    }

    private FinancialYear currentYear() {
        return FinancialYear.of(LocalDate.now(clock));
    }
}
