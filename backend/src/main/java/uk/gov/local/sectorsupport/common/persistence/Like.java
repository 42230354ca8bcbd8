package uk.gov.local.sectorsupport.common.persistence;

import java.util.Locale;

/** LIKE patterns for the `q` (part of a name) filters: `lower(name) like :pattern escape '\'`. */
public final class Like {

    private Like() {
    }

    /** Matches text containing {@code query}, ignoring case; `%`, `_` and `\` in the query match themselves. */
    public static String containsPattern(String query) {
        String escaped = query.strip().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
