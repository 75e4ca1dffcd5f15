package dev.strata.runtime.sqlite;

import dev.strata.core.diff.DiffPolicy;
import dev.strata.core.script.SqlFlavor;
import dev.strata.runtime.Database;
import dev.strata.runtime.Dialect;
import dev.strata.runtime.ExecutionSettings;
import dev.strata.runtime.Inspector;
import dev.strata.runtime.JdbcSession;
import dev.strata.runtime.MigrationLock;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** SQLite, the embedded default: transactional DDL, a lock file beside the database, no schemas. */
public final class SqliteDialect implements Dialect {

    @Override
    public String name() {
        return "sqlite";
    }

    @Override
    public Inspector inspector() {
        return new SqliteInspector();
    }

    @Override
    public DiffPolicy diffPolicy() {
        return new SqliteDiffPolicy();
    }

    @Override
    public SqlFlavor flavor() {
        return SqlFlavor.SQLITE;
    }

    @Override
    public String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    /** SQLite has no schemas of Strata's concern: its tables always live in the main database. */
    @Override
    public String qualified(String schema, String name) {
        return quote(name);
    }

    @Override
    public boolean transactionalDdl() {
        return true;
    }

    @Override
    public String currentUserExpression() {
        return "NULL";
    }

    @Override
    public List<String> createBookkeepingTables(String schema) {
        return List.of(
                "CREATE TABLE IF NOT EXISTS \"strata_version\" (\"revision\" TEXT NOT NULL PRIMARY KEY)",
                "CREATE TABLE IF NOT EXISTS \"strata_history\" (\"id\" INTEGER PRIMARY KEY AUTOINCREMENT, "
                        + "\"revision\" TEXT NOT NULL, \"direction\" TEXT NOT NULL, \"checksum\" TEXT, "
                        + "\"started_at\" TEXT NOT NULL, \"finished_at\" TEXT, \"duration_ms\" INTEGER, "
                        + "\"db_user\" TEXT, \"os_user\" TEXT, \"strata_version\" TEXT, "
                        + "\"outcome\" TEXT NOT NULL, \"failed_statement\" TEXT, \"error\" TEXT)");
    }

    @Override
    public Object timestampParameter(java.time.Instant instant) {
        return instant == null ? null : instant.toString();
    }

    @Override
    public String timestampLiteral(java.time.Instant instant) {
        return instant == null ? "NULL" : literal(instant.toString());
    }

    @Override
    public Map<String, String> connectionProperties() {
        return Map.of("busy_timeout", "10000");
    }

    @Override
    public MigrationLock lock(Database database, String schema, Duration wait, LockWaitListener waiting) {
        Path file = database.url().sqlitePath();
        if (file == null) {
            return () -> { }; // an in-memory database belongs to this process alone
        }
        return SqliteFileLock.acquire(file, wait, waiting);
    }

    @Override
    public void prepareSession(JdbcSession session, ExecutionSettings execution) {
        // busy_timeout is a connection property; SQLite has no lock_timeout of its own
    }

    @Override
    public boolean versionTableExists(JdbcSession session, String schema) {
        Integer found = session.queryOne("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'strata_version'",
                r -> r.getInt(1));
        return found != null && found > 0;
    }

    @Override
    public void createDatabase(Database server, String name) {
        // a SQLite database is created by connecting to it
    }

    @Override
    public void dropDatabase(Database server, String name) {
        Path file = server.sibling(name).url().sqlitePath();
        if (file == null) {
            return;
        }
        try {
            for (String suffix : List.of("", "-journal", "-wal", "-shm", ".strata-lock")) {
                Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public dev.strata.runtime.DdlRenderer renderer() {
        return new SqliteRenderer(this);
    }

    /** Rebuilding a table needs its whole definition: the renderer follows it from the schema the script starts at. */
    @Override
    public dev.strata.runtime.DdlRenderer renderer(dev.strata.core.model.Schema before) {
        return new SqliteRenderer(this, before);
    }
}
