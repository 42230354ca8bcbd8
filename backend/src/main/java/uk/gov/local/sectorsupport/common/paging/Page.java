package uk.gov.local.sectorsupport.common.paging;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of every paged collection. A class rather than a record so that each collection can name its
 * own schema in the OpenAPI document with an empty subclass (e.g. {@code CouncilPage extends Page<CouncilSummary>}).
 */
@Schema(requiredProperties = { "items", "page", "size", "totalItems", "totalPages" })
public class Page<T> {

    @Schema(description = "The items on this page, in the requested order")
    public final List<T> items;
    @Schema(description = "This page's number, from 1", example = "1")
    public final int page;
    @Schema(description = "Items per page", example = "25")
    public final int size;
    @Schema(description = "Items matching the filters, across all pages", example = "317")
    public final long totalItems;
    @Schema(description = "Number of pages", example = "13")
    public final int totalPages;

    public Page(List<T> items, int page, int size, long totalItems, int totalPages) {
        this.items = items;
        this.page = page;
        this.size = size;
        this.totalItems = totalItems;
        this.totalPages = totalPages;
    }
}
