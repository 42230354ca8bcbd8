package uk.gov.local.sectorsupport.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.FlushModeType;
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

/**
 * Bookings on an event. An attendance belongs to its event's organisation (it moves with the event), and each is
 * read only within the caller's record scope as well as its event's. The event's capacity is not a limit: real
 * events overbook.
 */
@ApplicationScoped
@Transactional
public class AttendanceService {

    /** Generated attendee keys: `att-` and 12 random characters. */
    static final String KEY_PREFIX = "att-";

    @Inject
    AuditLog audit;

    @Inject
    EventService events;

    @Inject
    RecordScope scope;

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<AttendanceView> search(long eventId, AttendanceFilter filter, PageRequest pageRequest) {
        Event event = events.load(eventId);
        List<String> where = new ArrayList<>(List.of("a.event = :event"));
        Map<String, Object> parameters = new HashMap<>(Map.of("event", event));
        scope.restrictedToOrganisation().ifPresent(organisation -> {
            where.add("a.organisation.id = :scope");
            parameters.put("scope", organisation);
        });
        if (filter.council() != null) {
            where.add("a.council.gssCode = :council");
            parameters.put("council", filter.council().toUpperCase(Locale.ROOT));
        }
        if (filter.attendeeRole() != null) {
            where.add("a.attendeeRole = :role");
            parameters.put("role", filter.attendeeRole());
        }
        if (filter.attended() != null) {
            where.add("a.attended = :attended");
            parameters.put("attended", filter.attended());
        }
        String condition = String.join(" and ", where);
        long total = Attendance.count("from Attendance a where " + condition, parameters);
        List<AttendanceView> items = Attendance.<Attendance>find("from Attendance a left join fetch a.council "
                + "join fetch a.organisation where " + condition + " order by a.id", parameters)
                .range(pageRequest.offset(), pageRequest.offset() + pageRequest.size() - 1).list()
                .stream().map(AttendanceView::from).toList();
        return new PageResult<>(items, pageRequest, total);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AttendanceView find(long eventId, long id) {
        return AttendanceView.from(load(events.load(eventId), id));
    }

    public AttendanceView create(long eventId, @Valid @NotNull AttendanceCreate create) {
        Event event = events.load(eventId);
        Attendance attendance = new Attendance();
        attendance.event = event;
        attendance.organisation = event.organisation;
        apply(attendance, create);
        if (attendance.attendeeKey == null) {
            attendance.attendeeKey = PseudonymousKey.generate(KEY_PREFIX,
                    key -> Attendance.count("event = ?1 and attendeeKey = ?2", event, key) > 0);
        }
        requireUnique(attendance);
        attendance.persistAndFlush();
        audit.record(Attendance.AUDIT_TYPE, attendance.id, "created", attendance.version, Map.of(),
                attendance.auditSnapshot());
        return AttendanceView.from(attendance);
    }

    public AttendanceView update(long eventId, long id, IfMatch ifMatch, @Valid @NotNull AttendanceUpdate update) {
        Attendance attendance = load(events.load(eventId), id);
        ifMatch.check(attendance.version);
        Map<String, String> before = attendance.auditSnapshot();
        apply(attendance, update);
        requireUnique(attendance);
        Attendance.flush();
        audit.record(Attendance.AUDIT_TYPE, id, "updated", attendance.version, before, attendance.auditSnapshot());
        return AttendanceView.from(attendance);
    }

    public void delete(long eventId, long id, IfMatch ifMatch) {
        Attendance attendance = load(events.load(eventId), id);
        ifMatch.check(attendance.version);
        Map<String, String> before = attendance.auditSnapshot();
        attendance.delete();
        audit.record(Attendance.AUDIT_TYPE, id, "deleted", null, before, Map.of());
    }

    /** The attendance's changes; still readable after it (or its event) is deleted. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditEntryView> history(long eventId, long id) {
        List<AuditEntryView> history = audit.history(Attendance.AUDIT_TYPE, id);
        Attendance current = Attendance.findById(id);
        String event = Long.toString(eventId);
        boolean onThisEvent = current != null ? current.event.id == eventId
                : history.stream().flatMap(entry -> entry.changes().stream())
                        .anyMatch(change -> change.field().equals("event")
                                && (event.equals(change.to()) || event.equals(change.from())));
        if (!onThisEvent) {
            throw notFound(eventId, id);
        }
        return history;
    }

    /** The attendance on the event, or 404 when there is none or the caller may not read it. */
    private Attendance load(Event event, long id) {
        return scope.readable(Attendance.<Attendance>find("id = ?1 and event = ?2", id, event).firstResult(),
                notFound(event.id, id));
    }

    private static ResourceNotFoundException notFound(long eventId, long id) {
        return new ResourceNotFoundException("There is no attendance with id " + id + " on event " + eventId + ".");
    }

    /** Copies the fields; an unknown council, or one that did not exist on the event's dates, is a field error. */
    private static void apply(Attendance attendance, AttendanceFields fields) {
        Event event = attendance.event;
        List<FieldError> errors = new ArrayList<>();
        Council council = null;
        if (fields.council() != null) {
            council = Council.findById(fields.council().toUpperCase(Locale.ROOT));
            String problem = council == null ? "there is no council with GSS code " + fields.council()
                    : council.endDate != null && council.endDate.isBefore(event.startDate)
                            ? council.name + " ended on " + council.endDate + ", before the event (" + event.startDate + ")"
                            : council.startDate != null && council.startDate.isAfter(event.endDate)
                                    ? council.name + " started on " + council.startDate + ", after the event ("
                                            + event.endDate + ")"
                                    : null;
            if (problem != null) {
                errors.add(new FieldError("council", problem));
            }
        }
        String externalId = Ownership.externalId(fields.externalId(), attendance.externalId, errors);
        if (!errors.isEmpty()) {
            throw new InvalidFieldsException(errors);
        }
        attendance.council = council;
        attendance.attendeeRole = fields.attendeeRole();
        attendance.attended = fields.attended();
        if (fields.attendeeKey() != null) {
            attendance.attendeeKey = fields.attendeeKey();
        }
        attendance.externalId = externalId;
    }

    /** Checked before the pending change is flushed, so that a clash gets a clear message rather than the database's. */
    private static void requireUnique(Attendance attendance) {
        Long sameKey = Attendance.getEntityManager()
                .createQuery("select a.id from Attendance a where a.event = ?1 and a.attendeeKey = ?2 and a.id <> ?3",
                        Long.class)
                .setParameter(1, attendance.event).setParameter(2, attendance.attendeeKey)
                .setParameter(3, attendance.id == null ? -1L : attendance.id)
                .setFlushMode(FlushModeType.COMMIT).setMaxResults(1).getResultStream().findFirst().orElse(null);
        if (sameKey != null) {
            throw new ConflictException("Attendee key " + attendance.attendeeKey + " is already booked on event "
                    + attendance.event.id + " (attendance " + sameKey + "); nothing was changed.",
                    List.of(new FieldError("attendeeKey", "is already used by another attendance on this event")));
        }
        Ownership.requireUniqueExternalId(Attendance.class, "attendance", attendance.id, attendance.organisation,
                attendance.externalId);
    }
}
