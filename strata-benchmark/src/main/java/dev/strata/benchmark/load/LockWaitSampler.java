package dev.strata.benchmark.load;

import dev.strata.benchmark.DbUrl;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Watches the workload from the server's side: every 20 ms, the longest time any workload session has been waiting for
 * a lock it has not been granted ({@code clock_timestamp() - pg_locks.waitstart}, PostgreSQL 14+; before that, the time
 * since its query started). The largest value seen during the migration is the longest lock wait (at most one sampling
 * interval short of the truth). Measured from when the wait began, not from when the query started: a query that
 * started, then had to wait for the CPU before it asked for its lock, has not been waiting for a lock meanwhile.
 */
final class LockWaitSampler implements AutoCloseable {
    private static final long INTERVAL_MILLIS = 20;

    private final Thread thread;
    private volatile boolean running = true;
    private volatile boolean counting;
    private volatile double longestMs;
    private volatile String error;

    private LockWaitSampler(Connection connection) {
        thread = new Thread(() -> loop(connection), "lock-wait-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    static LockWaitSampler start(DbUrl db) {
        try {
            return new LockWaitSampler(LoadTable.connect(db, "strata-load-sampler"));
        } catch (SQLException e) {
            throw new IllegalStateException("the lock-wait sampler cannot connect to " + db + ": " + e.getMessage(), e);
        }
    }

    /** From now on, waits count towards {@link #longestMs()}. */
    void startCounting() {
        counting = true;
    }

    void stopCounting() {
        counting = false;
    }

    double longestMs() {
        return longestMs;
    }

    /** Why sampling stopped early, or null. */
    String error() {
        return error;
    }

    private void loop(Connection connection) {
        String sql = "SELECT coalesce(max(extract(epoch FROM clock_timestamp() - coalesce(l.waitstart, a.query_start))) * 1000, 0)"
                + " FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid"
                + " WHERE NOT l.granted AND a.datname = current_database() AND a.application_name = '" + QueryLoad.APPLICATION + "'";
        String before14 = "SELECT coalesce(max(extract(epoch FROM clock_timestamp() - query_start)) * 1000, 0) FROM pg_stat_activity"
                + " WHERE datname = current_database() AND application_name = '" + QueryLoad.APPLICATION + "'"
                + " AND wait_event_type = 'Lock' AND state = 'active'";
        try (connection; Statement statement = connection.createStatement()) {
            if (connection.getMetaData().getDatabaseMajorVersion() < 14) {
                sql = before14;
            }
            while (running) {
                try (ResultSet r = statement.executeQuery(sql)) {
                    r.next();
                    double waiting = r.getDouble(1);
                    if (counting && waiting > longestMs) {
                        longestMs = waiting;
                    }
                }
                Thread.sleep(INTERVAL_MILLIS);
            }
        } catch (SQLException e) {
            error = e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        running = false;
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
