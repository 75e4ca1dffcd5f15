package dev.strata.cli.commands;

import dev.strata.cli.Context;
import dev.strata.core.graph.RevisionGraph;
import dev.strata.core.graph.Step;
import dev.strata.core.lint.Finding;
import dev.strata.core.lint.LintReport;
import dev.strata.core.lint.Severity;
import dev.strata.runtime.lint.Lint;
import dev.strata.runtime.lint.LintOutput;

import java.io.PrintWriter;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The lint gate of {@code strata upgrade}: before anything runs (online or {@code --sql}), the pending migrations are
 * linted in the context of the whole history, as {@code strata lint} does, and error-severity findings refuse the
 * upgrade unless {@code --allow-unsafe} is given, which prints them as warnings instead. A finding suppressed with
 * {@code -- strata:allow RULE-ID reason} (as autogenerate writes for destructive changes) does not count.
 * Only the CLI command is gated; the Migrator API (JUnit extension, test kit) is not.
 */
final class UpgradeGate {
    private UpgradeGate() {
    }

    /** @return true when the upgrade may go on; false when it was refused (and why was printed) */
    static boolean passes(Context context, String target, boolean sql, boolean allowUnsafe) {
        RevisionGraph graph = context.migrations().graph();
        Set<String> pending = pending(context, graph, target, sql);
        if (pending.isEmpty()) {
            return true;
        }
        LintReport all = Lint.run(context.migrations(), context.settings().url().kind(), context.settings().lint(), null,
                context.workingDir());
        List<Finding> errors = all.findings().stream()
                .filter(f -> f.severity() == Severity.ERROR && pending.contains(f.revision())).toList();
        if (errors.isEmpty()) {
            return true;
        }
        LintReport refused = new LintReport(all.migrations().stream().filter(m -> pending.contains(m.revision())).toList(), errors);
        PrintWriter err = context.err();
        String what = errors.size() + " error finding" + (errors.size() == 1 ? "" : "s") + " of `strata lint` in the "
                + pending.size() + " pending migration" + (pending.size() == 1 ? "" : "s");
        if (allowUnsafe) {
            err.println("warning: --allow-unsafe: upgrading despite " + what + ":");
            err.print(LintOutput.text(asWarnings(refused)).lines().filter(l -> !l.isBlank() && !l.matches("\\d+ errors?, .*"))
                    .map(l -> l + "\n").collect(Collectors.joining()));
            err.flush();
            return true;
        }
        err.println("error: upgrade refused: " + what + "; make them safe, or suppress one with `-- strata:allow RULE-ID reason` on"
                + " the line before the statement, or run again with --allow-unsafe");
        err.print(LintOutput.text(refused));
        err.flush();
        return false;
    }

    /** The revisions the upgrade would apply: from the database's rows, or from FROM of an offline {@code --sql FROM:TO}. */
    private static Set<String> pending(Context context, RevisionGraph graph, String target, boolean sql) {
        Set<String> rows;
        int colon = sql ? target.indexOf(':') : -1;
        if (colon >= 0) {
            String from = target.substring(0, colon);
            rows = from.isEmpty() ? Set.of() : graph.stampRows(Set.of(), from);
            target = target.substring(colon + 1);
        } else if (target.indexOf(':') >= 0) {
            return Set.of(); // a range without --sql: the Migrator refuses it with its own message
        } else {
            rows = context.currentRows();
        }
        return graph.planUpgrade(rows, target).steps().stream().map(Step::revision).map(r -> r.id()).collect(Collectors.toSet());
    }

    private static LintReport asWarnings(LintReport report) {
        return new LintReport(report.migrations(), report.findings().stream().map(f -> new Finding(f.rule(), Severity.WARNING,
                f.revision(), f.file(), f.line(), f.message(), f.fix())).toList());
    }
}
