package uk.gov.local.sectorsupport.importing;

import java.util.List;

import jakarta.validation.Validator;

import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;

import uk.gov.local.sectorsupport.common.error.Problem.FieldError;
import uk.gov.local.sectorsupport.event.Attendance;
import uk.gov.local.sectorsupport.event.AttendanceCreate;
import uk.gov.local.sectorsupport.importing.ImportReferences.ParentKind;
import uk.gov.local.sectorsupport.importing.ImportReferences.Parent;

/** Attendances: rows of {@link AttendanceCreate} naming their event by `eventExternalId`. */
final class AttendanceImport extends DatasetImport {

    static final String EVENT_EXTERNAL_ID = "eventExternalId";

    private static final List<Column> COLUMNS = List.of(
            new Column("event_id", "bigint", "event"),
            new Column("council_gss_code", "varchar", "council"),
            new Column("attendee_role", "text", "attendeeRole"),
            new Column("attendee_key", "text", "attendeeKey"),
            new Column("attended", "boolean", "attended"));

    AttendanceImport(ObjectReader reader, Validator validator) {
        super(reader, validator);
    }

    @Override
    ImportDataset dataset() {
        return ImportDataset.ATTENDANCES;
    }

    @Override
    String table() {
        return "attendance";
    }

    @Override
    String auditType() {
        return Attendance.AUDIT_TYPE;
    }

    @Override
    List<Column> columns() {
        return COLUMNS;
    }

    @Override
    List<String> naturalKey() {
        return List.of("event_id", "attendee_key");
    }

    @Override
    String scopeCondition() {
        return "exists (select 1 from event p where p.id = t.event_id and p.programme_id = ? "
                + "and p.start_date between ? and ?)";
    }

    @Override
    void collectParents(ObjectNode fields, ImportReferences.Wanted wanted) {
        wanted.add(ParentKind.EVENT, fields.path(EVENT_EXTERNAL_ID).asText(null));
    }

    @Override
    String[] values(ObjectNode fields, ImportReferences references, List<FieldError> errors) {
        String eventExternalId = required(take(fields, EVENT_EXTERNAL_ID), EVENT_EXTERNAL_ID,
                "your external id of the event", errors);
        // Checked here, as a pushed key must be: the form's looser rule would report it twice.
        String key = PushedPseudonym.check(take(fields, "attendeeKey"), "attendeeKey", errors);
        AttendanceCreate attendance = bind(AttendanceCreate.class, fields, errors);
        Parent event = eventExternalId == null ? null
                : references.parent(ParentKind.EVENT, eventExternalId, EVENT_EXTERNAL_ID, errors);
        if (attendance == null || event == null || key == null) {
            return null;
        }
        String council = null;
        if (attendance.council() != null) {
            var found = references.councilExisting(attendance.council(), event.startDate(), event.endDate(),
                    "the event", errors);
            council = found == null ? null : found.gssCode;
        }
        if (!errors.isEmpty()) {
            return null;
        }
        return new String[] { Long.toString(event.id()), council, text(attendance.attendeeRole()), key,
                text(attendance.attended()) };
    }
}
