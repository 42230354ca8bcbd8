package uk.gov.local.sectorsupport.engagement;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
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
import uk.gov.local.sectorsupport.common.persistence.OrganisationChanged;
import uk.gov.local.sectorsupport.common.persistence.Ownership;
import uk.gov.local.sectorsupport.common.security.CurrentActor;
import uk.gov.local.sectorsupport.common.security.RecordScope;
import uk.gov.local.sectorsupport.council.Council;
import uk.gov.local.sectorsupport.organisation.Organisation;
import uk.gov.local.sectorsupport.programme.Programme;

/** Support engagements: reads limited to the caller's record scope, audited writes. */
@ApplicationScoped
@Transactional
public class SupportEngagementService {

    @Inject
    AuditLog audit;

    @Inject
    CurrentActor actor;

    @Inject
    RecordScope scope;

    @Inject
    Event<OrganisationChanged> organisationChanged;

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<SupportEngagementView> search(SupportEngagementFilter filter, PageRequest pageRequest) {
        List<String> where = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        scope.restrictedToOrganisation().ifPresent(organisation -> {
            where.add("se.organisation.id = :scope");
            parameters.put("scope", organisation);
        });
        if (filter.financialYear() != null) {
            // The year it started in, as the view's `financialYear` and the council timeline count it.
            where.add("se.startDate between :fyStart and :fyEnd");
            parameters.put("fyStart", filter.financialYear().firstDay());
            parameters.put("fyEnd", filter.financialYear().lastDay());
        }
        if (filter.programme() != null) {
            where.add("se.programme.id = :programme");
            parameters.put("programme", filter.programme());
        }
        if (filter.theme() != null) {
            where.add("se.programme.theme = :theme");
            parameters.put("theme", filter.theme());
        }
        if (filter.region() != null) {
            where.add("se.council.region = :region");
            parameters.put("region", filter.region());
        }
        if (filter.council() != null) {
            where.add("se.council.gssCode = :council");
            parameters.put("council", filter.council().toUpperCase(Locale.ROOT));
        }
        if (filter.type() != null) {
            where.add("se.type = :type");
            parameters.put("type", filter.type());
        }
        if (filter.organisation() != null) {
            where.add("se.organisation.id = :organisation");
            parameters.put("organisation", filter.organisation());
        }
        String condition = where.isEmpty() ? "true" : String.join(" and ", where);
        long total = SupportEngagement.count("from SupportEngagement se where " + condition, parameters);
        List<SupportEngagement> page = SupportEngagement.<SupportEngagement>find(
                "from SupportEngagement se join fetch se.council join fetch se.programme join fetch se.organisation"
                        + " where " + condition + " order by se.startDate desc, se.id desc", parameters)
                .range(pageRequest.offset(), pageRequest.offset() + pageRequest.size() - 1).list();
        boolean showNames = actor.maySeeNames();
        return new PageResult<>(page.stream().map(se -> SupportEngagementView.from(se, showNames)).toList(),
                pageRequest, total);
    }

    /** The engagement, when it exists and the caller may read it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<SupportEngagementView> find(long id) {
        return SupportEngagement.<SupportEngagement>findByIdOptional(id)
                .filter(scope::canRead)
                .map(this::view);
    }

    public SupportEngagementView create(@Valid @NotNull SupportEngagementCreate create) {
        SupportEngagement engagement = new SupportEngagement();
        apply(engagement, create);
        if (engagement.daysDelivered == null) {
            engagement.daysDelivered = BigDecimal.ZERO;
        }
        engagement.persistAndFlush();
        audit.record(SupportEngagement.AUDIT_TYPE, engagement.id, "created", engagement.version, Map.of(),
                engagement.auditSnapshot());
        return view(engagement);
    }

    public SupportEngagementView update(long id, IfMatch ifMatch, @Valid @NotNull SupportEngagementUpdate update) {
        SupportEngagement engagement = load(id);
        ifMatch.check(engagement.version);
        Map<String, String> before = engagement.auditSnapshot();
        Organisation previousOrganisation = engagement.organisation;
        apply(engagement, update);
        if (engagement.organisation != previousOrganisation) {
            organisationChanged.fire(new OrganisationChanged(SupportEngagement.class, id, engagement.organisation));
        }
        SupportEngagement.flush();
        audit.record(SupportEngagement.AUDIT_TYPE, id, "updated", engagement.version, before,
                engagement.auditSnapshot());
        return view(engagement);
    }

    public void delete(long id, IfMatch ifMatch) {
        SupportEngagement engagement = load(id);
        ifMatch.check(engagement.version);
        // Native, so that engagements do not depend on the survey feature that depends on them.
        long responses = ((Number) SupportEngagement.getEntityManager()
                .createNativeQuery("select count(*) from survey_response where support_engagement_id = ?1")
                .setParameter(1, id).getSingleResult()).longValue();
        if (responses > 0) {
            throw new ConflictException("Support engagement " + id + " has " + responses
                    + " survey response(s), which would be deleted with it; delete those first.");
        }
        Map<String, String> before = engagement.auditSnapshot();
        engagement.delete();
        audit.record(SupportEngagement.AUDIT_TYPE, id, "deleted", null, before, Map.of());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditEntryView> history(long id) {
        List<AuditEntryView> history = audit.history(SupportEngagement.AUDIT_TYPE, id);
        if (history.isEmpty() && SupportEngagement.findById(id) == null) {
            throw notFound(id);
        }
        return history;
    }

    static ResourceNotFoundException notFound(long id) {
        return new ResourceNotFoundException("There is no support engagement with id " + id + ".");
    }

    private SupportEngagementView view(SupportEngagement engagement) {
        return SupportEngagementView.from(engagement, actor.maySeeNames());
    }

    /** Writes are for staff and admin, who may read every engagement: no scope check needed here. */
    private static SupportEngagement load(long id) {
        return SupportEngagement.<SupportEngagement>findByIdOptional(id).orElseThrow(() -> notFound(id));
    }

    /**
     * Copies the fields after checking what the annotations cannot: that the council, programme and organisation
     * exist, the council existed on the start date, and the dates are in order. Every broken rule is reported at once.
     */
    private static void apply(SupportEngagement engagement, SupportEngagementFields fields) {
        List<FieldError> errors = new ArrayList<>();
        Council council = Council.findById(fields.council().toUpperCase(Locale.ROOT));
        if (council == null) {
            errors.add(new FieldError("council", "there is no council with GSS code " + fields.council()));
        } else if (!council.isCurrentOn(fields.startDate())) {
            errors.add(new FieldError("council", "did not exist on the start date, " + fields.startDate() + ": "
                    + council.name + " existed " + existence(council)));
        }
        Programme programme = Programme.findById(fields.programme().strip());
        if (programme == null) {
            errors.add(new FieldError("programme", "there is no programme with id " + fields.programme()));
        }
        if (fields.endDate() != null && fields.endDate().isBefore(fields.startDate())) {
            errors.add(new FieldError("endDate", "must be on or after the start date"));
        }
        String organisationId = blankToNull(fields.organisation());
        Organisation organisation = organisationId == null ? null : Organisation.findById(organisationId);
        if (organisationId != null && organisation == null) {
            errors.add(new FieldError("organisation", "there is no organisation with id " + organisationId));
        }
        String externalId = Ownership.externalId(fields.externalId(), engagement.externalId, errors);
        if (!errors.isEmpty()) {
            throw new InvalidFieldsException(errors);
        }
        if (organisation == null) {
            // A new record belongs to the programme's delivering organisation; an update keeps its owner.
            organisation = engagement.organisation != null ? engagement.organisation : programme.deliveringOrganisation;
        }
        Ownership.requireUniqueExternalId(SupportEngagement.class, "support engagement", engagement.id, organisation,
                externalId);
        engagement.council = council;
        engagement.programme = programme;
        engagement.type = fields.type();
        engagement.startDate = fields.startDate();
        engagement.endDate = fields.endDate();
        if (fields.daysDelivered() != null) {
            engagement.daysDelivered = fields.daysDelivered();
        }
        engagement.leadAdviser = blankToNull(fields.leadAdviser());
        engagement.notes = blankToNull(fields.notes());
        engagement.organisation = organisation;
        engagement.externalId = externalId;
    }

    private static String existence(Council council) {
        if (council.startDate != null && council.endDate != null) {
            return "from " + council.startDate + " to " + council.endDate;
        }
        if (council.startDate != null) {
            return "from " + council.startDate;
        }
        return "until " + council.endDate;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
