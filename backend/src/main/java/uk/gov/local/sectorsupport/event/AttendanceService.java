package uk.gov.local.sectorsupport.event;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.FlushModeType;
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
import uk.gov.local.sectorsupport.council.Council;

/**
 * Bookings on an event. An attendance belongs to its event's organisation, so whoever may read the event may
 * read its attendances. The event's capacity is not a limit: real events overbook.
 */
@ApplicationScoped
@Transactional
public class AttendanceService {

    static final String KEY_PREFIX = "att-";
    private static final char[] BASE32 = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    AuditLog audit;

    @Inject
    EventService events;

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<AttendanceView> search(long eventId, AttendanceFilter filter, PageRequest pageRequest) {
        Event event = events.load(eventId);
        List<String> where = new ArrayList<>(List.of("a.event = :event"));
        Map<String, Object> parameters = new HashMap<>(Map.of("event", event));
        if (filter.council() != null) {
            where.add("a.council.gssCode = :council");
            parameters.put("council", filter.council().strip().toUpperCase(Locale.ROOT));
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
            attendance.attendeeKey = newKey(event);
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

    private static Attendance load(Event event, long id) {
        Attendance attendance = Attendance.findById(id);
        if (attendance == null || !Objects.equals(attendance.event.id, event.id)) {
            throw notFound(event.id, id);
        }
        return attendance;
    }

    private static ResourceNotFoundException notFound(long eventId, long id) {
        return new ResourceNotFoundException("There is no attendance with id " + id + " on event " + eventId + ".");
    }

    /** Copies the fields; an unknown council, or one that did not exist on the event's dates, is a field error. */
    private static void apply(Attendance attendance, AttendanceFields fields) {
        Event event = attendance.event;
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
                throw new InvalidFieldsException(List.of(new FieldError("council", problem)));
            }
        }
        attendance.council = council;
        attendance.attendeeRole = fields.attendeeRole();
        attendance.attended = fields.attended();
        if (fields.attendeeKey() != null) {
            attendance.attendeeKey = fields.attendeeKey();
        }
        if (fields.externalId() != null) {
            attendance.externalId = fields.externalId().strip();
        }
    }

    /** Checked before the pending change is flushed, so that a clash gets a clear message rather than the database's. */
    private static void requireUnique(Attendance attendance) {
        long self = attendance.id == null ? -1L : attendance.id;
        Long sameKey = Attendance.getEntityManager()
                .createQuery("select a.id from Attendance a where a.event = ?1 and a.attendeeKey = ?2 and a.id <> ?3",
                        Long.class)
                .setParameter(1, attendance.event).setParameter(2, attendance.attendeeKey).setParameter(3, self)
                .setFlushMode(FlushModeType.COMMIT).setMaxResults(1).getResultStream().findFirst().orElse(null);
        if (sameKey != null) {
            throw new ConflictException("Attendee key " + attendance.attendeeKey + " is already booked on event "
                    + attendance.event.id + " (attendance " + sameKey + "); nothing was changed.",
                    List.of(new FieldError("attendeeKey", "is already used by another attendance on this event")));
        }
        if (attendance.externalId == null) {
            return;
        }
        Long sameExternalId = Attendance.getEntityManager()
                .createQuery("select a.id from Attendance a where a.organisation = ?1 and a.externalId = ?2 "
                        + "and a.id <> ?3", Long.class)
                .setParameter(1, attendance.organisation).setParameter(2, attendance.externalId).setParameter(3, self)
                .setFlushMode(FlushModeType.COMMIT).setMaxResults(1).getResultStream().findFirst().orElse(null);
        if (sameExternalId != null) {
            throw new ConflictException("Attendance " + sameExternalId + " of " + attendance.organisation.name
                    + " already has external id " + attendance.externalId + "; nothing was changed.",
                    List.of(new FieldError("externalId", "is already used by attendance " + sameExternalId + " of "
                            + attendance.organisation.name)));
        }
    }

    /** `att-` and 12 random base32 characters, unused on the event. */
    private static String newKey(Event event) {
        while (true) {
            StringBuilder key = new StringBuilder(KEY_PREFIX);
            for (int i = 0; i < 12; i++) {
                key.append(BASE32[RANDOM.nextInt(BASE32.length)]);
            }
            if (Attendance.count("event = ?1 and attendeeKey = ?2", event, key.toString()) == 0) {
                return key.toString();
            }
        }
    }
}
