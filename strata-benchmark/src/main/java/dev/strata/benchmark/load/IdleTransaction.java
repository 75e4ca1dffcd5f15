package dev.strata.benchmark.load;

import dev.strata.benchmark.DbUrl;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * A session that updates row 1 of {@code accounts}, then sits idle in its transaction for a while before it commits:
 * a forgotten transaction, a slow batch job. Its ROW EXCLUSIVE lock conflicts with every strong lock a migration takes
 * (SHARE for CREATE INDEX, SHARE ROW EXCLUSIVE for a foreign key, ACCESS EXCLUSIVE for ALTER TABLE), and its row lock
 * with an UPDATE of every row.
 */
final class IdleTransaction implements AutoCloseable {
    private final Thread thread;
    private volatile String error;

    private IdleTransaction(Connection connection, Duration hold) {
        thread = new Thread(() -> {
            try (connection; Statement statement = connection.createStatement()) {
                connection.setAutoCommit(false);
                statement.executeUpdate("UPDATE accounts SET note = note WHERE id = 1");
                Thread.sleep(hold.toMillis());
                connection.commit();
            } catch (SQLException e) {
                error = e.getMessage();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "idle-in-transaction");
        thread.setDaemon(true);
        thread.start();
    }

    static IdleTransaction begin(DbUrl db, Duration hold) {
        try {
            return new IdleTransaction(LoadTable.connect(db, "strata-load-idle"), hold);
        } catch (SQLException e) {
            throw new IllegalStateException("the idle session cannot connect to " + db + ": " + e.getMessage(), e);
        }
    }

    /** Why the session failed, or null. */
    String error() {
        return error;
    }

    /** Waits for the session to commit. */
    @Override
    public void close() {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
