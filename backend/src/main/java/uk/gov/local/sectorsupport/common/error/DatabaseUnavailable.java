package uk.gov.local.sectorsupport.common.error;

import java.sql.SQLException;
import java.util.Set;

/**
 * Tells a failure to reach PostgreSQL (down, restarting, unreachable, or no pooled connection free in time) from
 * every other error, so that the API answers 503 with Retry-After, which a client may retry, rather than 500.
 */
final class DatabaseUnavailable {

    /** PostgreSQL's "server is shutting down / starting up" states (class 57P); class 08 is any connection failure. */
    private static final Set<String> UNAVAILABLE_STATES = Set.of("57P01", "57P02", "57P03");

    /** Agroal's message when no connection could be had within quarkus.datasource.jdbc.acquisition-timeout. */
    private static final String ACQUISITION_TIMEOUT = "Acquisition timeout";

    private DatabaseUnavailable() {
    }

    static boolean causedBy(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof org.hibernate.exception.JDBCConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql && unavailable(sql)) {
                return true;
            }
        }
        return false;
    }

    private static boolean unavailable(SQLException e) {
        String state = e.getSQLState();
        if (state != null && (state.startsWith("08") || UNAVAILABLE_STATES.contains(state))) {
            return true;
        }
        return e.getMessage() != null && e.getMessage().startsWith(ACQUISITION_TIMEOUT);
    }
}
