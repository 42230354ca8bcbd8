package uk.gov.local.sectorsupport.common.error;

import java.util.List;

/** The request is well formed but the record's current state does not allow it (e.g. a disallowed transition): a 409. */
public class ConflictException extends RuntimeException {

    private final List<Problem.FieldError> errors;

    public ConflictException(String message) {
        this(message, null);
    }

    public ConflictException(String message, List<Problem.FieldError> errors) {
        super(message);
        this.errors = errors == null || errors.isEmpty() ? null : List.copyOf(errors);
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }
}
