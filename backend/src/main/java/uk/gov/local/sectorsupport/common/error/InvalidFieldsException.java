package uk.gov.local.sectorsupport.common.error;

import java.util.List;

/** Fields that are each valid alone but break a rule together (e.g. dates out of order): a 400, one entry per field. */
public class InvalidFieldsException extends RuntimeException {

    private final List<Problem.FieldError> errors;

    public InvalidFieldsException(List<Problem.FieldError> errors) {
        super("The request has invalid fields.");
        this.errors = List.copyOf(errors);
    }

    /** With a detail of its own, such as why a whole request body could not be read. */
    public InvalidFieldsException(String detail, List<Problem.FieldError> errors) {
        super(detail);
        this.errors = List.copyOf(errors);
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }
}
