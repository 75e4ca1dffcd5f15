package dev.strata.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Creates and drops the benchmark's own databases (all named {@code sbench_<run id>_…}) over one admin
 * connection, and checks what a run left behind. It never touches a database it did not create.
 */
final class Databases implements AutoCloseable {

    private final DbUrl admin;
    private final Connection connection;
    private final Set<String> created = new LinkedHashSet<>();

    Databases(DbUrl admin) {
        this.admin = admin;
        try {
            this.connection = DriverManager.getConnection(admin.jdbcUrl(), admin.user(), admin.password());
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot connect to " + admin + ": " + e.getMessage(), e);
        }
    }

    synchronized DbUrl create(String name) {
        execute("CREATE DATABASE " + name);
        created.add(name);
        return admin.withDatabase(name);
    }

    /** A new database, a copy of {@code template} (which nobody may be connected to). */
    synchronized DbUrl createFromTemplate(String name, DbUrl template) {
        execute("CREATE DATABASE " + name + " TEMPLATE " + template.database());
        created.add(name);
        return admin.withDatabase(name);
    }

    synchronized void drop(DbUrl db) {
        if (created.remove(db.database())) {
            execute("DROP DATABASE IF EXISTS " + db.database() + " WITH (FORCE)");
        }
    }

    /** Sets PostgreSQL's {@code jit} for every later session of {@code db}, one this instance created. */
    synchronized void setJit(DbUrl db, boolean on) {
        if (!created.contains(db.database())) {
            throw new IllegalArgumentException(db.database() + " is not a benchmark database");
        }
        execute("ALTER DATABASE " + db.database() + " SET jit = " + (on ? "on" : "off"));
    }

    /** How many workload tables ({@code m1}, {@code m2}, …) exist in {@code db}. */
    int workloadTables(DbUrl db) {
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
             Statement statement = c.createStatement();
             ResultSet rows = statement.executeQuery("SELECT count(*) FROM pg_class c"
                     + " JOIN pg_namespace n ON n.oid = c.relnamespace"
                     + " WHERE c.relkind = 'r' AND n.nspname = 'public' AND c.relname ~ '^m[0-9]+$'")) {
            rows.next();
            return rows.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot inspect " + db + ": " + e.getMessage(), e);
        }
    }

    String serverVersion() {
        return show("server_version");
    }

    /** The server's {@code jit} setting ({@code on} or {@code off}) for a database that does not set its own. */
    String jit() {
        return show("jit");
    }

    private String show(String setting) {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SHOW " + setting)) {
            rows.next();
            return rows.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Drops every database this instance created and has not dropped yet; safe to call twice. */
    @Override
    public synchronized void close() {
        for (String name : Set.copyOf(created)) {
            drop(admin.withDatabase(name));
        }
        try {
            connection.close();
        } catch (SQLException ignored) {
            // nothing left to clean up on a connection that will not close
        }
    }

    private void execute(String sql) {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }
}
