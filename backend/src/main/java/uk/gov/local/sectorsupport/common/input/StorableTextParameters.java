package uk.gov.local.sectorsupport.common.input;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.PathSegment;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import uk.gov.local.sectorsupport.common.error.InvalidParameterException;

/**
 * Path segments and query parameters must be {@link StorableText} too (`/programmes/%00` is no id of anything): a
 * 400 naming the parameter, before any lookup sends the text to the database.
 */
public class StorableTextParameters {

    @ServerRequestFilter
    public void refuseUnstorableText(UriInfo uri) {
        for (PathSegment segment : uri.getPathSegments()) {
            if (!StorableText.isStorable(segment.getPath())) {
                throw new InvalidParameterException("path", StorableText.PROBLEM);
            }
        }
        for (Map.Entry<String, List<String>> parameter : uri.getQueryParameters().entrySet()) {
            if (!StorableText.isStorable(parameter.getKey())
                    || parameter.getValue().stream().anyMatch(value -> !StorableText.isStorable(value))) {
                throw new InvalidParameterException(parameter.getKey(), StorableText.PROBLEM);
            }
        }
    }
}
