package dev.strata.runtime.zerodowntime;

import dev.strata.core.error.DatabaseException;
import dev.strata.runtime.JdbcSession;

import java.time.Duration;
import java.util.List;

/**
 * What a dialect knows about running migrations while the application keeps working: which statements take a
 * strong lock, which sessions sit in long transactions, which concurrent index builds leave an INVALID index
 * behind when they fail, and how far replicas lag. Every method has a harmless default, so a dialect without
 * these ideas ({@link #NONE}) runs statements exactly as before.
 */
public interface ZeroDowntime {
    ZeroDowntime NONE = new ZeroDowntime() {
    };

    /** True when the statement takes a lock that blocks reads or writes of a table (ALTER TABLE, DROP, plain CREATE INDEX…). */
    default boolean takesStrongLock(String sql) {
        return false;
    }

    /** Sessions of this database, other than {@code session}, in a transaction that began more than {@code olderThan} ago. */
    default List<LongTransaction> longTransactions(JdbcSession session, Duration olderThan) {
        return List.of();
    }

    /** The index a {@code CREATE INDEX CONCURRENTLY} statement builds, or null for any other statement. */
    default ConcurrentIndex concurrentIndex(String sql) {
        return null;
    }

    /**
     * Drops the index when it exists and is INVALID (what a failed concurrent build leaves); returns the name it
     * dropped, or null. Runs outside a transaction.
     */
    default String dropIfInvalid(JdbcSession session, ConcurrentIndex index) {
        return null;
    }

    /** True when a failed concurrent index build may succeed if simply run again (a deadlock). */
    default boolean isTransient(DatabaseException failure) {
        return false;
    }

    /** The largest replay lag of any replica; zero when there are none. */
    default Duration replicationLag(JdbcSession session) {
        return Duration.ZERO;
    }

    /** Whether {@code -- strata-backfill} statements can run here. */
    default boolean runsBackfills() {
        return false;
    }
}
