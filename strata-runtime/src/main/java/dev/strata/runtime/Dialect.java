package dev.strata.runtime;

import dev.strata.core.dialect.SqlDialect;
import dev.strata.core.error.DatabaseException;

import java.time.Duration;

/**
 * A database as the runtime sees it: the core's SQL facts plus the JDBC-level parts, each small. One
 * implementation per package ({@code postgres}, {@code mariadb}, {@code sqlite}); found through
 * {@link Dialects}, never by {@code if (postgres)} in the engine.
 */
public interface Dialect extends SqlDialect {

    /**
     * The name Strata gives the connection's own database where a namespace is a database (MariaDB): two
     * databases compare as the same namespace under it, and SQL for it is written unqualified, so a migration
     * does not name the database it was generated against.
     */
    String HOME_DATABASE = "(this database)";

    /** True where a namespace is a database of its own (MariaDB), so the connection's database is {@link #HOME_DATABASE}. */
    default boolean namespaceIsDatabase() {
        return false;
    }

    /**
     * Takes the migration lock for a whole run, waiting up to {@code wait}. The lock dies with the process.
     *
     * @param database the database being migrated (the lock may open its own connection to it)
     * @param schema   the schema of Strata's tables, part of the lock's name (may be null)
     * @param waiting  told once, with a description of the holder, when the lock is not free at once
     */
    MigrationLock lock(Database database, String schema, Duration wait, LockWaitListener waiting);

    /** Driver properties every connection gets (application name, timeouts). */
    default java.util.Map<String, String> connectionProperties() {
        return java.util.Map.of();
    }

    /** How a point in time is bound as a parameter of the history table (SQLite stores ISO-8601 text). */
    default Object timestampParameter(java.time.Instant instant) {
        return instant == null ? null : java.sql.Timestamp.from(instant);
    }

    /**
     * A point in time as a SQL literal for the history table, the same instant {@link #timestampParameter} binds:
     * by default the JVM's local time, which is what the drivers bind a Timestamp as.
     */
    default String timestampLiteral(java.time.Instant instant) {
        return instant == null ? "NULL" : literal(java.sql.Timestamp.from(instant).toString());
    }

    /** True when one {@code execute} may carry several statements separated by {@code ;} (one round trip). */
    default boolean executesMultipleStatements() {
        return false;
    }

    /** Session settings for the connection migrations run on: lock and statement timeouts, application name. */
    void prepareSession(JdbcSession session, ExecutionSettings execution);

    /** Whether Strata's version table exists (reading must never create it). */
    boolean versionTableExists(JdbcSession session, String schema);

    /**
     * True when the statement commits by itself whatever transaction is open (DDL on MariaDB), so a
     * failure after it leaves the database partly changed.
     */
    default boolean commitsImplicitly(String statement) {
        return false;
    }

    /**
     * The statement that sets the lock timeout for what follows, or null where the database has none.
     * {@code local} limits it to the open transaction.
     */
    default String setLockTimeout(Duration timeout, boolean local) {
        return null;
    }

    /** True when the failure is a lock timeout that a retry may get past. */
    default boolean isLockTimeout(DatabaseException failure) {
        return false;
    }

    /** Creates a database named {@code name} on the server of {@code server} (for scratch databases). */
    void createDatabase(Database server, String name);

    /** Drops a database created by {@link #createDatabase}, even if sessions are still connected to it. */
    void dropDatabase(Database server, String name);

    /** Reads live schemas. */
    default Inspector inspector() {
        throw new UnsupportedOperationException(name() + " has no inspector yet");
    }

    /** Renders operations to this dialect's SQL. */
    default DdlRenderer renderer() {
        throw new UnsupportedOperationException(name() + " has no renderer yet");
    }

    /**
     * Renders operations that start from a known schema. Only dialects that must rebuild tables to change them
     * (SQLite) need it; the others render the same as {@link #renderer()}.
     */
    default DdlRenderer renderer(dev.strata.core.model.Schema before) {
        return renderer();
    }

    /** The narrow questions the generic differ asks about this dialect. */
    default dev.strata.core.diff.DiffPolicy diffPolicy() {
        return new dev.strata.core.diff.DiffPolicy() {
        };
    }

    /** What this database offers for zero-downtime execution (long transactions, INVALID indexes, backfills). */
    default dev.strata.runtime.zerodowntime.ZeroDowntime zeroDowntime() {
        return dev.strata.runtime.zerodowntime.ZeroDowntime.NONE;
    }

    /** Called back while a lock is awaited. */
    @FunctionalInterface
    interface LockWaitListener {
        void waiting(String holder);
    }
}
