package dev.strata.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The fair floor: the least a migration tool must do, written straight against JDBC over one connection.
 * Read the N files and checksum them (SHA-256), fetch the history rows, compare, and for every pending
 * migration run its SQL, write one version row and one history row, and commit: one transaction per migration.
 * With nothing pending this is the validate floor, for both {@code uptodate} and {@code status}.
 */
public final class FloorRunner {

    private FloorRunner() {
    }

    public static void main(String[] args) {
        RunnerSupport.main("FloorRunner", args, FloorRunner::run);
    }

    private record Migration(int version, String description, String sql, String checksum) {
    }

    static void run(Scenario scenario, DbUrl db, Path dir) throws IOException, SQLException {
        List<Migration> migrations = load(dir.resolve(WorkloadWriter.FLOOR_MIGRATIONS));
        try (Connection connection = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password())) {
            connection.setAutoCommit(false);
            Map<Integer, String> applied = history(connection);
            List<Migration> pending = new ArrayList<>();
            for (Migration migration : migrations) {
                String checksum = applied.get(migration.version());
                if (checksum == null) {
                    pending.add(migration);
                } else if (!checksum.equals(migration.checksum())) {
                    throw new IllegalStateException("checksum mismatch at version " + migration.version());
                }
            }
            if (applied.size() > migrations.size() - pending.size()) {
                throw new IllegalStateException("history has versions that no file provides");
            }
            if (scenario == Scenario.APPLY || scenario == Scenario.UPTODATE) {
                apply(connection, pending);
            }
        }
    }

    private static List<Migration> load(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(dir)) {
            files = listing.filter(p -> p.getFileName().toString().endsWith(".sql")).toList();
        }
        MessageDigest sha256 = sha256();
        List<Migration> migrations = new ArrayList<>(files.size());
        for (Path file : files) {
            String name = file.getFileName().toString();
            byte[] bytes = Files.readAllBytes(file);
            String checksum = HexFormat.of().formatHex(sha256.digest(bytes));
            int version = Integer.parseInt(name.substring(1, name.length() - ".sql".length()));
            migrations.add(new Migration(version, name, new String(bytes, StandardCharsets.UTF_8), checksum));
        }
        migrations.sort((a, b) -> Integer.compare(a.version(), b.version()));
        return migrations;
    }

    /** Version to checksum, in version order; creates the two bookkeeping tables on first use. */
    private static Map<Integer, String> history(Connection connection) throws SQLException {
        Map<Integer, String> applied = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement()) {
            try (ResultSet exists = statement.executeQuery("SELECT to_regclass('floor_history') IS NOT NULL")) {
                exists.next();
                if (!exists.getBoolean(1)) {
                    statement.execute("CREATE TABLE floor_version (version integer NOT NULL)");
                    statement.execute("INSERT INTO floor_version VALUES (0)");
                    statement.execute("CREATE TABLE floor_history (version integer PRIMARY KEY,"
                            + " description text NOT NULL, checksum char(64) NOT NULL,"
                            + " installed_by text NOT NULL DEFAULT current_user,"
                            + " installed_on timestamptz NOT NULL DEFAULT now(),"
                            + " execution_ms integer NOT NULL, success boolean NOT NULL)");
                    connection.commit();
                    return applied;
                }
            }
            String select = "SELECT version, checksum FROM floor_history ORDER BY version";
            try (ResultSet rows = statement.executeQuery(select)) {
                while (rows.next()) {
                    applied.put(rows.getInt(1), rows.getString(2));
                }
            }
            connection.commit();
        }
        return applied;
    }

    private static void apply(Connection connection, List<Migration> pending) throws SQLException {
        try (Statement statement = connection.createStatement();
             PreparedStatement version = connection.prepareStatement("UPDATE floor_version SET version = ?");
             PreparedStatement history = connection.prepareStatement("INSERT INTO floor_history"
                     + " (version, description, checksum, execution_ms, success) VALUES (?, ?, ?, ?, true)")) {
            for (Migration migration : pending) {
                long start = System.nanoTime();
                statement.execute(migration.sql());
                version.setInt(1, migration.version());
                version.executeUpdate();
                history.setInt(1, migration.version());
                history.setString(2, migration.description());
                history.setString(3, migration.checksum());
                history.setInt(4, (int) ((System.nanoTime() - start) / 1_000_000));
                history.executeUpdate();
                connection.commit();
            }
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
