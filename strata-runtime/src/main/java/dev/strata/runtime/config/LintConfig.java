package dev.strata.runtime.config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Lint settings ({@code [lint]} and {@code [lint.rules]} in {@code strata.toml}). Rule ids are not checked here:
 * the rule catalogue lives with the linter.
 *
 * @param postgresVersion the PostgreSQL major version to judge against, or null for "the newest the linter knows"
 * @param rules           rule id → severity: {@code error}, {@code warning}, {@code info} or {@code off}
 */
public record LintConfig(Integer postgresVersion, Map<String, String> rules) {
    public static final List<String> SEVERITIES = List.of("error", "warning", "info", "off");
    public static final LintConfig DEFAULTS = new LintConfig(null, Map.of());

    public LintConfig {
        rules = Collections.unmodifiableMap(new LinkedHashMap<>(rules));
    }

    static LintConfig read(TomlDocument.Table table) {
        if (table == null) {
            return DEFAULTS;
        }
        table.allowOnly("postgres-version", "rules");
        Integer version = table.integer("postgres-version");
        if (version != null && version < 1) {
            throw table.error("postgres-version", "[lint] postgres-version must be a major version such as 15", null);
        }
        Map<String, String> rules = new LinkedHashMap<>();
        TomlDocument.Table rulesTable = table.table("rules");
        if (rulesTable != null) {
            for (String rule : rulesTable.keys()) {
                String severity = rulesTable.string(rule);
                String normalized = severity.strip().toLowerCase(Locale.ROOT);
                if (!SEVERITIES.contains(normalized)) {
                    throw rulesTable.error(rule, "[lint.rules] " + rule + " has unknown severity '"
                            + Redaction.printable(severity) + "'", "use one of " + String.join(", ", SEVERITIES));
                }
                rules.put(rule, normalized);
            }
        }
        return new LintConfig(version, rules);
    }
}
