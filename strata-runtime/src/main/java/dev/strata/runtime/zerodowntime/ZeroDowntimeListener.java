package dev.strata.runtime.zerodowntime;

import java.time.Duration;
import java.util.List;

/**
 * What zero-downtime execution tells the person watching: long transactions in the way, INVALID indexes cleaned
 * up, backfill progress. A {@link dev.strata.runtime.migrate.MigrationListener} that also implements this
 * interface hears it; otherwise it goes to a {@link ConsoleReporter} on stderr. Every method has a default.
 */
public interface ZeroDowntimeListener {
    ZeroDowntimeListener NONE = new ZeroDowntimeListener() {
    };

    /** Sessions in transactions older than {@code olderThan} before {@code statement}; {@code willWait} zero: going on now. */
    default void longTransactions(String statement, List<LongTransaction> sessions, Duration olderThan, Duration willWait) {
    }

    /** Waited {@code waited} for long transactions; {@code remaining} are still open (empty: all gone). */
    default void longTransactionsWaited(Duration waited, List<LongTransaction> remaining) {
    }

    /** Dropped an INVALID index that a failed concurrent build left. */
    default void invalidIndexDropped(String index, String when) {
    }

    default void backfillStarting(Backfill backfill, BackfillProgress resumedAt) {
    }

    default void backfillProgress(BackfillProgress progress) {
    }

    /** Replication lag {@code lag} is over {@code limit}: the backfill pauses until it falls below. */
    default void backfillThrottled(Backfill backfill, Duration lag, Duration limit) {
    }

    default void backfillFinished(BackfillProgress progress) {
    }
}
