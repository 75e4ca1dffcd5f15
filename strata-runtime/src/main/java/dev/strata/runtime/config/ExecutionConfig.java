package dev.strata.runtime.config;

import dev.strata.core.error.ConfigException;
import java.time.Duration;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How statements run ({@code [execution]} in {@code strata.toml}). {@link Duration#ZERO} means "off": no lock
 * timeout (lint reports that), no statement timeout.
 *
 * @param lockTimeout      how long a statement waits for a lock before it fails and is retried (default 2 s)
 * @param lockRetries      how many times a lock timeout is retried with backoff (default 10)
 * @param statementTimeout how long a statement may run; zero for no limit (the default)
 * @param longTransaction  before a statement that takes a strong lock, sessions in a transaction older than this are
 *                         named (default 30 s; zero: no check); also the default of {@code long-transactions --older-than}
 * @param longTransactionWait how long to wait for those sessions to end before going on anyway (default 0: report only)
 */
public record ExecutionConfig(Duration lockTimeout, int lockRetries, Duration statementTimeout, Duration longTransaction,
                              Duration longTransactionWait) {
    public static final Duration DEFAULT_LONG_TRANSACTION = Duration.ofSeconds(30);
    public static final ExecutionConfig DEFAULTS = new ExecutionConfig(Duration.ofSeconds(2), 10, Duration.ZERO);

    private static final Pattern DURATION = Pattern.compile("(\\d{1,12})(ms|s|m|h)?");

    public ExecutionConfig {
        Objects.requireNonNull(lockTimeout, "lockTimeout");
        Objects.requireNonNull(statementTimeout, "statementTimeout");
        Objects.requireNonNull(longTransaction, "longTransaction");
        Objects.requireNonNull(longTransactionWait, "longTransactionWait");
        if (lockTimeout.isNegative() || statementTimeout.isNegative() || lockRetries < 0 || longTransaction.isNegative()
                || longTransactionWait.isNegative()) {
            throw new IllegalArgumentException("timeouts and retries must not be negative");
        }
    }

    /** The long-transaction check at its defaults: report transactions older than 30 s, do not wait. */
    public ExecutionConfig(Duration lockTimeout, int lockRetries, Duration statementTimeout) {
        this(lockTimeout, lockRetries, statementTimeout, DEFAULT_LONG_TRANSACTION, Duration.ZERO);
    }

    public boolean hasLockTimeout() {
        return !lockTimeout.isZero();
    }

    public boolean hasStatementTimeout() {
        return !statementTimeout.isZero();
    }

    /**
     * Reads a duration as written in {@code strata.toml}: a whole number with a unit, {@code 500ms}, {@code 2s},
     * {@code 1m}, {@code 1h}, or {@code 0}.
     *
     * @throws ConfigException naming {@code what} when the text is not such a duration
     */
    public static Duration parseDuration(String text, String what) {
        Matcher matcher = DURATION.matcher(text == null ? "" : text.strip());
        if (!matcher.matches() || matcher.group(2) == null && Long.parseLong(matcher.group(1)) != 0) {
            throw new ConfigException(what + " must be a duration such as \"500ms\", \"2s\", \"1m\" or \"0\"");
        }
        long amount = Long.parseLong(matcher.group(1));
        String unit = matcher.group(2) == null ? "s" : matcher.group(2);
        return switch (unit) {
            case "ms" -> Duration.ofMillis(amount);
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            default -> Duration.ofHours(amount);
        };
    }

    static ExecutionConfig read(TomlDocument.Table table) {
        if (table == null) {
            return DEFAULTS;
        }
        table.allowOnly("lock-timeout", "lock-retries", "statement-timeout", "long-transaction", "long-transaction-wait");
        Integer retries = table.integer("lock-retries");
        if (retries != null && retries < 0) {
            throw table.error("lock-retries", "[execution] lock-retries must not be negative", null);
        }
        return new ExecutionConfig(
                duration(table, "lock-timeout", DEFAULTS.lockTimeout),
                retries == null ? DEFAULTS.lockRetries : retries,
                duration(table, "statement-timeout", DEFAULTS.statementTimeout),
                duration(table, "long-transaction", DEFAULTS.longTransaction),
                duration(table, "long-transaction-wait", DEFAULTS.longTransactionWait));
    }

    private static Duration duration(TomlDocument.Table table, String key, Duration fallback) {
        String text = table.stringOrInteger(key);
        if (text == null) {
            return fallback;
        }
        try {
            return parseDuration(text, "[execution] " + key);
        } catch (ConfigException e) {
            throw table.error(key, e.getMessage(), null);
        }
    }
}
