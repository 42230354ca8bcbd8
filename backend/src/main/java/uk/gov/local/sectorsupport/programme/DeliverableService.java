package uk.gov.local.sectorsupport.programme;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import uk.gov.local.sectorsupport.common.FinancialYear;
import uk.gov.local.sectorsupport.common.audit.AuditEntryView;
import uk.gov.local.sectorsupport.common.audit.AuditLog;
import uk.gov.local.sectorsupport.common.error.InvalidFieldsException;
import uk.gov.local.sectorsupport.common.error.Problem.FieldError;
import uk.gov.local.sectorsupport.common.error.ResourceNotFoundException;
import uk.gov.local.sectorsupport.common.http.IfMatch;
import uk.gov.local.sectorsupport.common.paging.PageRequest;
import uk.gov.local.sectorsupport.common.paging.PageResult;
import uk.gov.local.sectorsupport.metric.Metric;

/** Programmes' targets per financial year: reads for every role, audited writes for LGA staff and administrators. */
@ApplicationScoped
@Transactional
public class DeliverableService {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Inject
    AuditLog audit;

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<DeliverableView> search(DeliverableFilter filter, PageRequest pageRequest) {
        List<String> where = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (filter.financialYear() != null) {
            where.add("d.financialYear = :year");
            parameters.put("year", filter.financialYear().startYear());
        }
        if (filter.programme() != null) {
            where.add("d.programme.id = :programme");
            parameters.put("programme", filter.programme());
        }
        if (filter.theme() != null) {
            where.add("d.programme.theme = :theme");
            parameters.put("theme", filter.theme());
        }
        if (filter.organisation() != null) {
            where.add("d.programme.deliveringOrganisation.id = :organisation");
            parameters.put("organisation", filter.organisation());
        }
        if (filter.metricKey() != null) {
            where.add("d.metricKey = :metricKey");
            parameters.put("metricKey", filter.metricKey());
        }
        String condition = where.isEmpty() ? "true" : String.join(" and ", where);
        long total = Deliverable.count("from Deliverable d where " + condition, parameters);
        List<DeliverableView> items = Deliverable.<Deliverable>find(
                "from Deliverable d join fetch d.programme p join fetch p.deliveringOrganisation where " + condition
                        + " order by d.financialYear desc, p.name, d.id", parameters)
                .range(pageRequest.offset(), pageRequest.offset() + pageRequest.size() - 1)
                .list().stream().map(DeliverableView::from).toList();
        return new PageResult<>(items, pageRequest, total);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<DeliverableView> find(long id) {
        return Deliverable.<Deliverable>findByIdOptional(id).map(DeliverableView::from);
    }

    public DeliverableView create(@Valid @NotNull DeliverableCreate create) {
        Deliverable deliverable = new Deliverable();
        apply(deliverable, create);
        deliverable.persistAndFlush();
        audit.record(Deliverable.AUDIT_TYPE, deliverable.id, "created", deliverable.version, Map.of(),
                deliverable.auditSnapshot());
        return DeliverableView.from(deliverable);
    }

    public DeliverableView update(long id, IfMatch ifMatch, @Valid @NotNull DeliverableUpdate update) {
        Deliverable deliverable = load(id);
        ifMatch.check(deliverable.version);
        Map<String, String> before = deliverable.auditSnapshot();
        apply(deliverable, update);
        Deliverable.flush();
        audit.record(Deliverable.AUDIT_TYPE, id, "updated", deliverable.version, before, deliverable.auditSnapshot());
        return DeliverableView.from(deliverable);
    }

    public void delete(long id, IfMatch ifMatch) {
        Deliverable deliverable = load(id);
        ifMatch.check(deliverable.version);
        Map<String, String> before = deliverable.auditSnapshot();
        deliverable.delete();
        audit.record(Deliverable.AUDIT_TYPE, id, "deleted", null, before, Map.of());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditEntryView> history(long id) {
        List<AuditEntryView> history = audit.history(Deliverable.AUDIT_TYPE, id);
        if (history.isEmpty() && Deliverable.findById(id) == null) {
            throw notFound(id);
        }
        return history;
    }

    static ResourceNotFoundException notFound(long id) {
        return new ResourceNotFoundException("There is no deliverable with id " + id + ".");
    }

    private static Deliverable load(long id) {
        return Deliverable.<Deliverable>findByIdOptional(id).orElseThrow(() -> notFound(id));
    }

    /** Copies the fields; the rules the annotations cannot state are field errors, all reported at once. */
    private static void apply(Deliverable deliverable, DeliverableFields fields) {
        List<FieldError> errors = new ArrayList<>();
        Programme programme = Programme.findById(fields.programme());
        if (programme == null) {
            errors.add(new FieldError("programme", "there is no programme with id " + fields.programme()));
        }
        FinancialYear year = FinancialYear.field("financialYear", fields.financialYear(), errors);
        if (programme != null && year != null && !programme.runsIn(year)) {
            errors.add(new FieldError("financialYear", "must be a year the programme runs in: "
                    + programme.name + " runs " + programme.activeYears()));
        }
        if (Metric.findById(fields.metricKey()) == null) {
            errors.add(new FieldError("metricKey", "there is no metric with key " + fields.metricKey()
                    + "; GET /api/v1/metrics lists them, and an administrator can add one"));
        }
        if (fields.targetUnit() == TargetUnit.PER_CENT && fields.targetValue().compareTo(HUNDRED) > 0) {
            errors.add(new FieldError("targetValue", "must be 100 or less for a per-cent target"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidFieldsException(errors);
        }
        deliverable.programme = programme;
        deliverable.financialYear = year.startYear();
        deliverable.statement = fields.statement().strip();
        deliverable.targetValue = fields.targetValue();
        deliverable.targetUnit = fields.targetUnit();
        deliverable.metricKey = fields.metricKey();
    }
}
