package dev.strata.runtime.postgres;

import dev.strata.core.error.DatabaseException;
import dev.strata.core.script.SqlFlavor;
import dev.strata.runtime.Database;
import dev.strata.runtime.Dialect;
import dev.strata.runtime.ExecutionSettings;
import dev.strata.runtime.JdbcSession;
import dev.strata.runtime.MigrationLock;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** PostgreSQL: transactional DDL, session advisory locks, {@code lock_timeout}. */
public final class PostgresDialect implements Dialect {
    static final String LOCK_NOT_AVAILABLE = "55P03";

    @Override
    public String name() {
        return "postgresql";
    }

    @Override
    public SqlFlavor flavor() {
        return SqlFlavor.POSTGRES;
    }

    @Override
    public String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    @Override
    public boolean transactionalDdl() {
        return true;
    }

    @Override
    public List<String> createBookkeepingTables(String schema) {
        List<String> sql = new ArrayList<>();
        if (schema != null) {
            sql.add("CREATE SCHEMA IF NOT EXISTS " + quote(schema));
        }
        sql.add("CREATE TABLE IF NOT EXISTS " + qualified(schema, "strata_version")
                + " (\"revision\" varchar(64) NOT NULL PRIMARY KEY)");
        sql.add("CREATE TABLE IF NOT EXISTS " + qualified(schema, "strata_history") + " ("
                + "\"id\" bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, "
                + "\"revision\" varchar(64) NOT NULL, \"direction\" varchar(16) NOT NULL, \"checksum\" varchar(64), "
                + "\"started_at\" timestamptz NOT NULL, \"finished_at\" timestamptz, \"duration_ms\" bigint, "
                + "\"db_user\" varchar(255), \"os_user\" varchar(255), \"strata_version\" varchar(32), "
                + "\"outcome\" varchar(16) NOT NULL, \"failed_statement\" text, \"error\" text)");
        return sql;
    }

    @Override
    public Map<String, String> connectionProperties() {
        return Map.of("ApplicationName", applicationName(), "tcpKeepAlive", "true");
    }

    /** Names this process in {@code pg_stat_activity}, so a waiting runner can say who holds the lock. */
    static String applicationName() {
        String host = System.getenv().getOrDefault("HOSTNAME", "");
        String name = "strata pid " + ProcessHandle.current().pid() + (host.isEmpty() ? "" : " on " + host);
        return name.length() > 63 ? name.substring(0, 63) : name;
    }

    @Override
    public MigrationLock lock(Database database, String schema, Duration wait, LockWaitListener waiting) {
        return PostgresAdvisoryLock.acquire(database, schema, wait, waiting);
    }

    @Override
    public void prepareSession(JdbcSession session, ExecutionSettings execution) {
        StringBuilder settings = new StringBuilder(setLockTimeout(execution.lockTimeout(), false));
        if (!execution.statementTimeout().isZero()) {
            settings.append("; SET statement_timeout = '").append(execution.statementTimeout().toMillis()).append("ms'");
        }
        int major = session.withConnection(c -> c.getMetaData().getDatabaseMajorVersion());
        if (major >= 14) {
            // a backend whose client died (kill -9 mid-migration) stops within a second and releases its locks
            settings.append("; SET client_connection_check_interval = '1s'");
        }
        session.execute(settings.toString()); // one round trip
    }

    @Override
    public boolean versionTableExists(JdbcSession session, String schema) {
        Boolean exists = session.queryOne("SELECT to_regclass(?) IS NOT NULL", r -> r.getBoolean(1),
                qualified(schema, "strata_version"));
        return Boolean.TRUE.equals(exists);
    }

    /** pgjdbc sends a multi-statement string in one round trip. */
    @Override
    public boolean executesMultipleStatements() {
        return true;
    }

    @Override
    public String setLockTimeout(Duration timeout, boolean local) {
        return "SET " + (local ? "LOCAL " : "") + "lock_timeout = '" + timeout.toMillis() + "ms'";
    }

    @Override
    public boolean isLockTimeout(DatabaseException failure) {
        return LOCK_NOT_AVAILABLE.equals(failure.sqlState());
    }

    @Override
    public dev.strata.runtime.zerodowntime.ZeroDowntime zeroDowntime() {
        return new dev.strata.runtime.zerodowntime.PostgresZeroDowntime();
    }

    @Override
    public dev.strata.runtime.Inspector inspector() {
        return new PostgresInspector();
    }

    @Override
    public dev.strata.core.diff.DiffPolicy diffPolicy() {
        return new PostgresDiffPolicy();
    }

    @Override
    public void createDatabase(Database server, String name) {
        try (JdbcSession admin = server.open()) {
            admin.execute("CREATE DATABASE " + quote(name));
        }
    }

    @Override
    public void dropDatabase(Database server, String name) {
        try (JdbcSession admin = server.open()) {
            admin.execute("DROP DATABASE IF EXISTS " + quote(name) + " WITH (FORCE)");
        }
    }

    @Override
    public dev.strata.runtime.DdlRenderer renderer() {
        return new PostgresRenderer(this);
    }

    @Override
    public dev.strata.runtime.DdlRenderer renderer(dev.strata.core.model.Schema before) {
        return new PostgresRenderer(this, before);
    }
}
