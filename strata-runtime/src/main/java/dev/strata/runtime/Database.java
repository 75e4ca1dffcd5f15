package dev.strata.runtime;

import dev.strata.runtime.config.DatabaseUrl;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/** A database to migrate: where it is and which dialect speaks to it. Opens sessions; holds none. */
public final class Database {
    private final DatabaseUrl url;
    private final Dialect dialect;

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
        Properties properties = url.connectionProperties();
        dialect.connectionProperties().forEach(properties::putIfAbsent);
        try {
            Connection connection = DriverManager.getConnection(url.jdbcUrl(), properties);
            return new JdbcSession(connection, description());
        } catch (SQLException e) {
            throw Failures.connectFailed(e, description());
        }
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
