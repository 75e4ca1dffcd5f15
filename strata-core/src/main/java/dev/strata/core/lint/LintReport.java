package dev.strata.core.lint;

import java.util.List;

/**
 * What a lint run found.
 *
 * @param migrations the migrations judged, in history order (parents first)
 * @param findings   every finding, grouped by migration in that order, then by line
 * @param notes      what lint could not check this time, and why (a rule that needs a database without one); never a silent pass
 */
public record LintReport(List<Linted> migrations, List<Finding> findings, List<String> notes) {
    /** One judged migration. */
    public record Linted(String revision, String file, String message) {
    }

    public LintReport {
        migrations = List.copyOf(migrations);
        findings = List.copyOf(findings);
        notes = List.copyOf(notes);
    }

    public LintReport(List<Linted> migrations, List<Finding> findings) {
        this(migrations, findings, List.of());
    }

    /** The same report with one more note. */
    public LintReport withNote(String note) {
        List<String> all = new java.util.ArrayList<>(notes);
        all.add(note);
        return new LintReport(migrations, findings, all);
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
