package dev.strata.core.lint;

import dev.strata.core.error.ConfigException;
import dev.strata.core.script.SqlFlavor;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the linter judges against.
 *
 * @param dialect         the configured database's dialect: pg-* rules judge PostgreSQL, my-* rules MariaDB
 * @param postgresVersion the PostgreSQL major version, or null for the newest this linter knows
 * @param severities      rule id → error, warning, info or off ({@code [lint.rules]}); other rules keep their default
 * @param lockTimeout     the {@code lock_timeout} Strata runs PostgreSQL statements with ({@code [execution] lock-timeout});
 *                        zero when the project turns it off, which {@code pg-missing-lock-timeout} reports
 */
public record LintOptions(SqlFlavor dialect, Integer postgresVersion, Map<String, String> severities, Duration lockTimeout) {
    /** Strata's default {@code lock_timeout} on PostgreSQL (the runtime's {@code ExecutionConfig.DEFAULTS}). */
    public static final Duration DEFAULT_LOCK_TIMEOUT = Duration.ofSeconds(2);

    /** Options with Strata's default lock timeout. */
    public LintOptions(SqlFlavor dialect, Integer postgresVersion, Map<String, String> severities) {
        this(dialect, postgresVersion, severities, DEFAULT_LOCK_TIMEOUT);
    }

    public LintOptions {
        lockTimeout = lockTimeout == null ? DEFAULT_LOCK_TIMEOUT : lockTimeout;
        severities = Collections.unmodifiableMap(new LinkedHashMap<>(severities));
        for (Map.Entry<String, String> entry : severities.entrySet()) {
            if (RuleCatalog.find(entry.getKey()).isEmpty()) {
                throw new ConfigException("[lint.rules] names no known rule: " + entry.getKey(),
                        "`strata lint --list-rules` lists the rule ids");
            }
            try {
                Severity.parse(entry.getValue());
            } catch (IllegalArgumentException e) {
                throw new ConfigException("[lint.rules] " + entry.getKey() + " has unknown severity '" + entry.getValue() + "'",
                        "use one of error, warning, info, off");
            }
        }
    }

    public static LintOptions defaults(SqlFlavor dialect) {
        return new LintOptions(dialect, null, Map.of());
    }

    /** The PostgreSQL version rules judge against (the newest known when none is configured). */
    public int pgVersion() {
        return postgresVersion == null ? 17 : postgresVersion;
    }

    /** The severity a rule's findings get, or empty when the rule is off (or does not judge this dialect). */
    public Optional<Severity> severity(String rule) {
        RuleCatalog.Rule known = RuleCatalog.get(rule);
        if (!known.scope().covers(dialect)) {
            return Optional.empty();
        }
        String configured = severities.get(rule);
        return configured == null ? Optional.of(known.severity()) : Optional.ofNullable(Severity.parse(configured));
    }
}
