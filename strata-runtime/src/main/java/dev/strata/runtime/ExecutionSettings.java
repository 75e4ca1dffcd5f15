package dev.strata.runtime;

import java.time.Duration;

/**
 * How statements run: the lock timeout and how often a lock timeout is retried, the statement timeout,
 * how long to wait for the migration lock, and how long-running transactions are treated before a statement
 * that takes a strong lock.
 *
 * @param lockTimeout         {@code lock_timeout} for every statement; zero turns it off
 * @param lockRetries         retries after a lock timeout (exponential backoff with jitter, 0.5 s doubling, capped at 8 s)
 * @param statementTimeout    {@code statement_timeout}; zero for none
 * @param lockWait            how long to wait for another runner's migration lock
 * @param longTransaction     a session in a transaction older than this is reported before a statement that takes a
 *                            strong lock (it would make that statement wait, and everything queue behind it); zero: no check
 * @param longTransactionWait how long to wait for such sessions to finish before going on anyway; zero: report only
 */
public record ExecutionSettings(Duration lockTimeout, int lockRetries, Duration statementTimeout, Duration lockWait,
                                Duration longTransaction, Duration longTransactionWait) {
    public static final Duration DEFAULT_LONG_TRANSACTION = dev.strata.runtime.config.ExecutionConfig.DEFAULT_LONG_TRANSACTION;

    public static final ExecutionSettings DEFAULTS =
            new ExecutionSettings(Duration.ofSeconds(2), 10, Duration.ZERO, Duration.ofMinutes(5));

    /** The long-transaction check at its defaults: report transactions older than 30 s, do not wait. */
    public ExecutionSettings(Duration lockTimeout, int lockRetries, Duration statementTimeout, Duration lockWait) {
        this(lockTimeout, lockRetries, statementTimeout, lockWait, DEFAULT_LONG_TRANSACTION, Duration.ZERO);
    }

    public ExecutionSettings withLockTimeout(Duration timeout) {
        return new ExecutionSettings(timeout, lockRetries, statementTimeout, lockWait, longTransaction, longTransactionWait);
    }

    public ExecutionSettings withStatementTimeout(Duration timeout) {
        return new ExecutionSettings(lockTimeout, lockRetries, timeout, lockWait, longTransaction, longTransactionWait);
    }

    public ExecutionSettings withLockWait(Duration wait) {
        return new ExecutionSettings(lockTimeout, lockRetries, statementTimeout, wait, longTransaction, longTransactionWait);
    }

    /** Sessions in a transaction older than {@code olderThan} are reported; {@code wait} is how long to wait for them. */
    public ExecutionSettings withLongTransactions(Duration olderThan, Duration wait) {
        return new ExecutionSettings(lockTimeout, lockRetries, statementTimeout, lockWait, olderThan, wait);
    }
}
