package dev.strata.core.lint;

import java.util.List;

/**
 * What a lint run found.
 *
 * @param migrations the migrations judged, in history order (parents first)
 * @param findings   every finding, grouped by migration in that order, then by line
 */
public record LintReport(List<Linted> migrations, List<Finding> findings) {
    /** One judged migration. */
    public record Linted(String revision, String file, String message) {
    }

    public LintReport {
        migrations = List.copyOf(migrations);
        findings = List.copyOf(findings);
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    /** True when a finding of severity error makes {@code strata lint} exit 1. */
    public boolean hasErrors() {
        return count(Severity.ERROR) > 0;
    }

    public List<Finding> findingsOf(String revision) {
        return findings.stream().filter(f -> f.revision().equals(revision)).toList();
    }
}
