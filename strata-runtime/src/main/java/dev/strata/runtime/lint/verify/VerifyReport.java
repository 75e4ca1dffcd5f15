package dev.strata.runtime.lint.verify;

import dev.strata.core.lint.Finding;
import dev.strata.core.lint.LintOptions;
import dev.strata.core.lint.LintReport;
import dev.strata.core.lint.RuleCatalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code lint --verify} saw: one {@link MigrationObservation} per judged migration that ran on the scratch database.
 *
 * @param migrations  the observed migrations, in history order
 * @param notVerified judged migrations that did not run because an earlier one failed on the scratch database
 * @param seedNotes   tables that got no sample rows, with the reason
 * @param seededRows  sample rows inserted in all
 * @param durationMs  the whole verification, scratch database included
 */
public record VerifyReport(List<MigrationObservation> migrations, List<String> notVerified, List<String> seedNotes, int seededRows,
                           long durationMs) {
    public VerifyReport {
        migrations = List.copyOf(migrations);
        notVerified = List.copyOf(notVerified);
        seedNotes = List.copyOf(seedNotes);
    }

    public MigrationObservation migration(String revision) {
        return migrations.stream().filter(m -> m.revision().equals(revision)).findFirst().orElse(null);
    }

    /** The observation of the statement at {@code line} of the migration, or null (not run, or no statement there). */
    public StatementObservation statement(String revision, int line) {
        MigrationObservation migration = migration(revision);
        return migration == null ? null : migration.at(line);
    }

    /** What was observed for a finding's statement, as one line; null when nothing was. */
    public String observed(Finding finding) {
        StatementObservation statement = statement(finding.revision(), finding.line());
        return statement == null || finding.rule().equals(RuleCatalog.VERIFY_MIGRATION_FAILED) ? null : statement.describe();
    }

    /** The static report plus a {@code verify-migration-failed} finding for each migration that failed on the scratch database. */
    public LintReport withFailures(LintReport report, LintOptions options) {
        var severity = options.severity(RuleCatalog.VERIFY_MIGRATION_FAILED);
        if (severity.isEmpty()) {
            return report;
        }
        Map<String, Integer> order = new LinkedHashMap<>();
        Map<String, String> files = new LinkedHashMap<>();
        for (LintReport.Linted linted : report.migrations()) {
            order.put(linted.revision(), order.size());
            files.put(linted.revision(), linted.file());
        }
        List<Finding> findings = new ArrayList<>(report.findings());
        for (MigrationObservation migration : migrations) {
            for (StatementObservation statement : migration.statements()) {
                if (statement.failed() && files.containsKey(migration.revision())) {
                    findings.add(new Finding(RuleCatalog.VERIFY_MIGRATION_FAILED, severity.get(), migration.revision(),
                            files.get(migration.revision()), statement.line(),
                            "the migration failed on a scratch database holding the schema at this point with sample rows ("
                                    + (migration.transactional() ? "rolled back" : "statements before it stay applied") + "): "
                                    + statement.failure(),
                            "make it run on the schema at this point with rows in its tables, as production has them (a finding"
                                    + " of another rule on this line names the safe form)"));
                }
            }
        }
        findings.sort(Comparator.comparingInt((Finding f) -> order.getOrDefault(f.revision(), Integer.MAX_VALUE))
                .thenComparingInt(Finding::line));
        return new LintReport(report.migrations(), findings);
    }

    private static Map<String, Object> lock(Lock lock) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("relation", lock.relation());
        row.put("mode", lock.mode());
        row.put("existing", lock.preexisting());
        return row;
    }

    /** One line for the end of the text output. */
    public String summary() {
        int statements = migrations.stream().mapToInt(m -> m.statements().size()).sum();
        StringBuilder line = new StringBuilder("Verified " + migrations.size() + " migration" + (migrations.size() == 1 ? "" : "s")
                + " (" + statements + " statement" + (statements == 1 ? "" : "s") + ") on a scratch database with " + SampleRows.ROWS
                + " sample rows per table, in " + durationMs + " ms.");
        if (!notVerified.isEmpty()) {
            line.append(" Not run after the failure: ").append(String.join(", ", notVerified)).append('.');
        }
        for (String note : seedNotes) {
            line.append("\n  note: ").append(note);
        }
        return line.toString();
    }

    /** The contract's JSON gains {@code "verified"}: every observed statement. */
    public List<Map<String, Object>> json() {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (MigrationObservation migration : migrations) {
            for (StatementObservation s : migration.statements()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("revision", migration.revision());
                row.put("line", s.line());
                row.put("duration_ms", s.durationMs());
                row.put("locks", s.taken().stream().map(VerifyReport::lock).toList());
                row.put("rewritten", s.rewritten());
                row.put("scanned", s.scanned());
                row.put("index_builds", s.builtIndexes());
                row.put("sampled", s.sampled());
                if (s.failed()) {
                    row.put("error", s.failure());
                    row.put("sqlstate", s.sqlState());
                }
                row.put("observed", s.describe());
                rows.add(row);
            }
        }
        return rows;
    }
}
