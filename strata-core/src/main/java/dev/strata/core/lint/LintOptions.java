package dev.strata.core.lint;

import dev.strata.core.error.ConfigException;
import dev.strata.core.script.SqlFlavor;

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
 */
public record LintOptions(SqlFlavor dialect, Integer postgresVersion, Map<String, String> severities) {
    public LintOptions {
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
