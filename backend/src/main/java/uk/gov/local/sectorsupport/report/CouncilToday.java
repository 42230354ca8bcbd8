package uk.gov.local.sectorsupport.report;

import javax.sql.DataSource;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

/**
 * Refreshes the council_today mapping (a materialised view over the register and its successions) at start, after
 * the migrations: the register changes only by migration, so it is then as current as the register.
 */
@Singleton
public class CouncilToday {

    private static final Logger LOG = Logger.getLogger(CouncilToday.class);

    @Inject
    DataSource dataSource;

    void refresh(@Observes StartupEvent started) throws java.sql.SQLException {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            statement.execute("refresh materialized view council_today");
        }
        LOG.debug("council_today refreshed");
    }
}
