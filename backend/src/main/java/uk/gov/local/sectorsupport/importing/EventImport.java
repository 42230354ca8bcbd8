package uk.gov.local.sectorsupport.importing;

import java.util.List;

import jakarta.validation.Validator;

import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;

import uk.gov.local.sectorsupport.common.error.Problem.FieldError;
import uk.gov.local.sectorsupport.event.Event;
import uk.gov.local.sectorsupport.event.EventCreate;
import uk.gov.local.sectorsupport.event.EventRules;
import uk.gov.local.sectorsupport.programme.Programme;

/** Events: rows of {@link EventCreate}, in a programme the partner delivers. */
final class EventImport extends DatasetImport {

    private static final List<Column> COLUMNS = List.of(
            new Column("programme_id", "text", "programme"),
            new Column("title", "text", "title"),
            new Column("type", "text", "type"),
            new Column("format", "text", "format"),
            new Column("start_date", "date", "startDate"),
            new Column("end_date", "date", "endDate"),
            new Column("region", "text", "region"),
            new Column("venue", "text", "venue"),
            new Column("capacity", "integer", "capacity"));

    EventImport(ObjectReader reader, Validator validator) {
        super(reader, validator);
    }

    @Override
    ImportDataset dataset() {
        return ImportDataset.EVENTS;
    }

    @Override
    String table() {
        return "event";
    }

    @Override
    String auditType() {
        return Event.AUDIT_TYPE;
    }

    @Override
    List<Column> columns() {
        return COLUMNS;
    }

    @Override
    List<Child> children() {
        return List.of(new Child("attendance", "event_id", "attendance"),
                new Child("survey_response", "event_id", "survey-response"));
    }

    @Override
    String scopeCondition() {
        return "t.programme_id = ? and t.start_date between ? and ?";
    }

    @Override
    String[] values(ObjectNode fields, ImportReferences references, List<FieldError> errors) {
        EventCreate event = bind(EventCreate.class, fields, errors);
        if (event == null) {
            return null;
        }
        Programme programme = references.programme(event.programme(), errors);
        errors.addAll(EventRules.check(event.startDate(), event.endDate(), event.format(), event.region()));
        if (!errors.isEmpty()) {
            return null;
        }
        return new String[] { programme.id, event.title().strip(), text(event.type()), text(event.format()),
                text(event.startDate()), text(EventRules.endDate(event.startDate(), event.endDate())),
                text(event.region()), blankToNull(event.venue()), text(event.capacity()) };
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
