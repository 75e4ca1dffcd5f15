package dev.strata.runtime;

import dev.strata.runtime.config.DatabaseKind;
import dev.strata.runtime.config.DatabaseUrl;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * A database to migrate: where it is and which dialect speaks to it. Opens sessions; holds none, apart from
 * a connection opened ahead of need ({@link #openInBackground()}) until the next {@link #open()} takes it.
 */
public final class Database {
    private final DatabaseUrl url;
    private final Dialect dialect;
    private FutureTask<Connection> early;

    public Database(DatabaseUrl url) {
        this.url = url;
        this.dialect = Dialects.of(url.kind());
    }

    public DatabaseUrl url() {
        return url;
    }

    public Dialect dialect() {
        return dialect;
    }

    /** The address with any password removed, for messages. */
    public String description() {
        return url.redacted();
    }

    /**
     * True for a SQLite file that does not exist yet. Read-only commands treat it as an empty database
     * instead of creating the file.
     */
    public boolean isMissingFile() {
        Path file = url.sqlitePath();
        return file != null && !Files.exists(file);
    }

    /** Opens a new session; a failure is one clear line saying where and what to check. */
    public JdbcSession open() {
        try {
            return new JdbcSession(early != null ? takeEarly() : connect(), description());
        } catch (SQLException e) {
            throw Failures.connectFailed(e, description());
        }
    }

    /**
     * Starts opening the connection that the next {@link #open()} will use on another thread, so that connecting
     * (for a cold JVM mostly loading the driver: 0.15-0.25 s with pgjdbc) overlaps with what the caller does
     * meanwhile, such as reading and checksumming the migration files. A failure surfaces from that
     * {@code open()}, exactly as if it had connected then. Only for server databases: a SQLite connection costs
     * little, and opening one would create a missing file. Call {@link #discardEarlyConnection()} when the run
     * may end without opening.
     */
    public void openInBackground() {
        if (early != null || url.kind() == DatabaseKind.SQLITE) {
            return;
        }
        early = new FutureTask<>(this::connect);
        Thread thread = new Thread(early, "strata-connect");
        thread.setDaemon(true);
        thread.start();
    }

    /** Closes a connection opened in the background that no {@link #open()} took. */
    public void discardEarlyConnection() {
        FutureTask<Connection> pending = early;
        early = null;
        if (pending != null) {
            try {
                pending.get().close();
            } catch (ExecutionException | SQLException e) {
                // it failed or cannot close: nothing was done with it
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private Connection takeEarly() throws SQLException {
        FutureTask<Connection> pending = early;
        early = null;
        try {
            return pending.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            pending.cancel(true);
            throw new SQLException("interrupted while connecting", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof SQLException sql) {
                throw sql;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    private Connection connect() throws SQLException {
        Properties properties = url.connectionProperties();
        dialect.connectionProperties().forEach(properties::putIfAbsent);
        return DriverManager.getConnection(url.jdbcUrl(), properties);
    }

    /** The same server, another database on it (scratch databases). */
    public Database sibling(String databaseName) {
        return new Database(url.withDatabase(databaseName));
    }

    @Override
    public String toString() {
        return description();
    }
}
