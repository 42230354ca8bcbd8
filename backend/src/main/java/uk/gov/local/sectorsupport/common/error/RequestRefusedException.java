package uk.gov.local.sectorsupport.common.error;

import java.util.List;

/**
 * A request refused for a reason of its own status: too large (413), of a media type not taken (415), not
 * processable as sent (422), or one too many for now (429, with the seconds to wait). Answered as problem+json.
 */
public class RequestRefusedException extends RuntimeException {

    private final int status;
    private final String reason;
    private final Long retryAfterSeconds;
    private final List<Problem.FieldError> errors;

    private RequestRefusedException(int status, String reason, String detail, Long retryAfterSeconds,
            List<Problem.FieldError> errors) {
        super(detail);
        this.status = status;
        this.reason = reason;
        this.retryAfterSeconds = retryAfterSeconds;
        this.errors = errors;
    }

    public static RequestRefusedException tooLarge(String detail) {
        return new RequestRefusedException(413, "Content Too Large", detail, null, null);
    }

    public static RequestRefusedException unsupportedMediaType(String detail) {
        return new RequestRefusedException(415, "Unsupported Media Type", detail, null, null);
    }

    public static RequestRefusedException unprocessable(String detail, List<Problem.FieldError> errors) {
        return new RequestRefusedException(422, "Unprocessable Content", detail, null, errors);
    }

    public static RequestRefusedException tooManyRequests(String detail, long retryAfterSeconds) {
        return new RequestRefusedException(429, "Too Many Requests", detail, retryAfterSeconds, null);
    }

    public int status() {
        return status;
    }

    public String reason() {
        return reason;
    }

    public Long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }
}
