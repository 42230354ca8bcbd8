package uk.gov.local.sectorsupport.common.paging;

import java.util.List;
import java.util.function.Function;

/** One page of results with the total, as the service returns it. */
public record PageResult<T>(List<T> items, PageRequest request, long totalItems) {

    public int totalPages() {
        return (int) ((totalItems + request.size() - 1) / request.size());
    }

    public <R> PageResult<R> map(Function<T, R> mapper) {
        return new PageResult<>(items.stream().map(mapper).toList(), request, totalItems);
    }
}
