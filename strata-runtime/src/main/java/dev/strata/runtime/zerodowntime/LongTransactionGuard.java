package dev.strata.runtime.zerodowntime;

import dev.strata.runtime.ExecutionSettings;
import dev.strata.runtime.JdbcSession;

import java.time.Duration;
import java.util.List;

/**
 * Before a statement that takes a strong lock: names the sessions that have been in a transaction longer than
 * {@link ExecutionSettings#longTransaction()} (the statement would queue behind them, and every query on the table
 * behind it), and waits up to {@link ExecutionSettings#longTransactionWait()} for them to end. It never ends a
 * session and never refuses to go on: {@code lock_timeout} and its retries still bound the wait for the lock.
 */
public final class LongTransactionGuard {
    private static final long POLL_MILLIS = 250;
    private static final Duration QUIET_WINDOW = Duration.ofSeconds(5);

    private final ZeroDowntime zeroDowntime;
    private final ExecutionSettings execution;
    private final ZeroDowntimeListener listener;
    /** Until then no transaction can have grown older than the limit: the last look found none even a window younger. */
    private long quietUntil = System.nanoTime();

    public LongTransactionGuard(ZeroDowntime zeroDowntime, ExecutionSettings execution, ZeroDowntimeListener listener) {
        this.zeroDowntime = zeroDowntime;
        this.execution = execution;
        this.listener = listener;
    }

    /** Whether the statement calls for a look at long transactions. */
    public boolean applies(String sql) {
        return !execution.longTransaction().isZero() && zeroDowntime.takesStrongLock(sql);
    }

    /** Looks, reports, and waits as configured; returns the sessions still open when it stopped waiting. */
    public List<LongTransaction> check(JdbcSession session, String statement) {
        Duration olderThan = execution.longTransaction();
        if (System.nanoTime() - quietUntil < 0) {
            return List.of();
        }
        // look a window further back, so that when nothing is found, nothing can pass the limit during that window
        // either: a run of many small migrations asks the server once per window, not once per statement
        Duration window = olderThan.dividedBy(2).compareTo(QUIET_WINDOW) < 0 ? olderThan.dividedBy(2) : QUIET_WINDOW;
        long asked = System.nanoTime();
        List<LongTransaction> nearly = zeroDowntime.longTransactions(session, olderThan.minus(window));
        if (nearly.isEmpty()) {
            quietUntil = asked + window.toNanos();
            return nearly;
        }
        List<LongTransaction> open = nearly.stream().filter(t -> t.age().compareTo(olderThan) > 0).toList();
        if (open.isEmpty()) {
            return open;
        }
        Duration wait = execution.longTransactionWait();
        listener.longTransactions(statement, open, olderThan, wait);
        if (wait.isZero()) {
            return open;
        }
        long start = System.nanoTime();
        long deadline = start + wait.toNanos();
        while (!open.isEmpty() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(Math.min(POLL_MILLIS, Math.max(1, (deadline - System.nanoTime()) / 1_000_000)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            open = zeroDowntime.longTransactions(session, olderThan);
        }
        listener.longTransactionsWaited(Duration.ofNanos(System.nanoTime() - start), open);
        return open;
    }
}
