package uk.gov.local.sectorsupport.common.error;

/** The named record does not exist (or the caller may not know it does): a 404. */
public class ResourceNotFoundException extends RuntimeException {

    public ResourceNotFoundException(String message) {
        super(message);
    }
}
