package uk.gov.local.sectorsupport.demo;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import uk.gov.local.sectorsupport.common.SectorSupportConfig;

/**
 * Loads the demo peer pool and peer challenges at start so a new user sees populated pages.
 *
 * Why a startup bean and not a Flyway migration: demo rows are not schema history. A versioned migration in a
 * second location would interleave with future schema versions and stay applied in production for ever; this bean
 * is off in tests and by `DEMO_DATA=false`, inserts only when both tables are empty (idempotent, and never on top
 * of real data), takes a PostgreSQL advisory lock so that replicas starting together load it once, and generates
 * the same rows every time from a fixed seed (statuses follow the load date).
 */
@ApplicationScoped
public class DemoDataLoader {

    static final long SEED = 20_190_401L;
    static final String REAL_CHALLENGES = "/db/demo/lga_cpc_examples.csv";
    private static final long LOCK_KEY = 0x5EC7_0DE_00L;
    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class);

    @Inject
    DataSource dataSource;

    @Inject
    SectorSupportConfig config;

    @Inject
    Clock clock;

    void onStart(@Observes StartupEvent event) throws SQLException, IOException {
        if (config.demoData()) {
            load();
        }
    }

    /** Generates the data set; pure, so a test can check it without a database write. */
    static DemoData generate(Map<String, DemoCouncil> councils, List<DemoPeerChallenges.RealRow> real, LocalDate today) {
        Random random = new Random(SEED);
        List<String> homes = councils.values().stream()
                .filter(council -> council.principal() && council.endDate() == null)
                .map(DemoCouncil::gssCode).sorted().toList();
        List<DemoData.PeerRow> peers = DemoPeers.generate(random, homes, today);
        return new DemoPeerChallenges(random, today, councils, peers).generate(real);
    }

    void load() throws SQLException, IOException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                try (PreparedStatement lock = connection.prepareStatement("select pg_advisory_xact_lock(?)")) {
                    lock.setLong(1, LOCK_KEY);
                    lock.execute();
                }
                if (alreadyHasData(connection)) {
                    connection.rollback();
                    return;
                }
                DemoData data = generate(councils(connection), realChallenges(), LocalDate.now(clock));
                DemoDataWriter.write(connection, data);
                connection.commit();
                LOG.infof("Loaded demo data: %d peers, %d peer challenges, %d team places",
                        data.peers().size(), data.challenges().size(), data.team().size());
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    private static boolean alreadyHasData(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "select exists (select 1 from peer) or exists (select 1 from peer_challenge)");
                ResultSet result = query.executeQuery()) {
            result.next();
            return result.getBoolean(1);
        }
    }

    static Map<String, DemoCouncil> councils(Connection connection) throws SQLException {
        Map<String, DemoCouncil> councils = new LinkedHashMap<>();
        try (PreparedStatement query = connection.prepareStatement("""
                select gss_code, type, start_date, end_date, county_gss_code, combined_authority_gss_code
                from council order by gss_code""");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                Date start = rows.getDate(3);
                Date end = rows.getDate(4);
                councils.put(rows.getString(1), new DemoCouncil(rows.getString(1), rows.getString(2),
                        start == null ? null : start.toLocalDate(), end == null ? null : end.toLocalDate(),
                        rows.getString(5), rows.getString(6)));
            }
        }
        return councils;
    }

    static List<DemoPeerChallenges.RealRow> realChallenges() throws IOException {
        List<DemoPeerChallenges.RealRow> rows = new ArrayList<>();
        try (Reader reader = new InputStreamReader(Objects.requireNonNull(
                DemoDataLoader.class.getResourceAsStream(REAL_CHALLENGES), REAL_CHALLENGES), StandardCharsets.UTF_8)) {
            for (CSVRecord record : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                rows.add(new DemoPeerChallenges.RealRow(record.get("gss_code"), record.get("event_type"),
                        record.get("date_from"), record.get("date_to"), record.get("source_url"), record.get("note")));
            }
        }
        return rows;
    }
}
