package uk.gov.local.sectorsupport.importing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import jakarta.validation.Validator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ObjectNode;

import uk.gov.local.sectorsupport.common.CodedEnum;
import uk.gov.local.sectorsupport.common.error.Problem.FieldError;

/**
 * What one dataset's push needs: the table its rows go to, the columns a row sets (as PostgreSQL text, so that a
 * re-sent row compares equal to what is stored and is `unchanged`), how a row is read and checked, and which of the
 * organisation's records a complete-set push covers. The row is read into the feature's own request body record, so
 * a pushed row is checked by the same constraints as one entered in the web app.
 */
abstract class DatasetImport {

    /** A column a row sets: its name and type in SQL, and its field name in the audit trail. */
    record Column(String name, String sqlType, String auditField, Function<String, String> auditText) {
        Column(String name, String sqlType, String auditField) {
            this(name, sqlType, auditField, Function.identity());
        }
    }

    /** A table whose records belong to this dataset's records and go with them when those are withdrawn. */
    record Child(String table, String parentColumn, String auditType) {
    }

    private final ObjectReader reader;
    private final Validator validator;

    /** {@code reader} fails on unknown fields; {@code validator} runs the request bodies' bean constraints. */
    DatasetImport(ObjectReader reader, Validator validator) {
        this.reader = reader;
        this.validator = validator;
    }

    abstract ImportDataset dataset();

    abstract String table();

    abstract String auditType();

    /** The columns a row sets, apart from `organisation_id` and `external_id`. */
    abstract List<Column> columns();

    /** The columns that, with the row's values for them, must be unique in the table (empty: none). */
    List<String> naturalKey() {
        return List.of();
    }

    /** Audit fields recorded only as "withheld" (self-reported diversity data). */
    Set<String> withheldFields() {
        return Set.of();
    }

    List<Child> children() {
        return List.of();
    }

    /**
     * SQL condition on table alias `t` selecting the records of the complete-set scope, with parameters
     * `?` for the programme id, the first and the last day of the financial year, in that order.
     */
    abstract String scopeCondition();

    /** The external ids of parents (events, cohorts …) the row names, so they can be looked up in one query. */
    void collectParents(ObjectNode fields, ImportReferences.Wanted wanted) {
    }

    /**
     * The row's values in column order, as PostgreSQL text, or null with the reasons added to {@code errors}.
     * {@code fields} no longer holds `externalId`.
     */
    abstract String[] values(ObjectNode fields, ImportReferences references, List<FieldError> errors);

    /** The audit trail's view of a row's values (field → text), in the form the feature's own snapshot uses. */
    Map<String, String> auditSnapshot(String[] values, String organisation, String externalId) {
        Map<String, String> snapshot = new LinkedHashMap<>();
        List<Column> columns = columns();
        for (int i = 0; i < columns.size(); i++) {
            if (values[i] != null && columns.get(i).auditField() != null) {
                snapshot.put(columns.get(i).auditField(), columns.get(i).auditText().apply(values[i]));
            }
        }
        snapshot.put("organisation", organisation);
        snapshot.put("externalId", externalId);
        return snapshot;
    }

    /** Binds the row to the feature's request body and runs its bean constraints; null when it cannot be bound. */
    final <T> T bind(Class<T> type, ObjectNode fields, List<FieldError> errors) {
        T bound;
        try {
            bound = reader.forType(type).readValue(fields);
        } catch (UnrecognizedPropertyException e) {
            errors.add(new FieldError(e.getPropertyName(), "is not a field of this dataset"));
            return null;
        } catch (JsonMappingException e) {
            errors.add(new FieldError(path(e), e instanceof InvalidFormatException format
                    && format.getTargetType() != null && format.getTargetType().isEnum()
                    && CodedEnum.class.isAssignableFrom(format.getTargetType())
                            ? "must be one of: " + allowedCodes(format.getTargetType())
                            : "has a value of the wrong type or format"));
            return null;
        } catch (JsonProcessingException e) {
            errors.add(new FieldError("row", "could not be read: " + e.getOriginalMessage()));
            return null;
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Reading a JSON tree in memory", e);
        }
        validator.validate(bound).stream()
                .map(violation -> new FieldError(violation.getPropertyPath().toString(), violation.getMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .forEach(errors::add);
        return errors.isEmpty() ? bound : null;
    }

    /** Takes a push-only field (such as `eventExternalId`) out of the row, so the rest binds to the feature's body. */
    static String take(ObjectNode fields, String name) {
        var value = fields.remove(name);
        return value == null || value.isNull() || value.asText().isBlank() ? null : value.asText().strip();
    }

    static String text(Object value) {
        return value == null ? null : value instanceof CodedEnum coded ? coded.code() : value.toString();
    }

    static String required(String value, String field, String what, List<FieldError> errors) {
        if (value == null) {
            errors.add(new FieldError(field, "is required: " + what));
        }
        return value;
    }

    private static String path(JsonMappingException e) {
        List<String> parts = new ArrayList<>();
        for (JsonMappingException.Reference reference : e.getPath()) {
            parts.add(reference.getFieldName() != null ? reference.getFieldName() : "[" + reference.getIndex() + "]");
        }
        return parts.isEmpty() ? "row" : String.join(".", parts);
    }

    @SuppressWarnings({ "unchecked", "rawtypes" })
    private static String allowedCodes(Class<?> type) {
        return CodedEnum.allowedCodes((Class) type);
    }
}
