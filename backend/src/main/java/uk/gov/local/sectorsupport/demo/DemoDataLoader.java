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
 * Loads the demo data at start so a new user sees populated pages: the peer pool and peer challenges, and the
 * programme activity since April 2021 (deliverables, events and attendance, cohorts and enrolments, support
 * engagements, survey responses).
 *
 * Why a startup bean and not a Flyway migration: demo rows are not schema history. A versioned migration in a
 * second location would interleave with future schema versions and stay applied in production for ever; this bean
 * is off in tests and by `DEMO_DATA=false`, inserts each part only when its tables are empty (idempotent, and never
 * on top of real data: the peers when peer and peer_challenge are empty, the deliverables when deliverable is, the
 * activity when all six activity tables are), in one transaction under a PostgreSQL advisory lock so that replicas
 * starting together load it once, and generates the same rows every time from fixed seeds (statuses follow the
 * load date). Survey responses about peer challenges are about the challenges in the database, so a database that
 * already had the demo peer challenges gets the activity added on the next start.
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
                long started = System.nanoTime();
                List<String> loaded = loadInto(connection, LocalDate.now(clock));
                connection.commit();
                if (!loaded.isEmpty()) {
                    LOG.infof("Loaded demo data in %d ms: %s", (System.nanoTime() - started) / 1_000_000,
                            String.join("; ", loaded));
                }
            } catch (SQLException | IOException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    /**
     * Generates and inserts each part whose tables are empty, in the caller's transaction (it does not commit).
     *
     * @return what it inserted, one entry a part; empty when there was nothing to do
     */
    static List<String> loadInto(Connection connection, LocalDate today) throws SQLException, IOException {
        List<String> loaded = new ArrayList<>();
        Map<String, DemoCouncil> councils = councils(connection);
        if (empty(connection, "peer", "peer_challenge")) {
            DemoData data = generate(councils, realChallenges(), today);
            DemoDataWriter.write(connection, data);
            loaded.add("%d peers, %d peer challenges, %d team places".formatted(data.peers().size(),
                    data.challenges().size(), data.team().size()));
        }
        boolean deliverables = empty(connection, "deliverable");
        boolean activity = empty(connection, "event", "attendance", "cohort", "enrolment", "support_engagement",
                "survey_response");
        if (deliverables || activity) {
            DemoActivity data = DemoProgrammeActivity.generate(councils, programmes(connection), challenges(connection),
                    today);
            if (deliverables) {
                DemoActivityWriter.writeDeliverables(connection, data.deliverables());
                loaded.add("%d deliverables".formatted(data.deliverables().size()));
            }
            if (activity) {
                DemoActivityWriter.writeActivity(connection, data);
                loaded.add("%d events with %d attendances, %d cohorts with %d enrolments, %d support engagements, %d survey responses"
                        .formatted(data.events().size(), data.attendances().size(), data.cohorts().size(),
                                data.enrolments().size(), data.engagements().size(), data.surveys().size()));
            }
        }
        return loaded;
    }

    /** Whether every one of the tables (names from this class, never from input) has no rows. */
    private static boolean empty(Connection connection, String... tables) throws SQLException {
        StringBuilder sql = new StringBuilder("select ");
        for (int i = 0; i < tables.length; i++) {
            sql.append(i == 0 ? "" : " or ").append("exists (select 1 from ").append(tables[i]).append(')');
        }
        try (PreparedStatement query = connection.prepareStatement(sql.toString());
                ResultSet result = query.executeQuery()) {
            result.next();
            return !result.getBoolean(1);
        }
    }

    /** Each programme's delivering organisation and first year. */
    static Map<String, DemoProgrammeActivity.Programme> programmes(Connection connection) throws SQLException {
        Map<String, DemoProgrammeActivity.Programme> programmes = new LinkedHashMap<>();
        try (PreparedStatement query = connection.prepareStatement(
                "select id, delivering_organisation_id, active_from_year from programme order by id");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                programmes.put(rows.getString(1), new DemoProgrammeActivity.Programme(rows.getString(2), rows.getInt(3)));
            }
        }
        return programmes;
    }

    static List<DemoActivity.Challenge> challenges(Connection connection) throws SQLException {
        List<DemoActivity.Challenge> challenges = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("""
                select id, council_gss_code, status, on_site_start_date, on_site_end_date
                from peer_challenge order by id""");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                Date start = rows.getDate(4);
                Date end = rows.getDate(5);
                challenges.add(new DemoActivity.Challenge(rows.getLong(1), rows.getString(2), rows.getString(3),
                        start == null ? null : start.toLocalDate(), end == null ? null : end.toLocalDate()));
            }
        }
        return challenges;
    }

    static Map<String, DemoCouncil> councils(Connection connection) throws SQLException {
        Map<String, DemoCouncil> councils = new LinkedHashMap<>();
        try (PreparedStatement query = connection.prepareStatement("""
                select gss_code, type, region, start_date, end_date, county_gss_code, combined_authority_gss_code
                from council order by gss_code""");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                Date start = rows.getDate(4);
                Date end = rows.getDate(5);
                councils.put(rows.getString(1), new DemoCouncil(rows.getString(1), rows.getString(2), rows.getString(3),
                        start == null ? null : start.toLocalDate(), end == null ? null : end.toLocalDate(),
                        rows.getString(6), rows.getString(7)));
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
