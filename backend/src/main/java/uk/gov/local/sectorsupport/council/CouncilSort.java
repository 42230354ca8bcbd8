package uk.gov.local.sectorsupport.council;

import java.util.List;
import java.util.Map;

import io.quarkus.panache.common.Sort;
import uk.gov.local.sectorsupport.common.error.InvalidParameterException;
import uk.gov.local.sectorsupport.common.http.QueryParams;

/** Parses `sort=field` or `sort=-field`; the GSS code breaks ties so paging is stable. */
final class CouncilSort {

    static final String DEFAULT = "name";
    private static final Map<String, String> FIELDS = Map.of(
            "name", "name", "gssCode", "gssCode", "type", "type", "region", "region",
            "startDate", "startDate", "endDate", "endDate");
    static final List<String> ALLOWED = List.of("name", "-name", "gssCode", "-gssCode", "type", "-type",
            "region", "-region", "startDate", "-startDate", "endDate", "-endDate");

    private CouncilSort() {
    }

    static Sort parse(String value) {
        String given = QueryParams.text(value);
        String requested = given == null ? DEFAULT : given;
        boolean descending = requested.startsWith("-");
        String field = FIELDS.get(descending ? requested.substring(1) : requested);
        if (field == null) {
            throw new InvalidParameterException("sort", "must be one of: " + String.join(", ", ALLOWED));
        }
        Sort sort = descending ? Sort.descending(field) : Sort.ascending(field);
        return field.equals("gssCode") ? sort : sort.and("gssCode");
    }
}
