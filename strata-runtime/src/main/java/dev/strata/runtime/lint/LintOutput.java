package dev.strata.runtime.lint;

import dev.strata.core.lint.Finding;
import dev.strata.core.lint.LintOptions;
import dev.strata.core.lint.LintReport;
import dev.strata.core.lint.RuleCatalog;
import dev.strata.core.lint.Severity;
import dev.strata.runtime.migrate.StrataVersion;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The three shapes of lint output: text for people, the contract's JSON, and SARIF 2.1.0 for code scanning. */
public final class LintOutput {
    private LintOutput() {
    }

    /** Findings grouped per migration (history order), each as {@code file:line: severity rule: message} and its fix. */
    public static String text(LintReport report) {
        return text(report, f -> null);
    }

    /** As {@link #text(LintReport)}, with an {@code observed:} line under each finding {@code observed} has something for ({@code lint --verify}). */
    public static String text(LintReport report, Function<Finding, String> observed) {
        StringBuilder out = new StringBuilder();
        for (LintReport.Linted migration : report.migrations()) {
            List<Finding> findings = report.findingsOf(migration.revision());
            if (findings.isEmpty()) {
                continue;
            }
            out.append(migration.revision());
            if (!migration.message().isEmpty()) {
                out.append(' ').append(migration.message());
            }
            out.append(" (").append(migration.file()).append(")\n");
            for (Finding f : findings) {
                out.append("  ").append(f.file()).append(':').append(f.line()).append(": ").append(f.severity().label())
                        .append(' ').append(f.rule()).append(": ").append(f.message()).append('\n');
                out.append("      fix: ").append(f.fix()).append('\n');
                String seen = observed.apply(f);
                if (seen != null) {
                    out.append("      observed: ").append(seen).append('\n');
                }
            }
            out.append('\n');
        }
        out.append(summary(report)).append('\n');
        return out.toString();
    }

    public static String summary(LintReport report) {
        int migrations = report.migrations().size();
        String linted = migrations + " migration" + (migrations == 1 ? "" : "s");
        if (report.findings().isEmpty()) {
            return "No findings in " + linted + ".";
        }
        return count(report.count(Severity.ERROR), "error") + ", " + count(report.count(Severity.WARNING), "warning") + ", "
                + report.count(Severity.INFO) + " info in " + linted + ".";
    }

    private static String count(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    /** {@code {"findings": [{"rule", "severity", "revision", "file", "line", "message", "fix"}, …]}}. */
    public static Map<String, Object> json(LintReport report) {
        return json(report, f -> null);
    }

    /** As {@link #json(LintReport)}, each finding with an {@code "observed"} field where {@code observed} has one. */
    public static Map<String, Object> json(LintReport report, Function<Finding, String> observed) {
        List<Map<String, Object>> findings = new ArrayList<>();
        for (Finding f : report.findings()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("rule", f.rule());
            row.put("severity", f.severity().label());
            row.put("revision", f.revision());
            row.put("file", f.file());
            row.put("line", f.line());
            row.put("message", f.message());
            row.put("fix", f.fix());
            String seen = observed.apply(f);
            if (seen != null) {
                row.put("observed", seen);
            }
            findings.add(row);
        }
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("findings", findings);
        if (!report.notes().isEmpty()) {
            document.put("notes", report.notes());
        }
        return document;
    }

    /** A SARIF 2.1.0 log with one run: the rules that judge this dialect, and one result per finding. */
    public static Map<String, Object> sarif(LintReport report, LintOptions options) {
        return sarif(report, options, f -> null);
    }

    /** As {@link #sarif(LintReport, LintOptions)}, with what was observed in each result's message and properties. */
    public static Map<String, Object> sarif(LintReport report, LintOptions options, Function<Finding, String> observed) {
        List<Map<String, Object>> rules = new ArrayList<>();
        Map<String, Integer> ruleIndex = new LinkedHashMap<>();
        for (RuleCatalog.Rule rule : RuleCatalog.all()) {
            if (!rule.implemented() || options.severity(rule.id()).isEmpty()) {
                continue;
            }
            ruleIndex.put(rule.id(), rules.size());
            Map<String, Object> descriptor = new LinkedHashMap<>();
            descriptor.put("id", rule.id());
            descriptor.put("shortDescription", Map.of("text", rule.summary()));
            descriptor.put("defaultConfiguration", Map.of("level", level(options.severity(rule.id()).get())));
            rules.add(descriptor);
        }
        List<Map<String, Object>> results = new ArrayList<>();
        for (Finding f : report.findings()) {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("ruleId", f.rule());
            Integer index = ruleIndex.get(f.rule());
            if (index != null) {
                result.put("ruleIndex", index);
            }
            result.put("level", level(f.severity()));
            String seen = observed.apply(f);
            result.put("message", Map.of("text", f.message() + ". Fix: " + f.fix() + (seen == null ? "" : ". Observed: " + seen)));
            Map<String, Object> artifact = new LinkedHashMap<>();
            artifact.put("uri", f.file().replace('\\', '/'));
            artifact.put("uriBaseId", "%SRCROOT%");
            Map<String, Object> physical = new LinkedHashMap<>();
            physical.put("artifactLocation", artifact);
            physical.put("region", Map.of("startLine", f.line()));
            result.put("locations", List.of(Map.of("physicalLocation", physical)));
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("revision", f.revision());
            properties.put("fix", f.fix());
            if (seen != null) {
                properties.put("observed", seen);
            }
            result.put("properties", properties);
            results.add(result);
        }
        Map<String, Object> driver = new LinkedHashMap<>();
        driver.put("name", "strata");
        driver.put("version", StrataVersion.current());
        driver.put("rules", rules);
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("tool", Map.of("driver", driver));
        run.put("results", results);
        Map<String, Object> log = new LinkedHashMap<>();
        log.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        log.put("version", "2.1.0");
        log.put("runs", List.of(run));
        return log;
    }

    private static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }
}
