package dev.strata.runtime;

import java.time.Duration;

/**
 * How statements run: the lock timeout and how often a lock timeout is retried, the statement timeout,
 * and how long to wait for the migration lock.
 *
 * @param lockTimeout      {@code lock_timeout} for every statement; zero turns it off
 * @param lockRetries      retries after a lock timeout (exponential backoff with jitter, 0.5 s doubling, capped at 8 s)
 * @param statementTimeout {@code statement_timeout}; zero for none
 * @param lockWait         how long to wait for another runner's migration lock
 */
public record ExecutionSettings(Duration lockTimeout, int lockRetries, Duration statementTimeout, Duration lockWait) {
    public static final ExecutionSettings DEFAULTS =
            new ExecutionSettings(Duration.ofSeconds(2), 10, Duration.ZERO, Duration.ofMinutes(5));

    public ExecutionSettings withLockTimeout(Duration timeout) {
        return new ExecutionSettings(timeout, lockRetries, statementTimeout, lockWait);
    }

    public ExecutionSettings withStatementTimeout(Duration timeout) {
        return new ExecutionSettings(lockTimeout, lockRetries, timeout, lockWait);
    }

    public ExecutionSettings withLockWait(Duration wait) {
        return new ExecutionSettings(lockTimeout, lockRetries, statementTimeout, wait);
    }
}
