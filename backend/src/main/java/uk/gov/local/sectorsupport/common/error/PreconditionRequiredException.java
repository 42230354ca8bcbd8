package uk.gov.local.sectorsupport.common.error;

/** An update or delete without If-Match: a 428, so that nobody overwrites a change they have not seen. */
public class PreconditionRequiredException extends RuntimeException {

    public PreconditionRequiredException(String message) {
        super(message);
    }
}
