package uk.gov.local.sectorsupport.event;

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
import uk.gov.local.sectorsupport.organisation.Organisation;
import uk.gov.local.sectorsupport.programme.Programme;

/**
 * Events. Partners read only their own organisation's; deleting an event deletes its attendances (each audited),
 * but not while survey responses are recorded against it.
 */
@ApplicationScoped
@Transactional
public class EventService {

    @Inject
    AuditLog audit;

    @Inject
    RecordScope scope;

    @Inject
    EventFigures figures;

    /** Qualified: this package's {@code Event} is the entity. */
    @Inject
    jakarta.enterprise.event.Event<OrganisationChanged> organisationChanged;

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<EventView> search(EventFilter filter, PageRequest pageRequest) {
        List<String> where = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        scope.restrictedToOrganisation().ifPresent(organisation -> {
            where.add("e.organisation.id = :scope");
            parameters.put("scope", organisation);
        });
        if (filter.financialYear() != null) {
            where.add("e.startDate between :fyStart and :fyEnd");
            parameters.put("fyStart", filter.financialYear().firstDay());
            parameters.put("fyEnd", filter.financialYear().lastDay());
        }
        if (filter.programme() != null) {
            where.add("e.programme.id = :programme");
            parameters.put("programme", filter.programme());
        }
        if (filter.theme() != null) {
            where.add("e.programme.theme = :theme");
            parameters.put("theme", filter.theme());
        }
        if (filter.region() != null) {
            where.add("e.region = :region");
            parameters.put("region", filter.region());
        }
        if (filter.council() != null) {
            where.add("exists (select 1 from Attendance a where a.event = e and a.council.gssCode = :council)");
            parameters.put("council", filter.council().toUpperCase(Locale.ROOT));
        }
        if (filter.type() != null) {
            where.add("e.type = :type");
            parameters.put("type", filter.type());
        }
        if (filter.format() != null) {
            where.add("e.format = :format");
            parameters.put("format", filter.format());
        }
        if (filter.organisation() != null) {
            where.add("e.organisation.id = :organisation");
            parameters.put("organisation", filter.organisation());
        }
        if (filter.query() != null) {
            where.add("lower(e.title) like :pattern escape '\\'");
            parameters.put("pattern", Like.containsPattern(filter.query()));
        }
        String condition = where.isEmpty() ? "true" : String.join(" and ", where);
        long total = Event.count("from Event e where " + condition, parameters);
        List<Event> page = Event.<Event>find("from Event e join fetch e.programme join fetch e.organisation where "
                + condition + " order by e.startDate desc, e.id desc", parameters)
                .range(pageRequest.offset(), pageRequest.offset() + pageRequest.size() - 1).list();
        return new PageResult<>(figures.views(page), pageRequest, total);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<EventView> find(long id) {
        return Event.<Event>findByIdOptional(id).filter(scope::canRead).map(figures::view);
    }

    public EventView create(@Valid @NotNull EventCreate create) {
        Event event = new Event();
        apply(event, create);
        event.persistAndFlush();
        audit.record(Event.AUDIT_TYPE, event.id, "created", event.version, Map.of(), event.auditSnapshot());
        return figures.view(event);
    }

    public EventView update(long id, IfMatch ifMatch, @Valid @NotNull EventUpdate update) {
        Event event = load(id);
        ifMatch.check(event.version);
        Map<String, String> before = event.auditSnapshot();
        Organisation previousOrganisation = event.organisation;
        apply(event, update);
        if (event.organisation != previousOrganisation) {
            moveAttendances(event);
            organisationChanged.fire(new OrganisationChanged(Event.class, id, event.organisation));
        }
        Event.flush();
        audit.record(Event.AUDIT_TYPE, id, "updated", event.version, before, event.auditSnapshot());
        return figures.view(event);
    }

    public void delete(long id, IfMatch ifMatch) {
        Event event = load(id);
        ifMatch.check(event.version);
        // Native, so that events do not depend on the survey feature that depends on them.
        long responses = ((Number) Event.getEntityManager()
                .createNativeQuery("select count(*) from survey_response where event_id = ?1")
                .setParameter(1, id).getSingleResult()).longValue();
        if (responses > 0) {
            throw new ConflictException("Event " + id + " has " + responses + " survey response(s), which would be "
                    + "lost with it; delete those first if the event really did not happen.");
        }
        for (Attendance attendance : Attendance.<Attendance>list("event", event)) {
            Map<String, String> before = attendance.auditSnapshot();
            attendance.delete();
            audit.record(Attendance.AUDIT_TYPE, attendance.id, "deleted", null, before, Map.of());
        }
        Map<String, String> before = event.auditSnapshot();
        event.delete();
        audit.record(Event.AUDIT_TYPE, id, "deleted", null, before, Map.of());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditEntryView> history(long id) {
        List<AuditEntryView> history = audit.history(Event.AUDIT_TYPE, id);
        if (history.isEmpty() && Event.findById(id) == null) {
            throw notFound(id);
        }
        return history;
    }

    /** The event if it exists and the caller may read it; otherwise 404. */
    Event load(long id) {
        return scope.readable(Event.<Event>findById(id), notFound(id));
    }

    static ResourceNotFoundException notFound(long id) {
        return new ResourceNotFoundException("There is no event with id " + id + ".");
    }

    /** Copies the fields; an unknown programme or organisation is a field error, like every other bad field. */
    private static void apply(Event event, EventFields fields) {
        List<FieldError> errors = new ArrayList<>();
        Programme programme = Programme.findById(fields.programme().strip());
        if (programme == null) {
            errors.add(new FieldError("programme", "there is no programme with id " + fields.programme()));
        }
        Organisation organisation = event.organisation;
        if (fields.organisation() != null) {
            organisation = Organisation.findById(fields.organisation().strip());
            if (organisation == null) {
                errors.add(new FieldError("organisation", "there is no organisation with id " + fields.organisation()));
            }
        } else if (organisation == null && programme != null) {
            organisation = programme.deliveringOrganisation;
        }
        var endDate = EventRules.endDate(fields.startDate(), fields.endDate());
        errors.addAll(EventRules.check(fields.startDate(), fields.endDate(), fields.format(), fields.region()));
        if (event.id != null && !endDate.isBefore(fields.startDate())) {
            List<String> gone = Attendance.<Attendance>find("""
                    select a from Attendance a join a.council c where a.event = ?1
                    and (c.endDate < ?2 or c.startDate > ?3) order by c.name""", event, fields.startDate(), endDate)
                    .stream().map(a -> a.council.name).distinct().toList();
            if (!gone.isEmpty()) {
                errors.add(new FieldError("startDate", "attendances are recorded from councils that did not exist "
                        + "on these dates: " + String.join(", ", gone)));
            }
        }
        String externalId = Ownership.externalId(fields.externalId(), event.externalId, errors);
        if (!errors.isEmpty()) {
            throw new InvalidFieldsException(errors);
        }
        Ownership.requireUniqueExternalId(Event.class, "event", event.id, organisation, externalId);
        event.programme = programme;
        event.organisation = organisation;
        event.title = fields.title().strip();
        event.type = fields.type();
        event.format = fields.format();
        event.startDate = fields.startDate();
        event.endDate = endDate;
        event.region = fields.region();
        event.venue = blankToNull(fields.venue());
        event.capacity = fields.capacity();
        event.externalId = externalId;
    }

    /** An attendance belongs to its event's organisation, so it moves with the event (audited, version bumped). */
    private void moveAttendances(Event event) {
        List<Attendance> attendances = Attendance.list("event", event);
        for (Attendance attendance : attendances) {
            if (attendance.externalId != null && Ownership.holder(Attendance.class, event.organisation,
                    attendance.externalId, attendance.id).isPresent()) {
                throw new ConflictException("Attendance " + attendance.id + " has external id " + attendance.externalId
                        + ", which " + event.organisation.name + " already uses; nothing was changed.",
                        List.of(new FieldError("organisation", "an attendance's external id "
                                + attendance.externalId + " is already used in " + event.organisation.name)));
            }
        }
        for (Attendance attendance : attendances) {
            Map<String, String> before = attendance.auditSnapshot();
            attendance.organisation = event.organisation;
            Attendance.flush();
            audit.record(Attendance.AUDIT_TYPE, attendance.id, "updated", attendance.version, before,
                    attendance.auditSnapshot());
        }
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
