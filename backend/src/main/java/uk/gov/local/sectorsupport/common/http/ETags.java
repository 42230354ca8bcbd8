package uk.gov.local.sectorsupport.common.http;

import jakarta.ws.rs.core.EntityTag;

/**
 * ETags are the record's JPA version: a stale If-Match is caught before the write ({@link IfMatch}) and a
 * concurrent one by the version column at flush. One tag per record version, whatever the caller's role may see.
 */
public final class ETags {

    public static final String IF_MATCH = "If-Match";

    private ETags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }
}
