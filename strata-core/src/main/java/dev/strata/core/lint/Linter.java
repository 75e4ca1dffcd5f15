package dev.strata.core.lint;

import dev.strata.core.graph.Revision;
import dev.strata.core.lint.sql.AlterAction;
import dev.strata.core.lint.sql.Stmt;
import dev.strata.core.script.MigrationScript;
import dev.strata.core.script.MigrationSet;
import dev.strata.core.script.SqlStatement;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static dev.strata.core.lint.RuleCatalog.IRREVERSIBLE_DOWNGRADE;
import static dev.strata.core.lint.RuleCatalog.SUPPRESSION_WITHOUT_REASON;
import static dev.strata.core.lint.RuleCatalog.UNUSED_SUPPRESSION;

/**
 * The lint engine. It walks every migration in history order, reads each upgrade statement into the statement
 * model, and replays it into its {@link SchemaState}, so each statement is judged against the schema the
 * earlier migrations (and earlier statements of its own migration) made. Migrations outside the linted range
 * are replayed but not judged. After the walk, design rules judge the final schema, suppressions are applied,
 * and the configured severities decide what is reported.
 */
public final class Linter {
    private final StatementReader reader;
    private final LintOptions options;
    private final Applied applied;

    public Linter(StatementReader reader, LintOptions options) {
        this(reader, options, null);
    }

    /** @param applied what the configured database recorded, for {@code modified-after-apply}; null when no database is known */
    public Linter(StatementReader reader, LintOptions options, Applied applied) {
        this.reader = reader;
        this.options = options;
        this.applied = applied;
    }

    /** Lints every migration. */
    public LintReport lint(MigrationSet set) {
        return lint(set, null, null);
    }

    /**
     * @param range a range of the graph ({@code A:B}, {@code :B}, {@code A:}) to judge, or null for all
     * @param base  file names in findings are relative to it when inside it, else absolute (null: as the set names them)
     */
    public LintReport lint(MigrationSet set, String range, Path base) {
        List<Revision> order = set.graph().revisions();
        Set<String> judged = new HashSet<>();
        if (range == null) {
            order.forEach(r -> judged.add(r.id()));
        } else {
            set.graph().range(range).forEach(r -> judged.add(r.id()));
        }
        SchemaState state = new SchemaState(options.dialect());
        List<Judgement.Raw> raw = new ArrayList<>();
        List<LintReport.Linted> linted = new ArrayList<>();
        Map<Integer, List<Suppression>> suppressions = new HashMap<>();
        Map<Integer, String> files = new HashMap<>();
        Map<String, Integer> indexOf = new HashMap<>();
        Map<Integer, Map<Integer, Integer>> statementAtLine = new HashMap<>();

        for (int i = 0; i < order.size(); i++) {
            Revision revision = order.get(i);
            MigrationScript script = set.script(revision.id());
            String file = fileName(script.file(), base);
            List<SqlStatement> statements = script.upgradeStatements(options.dialect());
            List<Stmt> parsed = statements.stream().map(s -> reader.read(s.sql(), options.dialect())).toList();
            Judgement.Migration migration = new Judgement.Migration(i, revision.id(), script.transactional(), parsed);
            lockTimeoutAtStart(migration, script);
            boolean judge = judged.contains(revision.id());
            boolean checkInverse = judge && !script.irreversible() && options.severity(RuleCatalog.DOWNGRADE_NOT_INVERSE).isPresent();
            List<Stmt> downgrade = checkInverse
                    ? script.downgradeStatements(options.dialect()).stream().map(s -> reader.read(s.sql(), options.dialect())).toList()
                    : List.of();
            DowngradeCheck inverse = checkInverse ? DowngradeCheck.start(state, parsed, downgrade) : null;
            Map<Integer, Integer> lines = new HashMap<>();
            for (int k = 0; k < parsed.size(); k++) {
                Stmt stmt = parsed.get(k);
                int line = statements.get(k).line();
                lines.put(line, k);
                if (judge) {
                    StatementRules.judge(new Judgement(migration, stmt, k, line, state, options, raw));
                }
                state.apply(stmt, new SchemaState.Origin(revision.id(), file, line));
                remember(migration, stmt);
                if (stmt instanceof Stmt.Setting setting) {
                    LockRules.setting(migration, setting, line);
                    MariaDbRules.setting(migration, setting);
                }
            }
            if (judge) {
                indexOf.put(revision.id(), i);
                files.put(i, file);
                statementAtLine.put(i, lines);
                linted.add(new LintReport.Linted(revision.id(), file, revision.message()));
                suppressions.put(i, Suppression.scan(script.upgrade(), statements));
                downgrade(script, i, parsed, raw);
                modifiedAfterApply(script, i, raw);
                if (inverse != null) {
                    notInverse(script, i, inverse.finish(state, downgrade, new SchemaState.Origin(revision.id(), file,
                            script.downgrade().firstLine()), options.dialect()), raw);
                }
            }
        }
        DesignRules.judge(state, options.dialect(), origin -> {
            Integer index = indexOf.get(origin.revision());
            if (index == null) {
                return null;
            }
            Integer statement = statementAtLine.get(index).get(origin.line());
            return new DesignRules.Anchored(index, statement == null ? -1 : statement);
        }, raw);

        List<Finding> findings = resolve(raw, suppressions, order, files);
        return new LintReport(linted, findings, List.of());
    }

    /** The lock_timeout a migration starts with: its {@code -- strata:lock-timeout} header, else the project's. */
    private void lockTimeoutAtStart(Judgement.Migration migration, MigrationScript script) {
        String header = script.settings().get("lock-timeout");
        if (header != null) {
            if (LockRules.zero(header)) {
                migration.lockTimeoutOff = "the header says -- strata:lock-timeout " + header.strip();
                migration.lockTimeoutFix = "remove the -- strata:lock-timeout " + header.strip() + " line (Strata's default is "
                        + seconds(LintOptions.DEFAULT_LOCK_TIMEOUT) + "), or give a limit such as -- strata:lock-timeout 5s";
            }
        } else if (options.lockTimeout().isZero()) {
            migration.lockTimeoutOff = "[execution] lock-timeout is 0 in the project's configuration";
            migration.lockTimeoutFix = "set a limit: [execution] lock-timeout = \"" + seconds(LintOptions.DEFAULT_LOCK_TIMEOUT)
                    + "\" (Strata's default), or -- strata:lock-timeout 5s in this migration's header";
        }
    }

    private static String seconds(java.time.Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + "s" : duration.toMillis() + "ms";
    }

    /** What the migration has made so far, for the rules that exempt new objects. */
    private static void remember(Judgement.Migration migration, Stmt stmt) {
        if (stmt instanceof Stmt.CreateTable create) {
            migration.createdTables.add(create.table());
        } else if (stmt instanceof Stmt.CreateIndex create && create.name() != null) {
            migration.createdIndexes.add(create.name());
        } else if (stmt instanceof Stmt.AlterTable alter) {
            if (!alter.actions().stream().allMatch(a -> a instanceof AlterAction.ValidateConstraint)) {
                migration.alteredTables.add(alter.table());
            }
            for (AlterAction action : alter.actions()) {
                if (action instanceof AlterAction.AddConstraint add && add.constraint().name() != null) {
                    migration.addedConstraints.add(alter.table() + "." + add.constraint().name());
                }
                if (action instanceof AlterAction.AddColumn add) {
                    migration.addedColumns.add(alter.table() + "." + add.column().name());
                } else if (action instanceof AlterAction.RenameTable rename && migration.createdHere(alter.table())) {
                    migration.createdTables.add(rename.to());
                }
            }
        } else if (stmt instanceof Stmt.RenameTables renames) {
            for (Stmt.RenameTables.Rename rename : renames.renames()) {
                if (migration.createdHere(rename.from())) {
                    migration.createdTables.add(rename.to());
                }
            }
        }
    }

    /**
     * {@code irreversible-downgrade}: declared irreversible, or an empty downgrade after an upgrade that changes the schema
     * (an empty downgrade is the right one for a data-only migration or one that only validates constraints).
     */
    private void downgrade(MigrationScript script, int index, List<Stmt> upgrade, List<Judgement.Raw> raw) {
        if (script.irreversible()) {
            int line = script.upgrade().firstLine() + (int) script.upgrade().text().chars().filter(c -> c == '\n').count();
            raw.add(new Judgement.Raw(IRREVERSIBLE_DOWNGRADE, index, -1, line,
                    "the downgrade is declared irreversible: there is no way back past this migration",
                    "write a downgrade that undoes the upgrade; if there truly is none, say why with"
                            + " `-- strata:allow irreversible-downgrade <reason>` at the end of the upgrade section"));
        } else if (upgrade.stream().anyMatch(Linter::changesSchema) && script.downgradeStatements(options.dialect()).isEmpty()) {
            raw.add(new Judgement.Raw(IRREVERSIBLE_DOWNGRADE, index, -1, script.downgrade().firstLine() - 1,
                    "the downgrade section is empty: a downgrade past this migration records success and leaves its changes in place",
                    "write the statements that undo the upgrade, or declare it with `-- strata:downgrade irreversible`"));
        }
    }

    /** {@code modified-after-apply}: the file's checksum differs from the one the database recorded when it was applied. */
    private void modifiedAfterApply(MigrationScript script, int index, List<Judgement.Raw> raw) {
        String recorded = applied == null ? null : applied.checksums().get(script.revision().id());
        if (recorded == null || recorded.equals(script.checksum())) {
            return;
        }
        raw.add(new Judgement.Raw(RuleCatalog.MODIFIED_AFTER_APPLY, index, -1, 1, "the file was edited after it was applied to "
                        + applied.database() + ": its checksum is now " + abbreviated(script.checksum()) + "…, the history recorded "
                        + abbreviated(recorded) + "…, so the history no longer describes that database (and `strata upgrade` refuses to run)",
                "restore the file as it was applied and put the change in a new migration; if the database already matches the edit,"
                        + " run `strata repair` there to record the new checksum"));
    }

    private static String abbreviated(String checksum) {
        return checksum.length() > 12 ? checksum.substring(0, 12) : checksum;
    }

    /** {@code downgrade-not-inverse}: what the replayed downgrade leaves different from the schema before the upgrade. */
    private static void notInverse(MigrationScript script, int index, List<DowngradeCheck.Difference> differences, List<Judgement.Raw> raw) {
        if (differences.isEmpty()) {
            return;
        }
        List<String> shown = differences.stream().limit(3).map(DowngradeCheck.Difference::what).toList();
        raw.add(new Judgement.Raw(RuleCatalog.DOWNGRADE_NOT_INVERSE, index, -1, script.downgrade().firstLine() - 1,
                "the downgrade does not restore the schema the upgrade started from: " + String.join("; ", shown)
                        + (differences.size() > 3 ? "; and " + (differences.size() - 3) + " more" : "")
                        + " (judged on lint's replay of the schema; `strata test` checks it on a real database)",
                "make the downgrade undo every change of the upgrade, in reverse order; here: " + differences.get(0).remedy()));
    }

    private static boolean changesSchema(Stmt stmt) {
        if (stmt instanceof Stmt.AlterTable alter) {
            return !alter.actions().stream().allMatch(a -> a instanceof AlterAction.ValidateConstraint);
        }
        return stmt.isDdl();
    }

    /** Suppressions, then severities; then the findings about suppressions themselves. Sorted by migration, line. */
    private List<Finding> resolve(List<Judgement.Raw> raw, Map<Integer, List<Suppression>> suppressions, List<Revision> order,
                                  Map<Integer, String> files) {
        List<Placed> placed = new ArrayList<>();
        Set<Suppression> used = new HashSet<>();
        for (Judgement.Raw finding : raw) {
            Optional<Severity> severity = options.severity(finding.rule());
            if (severity.isEmpty()) {
                continue;
            }
            boolean suppressed = false;
            for (Suppression s : suppressions.getOrDefault(finding.revisionIndex(), List.of())) {
                if (s.statement() == finding.statement() && s.rule().equals(finding.rule())) {
                    used.add(s);
                    suppressed = true;
                }
            }
            if (!suppressed) {
                placed.add(new Placed(finding.revisionIndex(), finding.line(), placed.size(), new Finding(finding.rule(), severity.get(),
                        order.get(finding.revisionIndex()).id(), files.get(finding.revisionIndex()), finding.line(), finding.message(),
                        finding.fix())));
            }
        }
        for (Map.Entry<Integer, List<Suppression>> entry : suppressions.entrySet()) {
            int index = entry.getKey();
            String revision = order.get(index).id();
            for (Suppression s : entry.getValue()) {
                Optional<RuleCatalog.Rule> rule = RuleCatalog.find(s.rule());
                if (s.rule().isEmpty()) {
                    add(placed, index, s.line(), UNUSED_SUPPRESSION, revision, files.get(index),
                            "-- strata:allow names no rule, so it excuses nothing",
                            "write `-- strata:allow RULE-ID reason`, or remove the line");
                    continue;
                }
                if (s.reason().isEmpty()) {
                    add(placed, index, s.line(), SUPPRESSION_WITHOUT_REASON, revision, files.get(index),
                            "-- strata:allow " + s.rule() + " gives no reason", "say why it is safe here: `-- strata:allow "
                                    + s.rule() + " <reason>`");
                }
                if (rule.isEmpty()) {
                    add(placed, index, s.line(), UNUSED_SUPPRESSION, revision, files.get(index),
                            "-- strata:allow " + s.rule() + " names no known rule, so it excuses nothing",
                            "check the rule id (the finding it is meant for names it), or remove the line");
                } else if (!used.contains(s) && rule.get().implemented() && options.severity(s.rule()).isPresent()) {
                    add(placed, index, s.line(), UNUSED_SUPPRESSION, revision, files.get(index),
                            "-- strata:allow " + s.rule() + " matches no finding on the statement after it",
                            "remove the line, or move it to the line before the statement it is meant for");
                }
            }
        }
        placed.sort(Comparator.comparingInt(Placed::revisionIndex).thenComparingInt(Placed::line).thenComparingInt(Placed::sequence));
        return placed.stream().map(Placed::finding).toList();
    }

    private record Placed(int revisionIndex, int line, int sequence, Finding finding) {
    }

    private void add(List<Placed> placed, int index, int line, String rule, String revision, String file, String message, String fix) {
        options.severity(rule).ifPresent(severity -> placed.add(new Placed(index, line, placed.size(),
                new Finding(rule, severity, revision, file, line, message, fix))));
    }

    private static String fileName(Path file, Path base) {
        if (base == null) {
            return String.valueOf(file);
        }
        Path absolute = file.toAbsolutePath().normalize();
        try {
            Path relative = base.toAbsolutePath().normalize().relativize(absolute);
            return relative.startsWith("..") ? absolute.toString() : relative.toString();
        } catch (IllegalArgumentException e) {
            return absolute.toString();
        }
    }
}
