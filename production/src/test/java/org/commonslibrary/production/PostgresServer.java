package org.commonslibrary.production;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A private PostgreSQL server for the tests, made with the machine's own PostgreSQL binaries (Debian's
 * {@code postgresql} package) in a fresh folder, on loopback only. PostgreSQL refuses to run as root, so
 * under root its commands run as the {@code postgres} account the package creates.
 */
final class PostgresServer {

    static final String USER = "library";
    static final String PASSWORD = "it-db-password-1";

    private final Path bin;
    private final Path dir;
    private final int port;

    private PostgresServer(Path bin, Path dir, int port) {
        this.bin = bin;
        this.dir = dir;
        this.port = port;
    }

    /** Creates the server's data folder and starts it. */
    static PostgresServer create(int port) {
        Path bin = installedBinaries();
        try {
            // Not under the build folder: the postgres account must reach it, whatever the checkout's permissions.
            Path dir = Files.createTempDirectory("library-it-postgres-");
            Path passwordFile = dir.resolve("password");
            Files.writeString(passwordFile, PASSWORD, StandardCharsets.UTF_8);
            PostgresServer server = new PostgresServer(bin, dir, port);
            if (runsAsRoot()) {
                run(List.of("chown", "-R", "postgres", dir.toString()));
            }
            server.runAsOwner(List.of(bin.resolve("initdb").toString(), "-D", server.data().toString(), "-U", USER,
                    "--pwfile=" + passwordFile, "-A", "scram-sha-256", "-E", "UTF8", "--no-locale"));
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot create the test database server", e);
        }
    }

    void start() {
        runAsOwner(List.of(bin.resolve("pg_ctl").toString(), "-D", data().toString(), "-l", dir.resolve("server.log").toString(),
                "-o", "-p " + port + " -c listen_addresses=127.0.0.1 -k " + dir, "-w", "-t", "60", "start"));
    }

    /** Stops the server at once (clients are disconnected), as an outage would. */
    void stop() {
        runAsOwner(List.of(bin.resolve("pg_ctl").toString(), "-D", data().toString(), "-m", "fast", "-w", "-t", "60", "stop"));
    }

    /** Stops the server and deletes its folder. */
    void destroy() {
        try {
            stop();
        } catch (RuntimeException alreadyStopped) {
            // nothing to stop
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }

    /** The folder of the server's programs, whose pg_dump and pg_restore match its version. */
    Path binaries() {
        return bin;
    }

    String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    void createDatabase(String name) {
        execute("postgres", "create database " + name);
    }

    void execute(String database, String sql) {
        try (Connection connection = connect(database); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(url(database), USER, PASSWORD);
    }

    private Path data() {
        return dir.resolve("data");
    }

    private void runAsOwner(List<String> command) {
        List<String> full = new ArrayList<>();
        if (runsAsRoot()) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        run(full);
    }

    private static void run(List<String> command) {
        CommandRun.of(command, Map.of(), Duration.ofSeconds(120)).succeeded();
    }

    private static boolean runsAsRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    /** The newest PostgreSQL installed the Debian way, or the one whose pg_ctl is on the PATH. */
    private static Path installedBinaries() {
        Path debian = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(debian)) {
            try (Stream<Path> versions = Files.list(debian)) {
                var newest = versions.filter(v -> Files.isExecutable(v.resolve("bin/initdb")))
                        .max(Comparator.comparing(v -> Integer.parseInt(v.getFileName().toString().replaceAll("\\D", "0"))));
                if (newest.isPresent()) {
                    return newest.get().resolve("bin");
                }
            } catch (IOException e) {
                // fall through to the PATH
            }
        }
        for (String entry : System.getenv().getOrDefault("PATH", "").split(":")) {
            Path initdb = Path.of(entry, "initdb");
            if (Files.isExecutable(initdb) && Files.isExecutable(Path.of(entry, "pg_ctl"))) {
                return Path.of(entry);
            }
        }
        throw new IllegalStateException("These tests need PostgreSQL's server programs (initdb, pg_ctl): install them,"
                + " e.g. apt-get install postgresql");
    }
}
