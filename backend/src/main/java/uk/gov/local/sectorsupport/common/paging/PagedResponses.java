package uk.gov.local.sectorsupport.common.paging;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.RestResponse;

/** Turns a page into a 200 with the body, X-Total-Count and one RFC 8288 Link header (first, prev, next, last). */
public final class PagedResponses {

    public static final String TOTAL_COUNT = "X-Total-Count";

    private PagedResponses() {
    }

    public static <T> RestResponse<Page<T>> ok(PageResult<T> result, UriInfo uriInfo) {
        Page<T> body = new Page<>(result.items(), result.request().page(), result.request().size(),
                result.totalItems(), result.totalPages());
        return RestResponse.ResponseBuilder.ok(body)
                .header(TOTAL_COUNT, result.totalItems())
                .header("Link", links(result, uriInfo).stream().map(Link::toString).collect(Collectors.joining(", ")))
                .build();
    }

    private static List<Link> links(PageResult<?> result, UriInfo uriInfo) {
        int page = result.request().page();
        int last = Math.max(1, result.totalPages());
        List<Link> links = new ArrayList<>();
        links.add(link(uriInfo, 1, "first"));
        if (page > 1) {
            links.add(link(uriInfo, Math.min(page - 1, last), "prev"));
        }
        if (page < last) {
            links.add(link(uriInfo, page + 1, "next"));
        }
        links.add(link(uriInfo, last, "last"));
        return links;
    }

    private static Link link(UriInfo uriInfo, int page, String rel) {
        URI uri = uriInfo.getRequestUriBuilder().replaceQueryParam("page", page).build();
        // Relative reference: correct behind any proxy that preserves the path.
        String relative = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        return Link.fromUri(relative).rel(rel).build();
    }
}
