package uk.gov.local.sectorsupport.common.paging;

import uk.gov.local.sectorsupport.common.error.InvalidParameterException;
import uk.gov.local.sectorsupport.common.http.QueryParams;

/** A 1-based page of a collection, validated at the edge. */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 25;
    public static final int MAX_SIZE = 100;

    /** From the raw query parameters: JAX-RS would turn a non-number into a 404, we want a 400 that says why. */
    public static PageRequest of(String page, String size) {
        int p = QueryParams.text(page) == null ? 1 : wholeNumber("page", page);
        int s = QueryParams.text(size) == null ? DEFAULT_SIZE : wholeNumber("size", size);
        if (p < 1) {
            throw new InvalidParameterException("page", "must be 1 or more");
        }
        if (s < 1 || s > MAX_SIZE) {
            throw new InvalidParameterException("size", "must be between 1 and " + MAX_SIZE);
        }
        if ((long) (p - 1) * s > Integer.MAX_VALUE - MAX_SIZE) {
            throw new InvalidParameterException("page", "is far beyond the last page");
        }
        return new PageRequest(p, s);
    }

    private static int wholeNumber(String parameter, String value) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidParameterException(parameter, "must be a whole number");
        }
    }

    public int offset() {
        return (page - 1) * size;
    }
}
