package dev.strata.runtime;

import dev.strata.core.error.DatabaseException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The JDBC edge: one connection, and the only place where {@link SQLException} is caught and turned into
 * a {@link DatabaseException} carrying the statement that failed. Nothing above declares
 * {@code throws SQLException}.
 */
public final class JdbcSession implements AutoCloseable {

    /** Reads one row; may throw SQLException, which the session translates. */
    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    /** Work on the raw connection, for the few places that need JDBC directly. */
    @FunctionalInterface
    public interface ConnectionWork<T> {
        T apply(Connection connection) throws SQLException;
    }

    private final Connection connection;
    private final String description;

    public JdbcSession(Connection connection, String description) {
        this.connection = connection;
        this.description = description;
    }

    /** The redacted address of the database, for messages. */
    public String description() {
        return description;
    }

    public void execute(String sql) {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw failure(e, sql);
        }
    }

    public int update(String sql, Object... parameters) {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw failure(e, sql);
        }
    }

    public <T> List<T> query(String sql, RowMapper<T> mapper, Object... parameters) {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            try (ResultSet rows = statement.executeQuery()) {
                List<T> result = new ArrayList<>();
                while (rows.next()) {
                    result.add(mapper.map(rows));
                }
                return result;
            }
        } catch (SQLException e) {
            throw failure(e, sql);
        }
    }

    public <T> T queryOne(String sql, RowMapper<T> mapper, Object... parameters) {
        List<T> rows = query(sql, mapper, parameters);
        return rows.isEmpty() ? null : rows.get(0);
    }

    public <T> T withConnection(ConnectionWork<T> work) {
        try {
            return work.apply(connection);
        } catch (SQLException e) {
            throw failure(e, null);
        }
    }

    public void autoCommit(boolean on) {
        withConnection(c -> {
            if (c.getAutoCommit() != on) {
                c.setAutoCommit(on);
            }
            return null;
        });
    }

    public void commit() {
        withConnection(c -> {
            c.commit();
            return null;
        });
    }

    /** Rolls back, never throwing: used on failure paths, where the original error is what matters. */
    public void rollbackQuietly() {
        try {
            if (!connection.isClosed() && !connection.getAutoCommit()) {
                connection.rollback();
            }
        } catch (SQLException ignored) {
            // the original failure is reported; a broken connection rolls back on the server anyway
        }
    }

    public boolean isClosed() {
        try {
            return connection.isClosed();
        } catch (SQLException e) {
            return true;
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // closing is best effort; the server ends the session when the socket closes
        }
    }

    private static void bind(PreparedStatement statement, Object[] parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
    }

    /** Translates a driver exception once, with the statement attached and any password removed. */
    public DatabaseException failure(SQLException e, String sql) {
        return Failures.translate(e, sql, description);
    }
}
