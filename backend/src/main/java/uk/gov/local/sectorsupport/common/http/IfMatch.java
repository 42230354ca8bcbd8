package uk.gov.local.sectorsupport.common.http;

import java.util.Arrays;

import uk.gov.local.sectorsupport.common.error.PreconditionFailedException;
import uk.gov.local.sectorsupport.common.error.PreconditionRequiredException;

/** The If-Match precondition of an update or delete: the resource requires it (428), the service checks it (412). */
public record IfMatch(String header) {

    public static IfMatch required(String header) {
        if (header == null || header.isBlank()) {
            throw new PreconditionRequiredException(
                    "This request needs an If-Match header with the ETag from your last read of the record.");
        }
        return new IfMatch(header);
    }

    public void check(long currentVersion) {
        String current = ETags.of(currentVersion).toString();
        boolean matches = Arrays.stream(header.split(","))
                .map(String::strip)
                .anyMatch(tag -> tag.equals("*") || tag.equals(current));
        if (!matches) {
            throw new PreconditionFailedException("The record has changed since you read it (its ETag is now "
                    + current + "). Read it again and re-apply your change.");
        }
    }
}
