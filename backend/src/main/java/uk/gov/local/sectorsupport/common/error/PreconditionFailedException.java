package uk.gov.local.sectorsupport.common.error;

/** The caller's If-Match names a version that is no longer current: a 412, re-read and try again. */
public class PreconditionFailedException extends RuntimeException {

    public PreconditionFailedException(String message) {
        super(message);
    }
}
