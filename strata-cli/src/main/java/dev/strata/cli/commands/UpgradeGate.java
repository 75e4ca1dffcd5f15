package dev.strata.cli.commands;

import dev.strata.cli.Context;
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
 * The lint gate of {@code strata upgrade}: given the revisions the Migrator is about to run (online or {@code --sql}),
 * before anything is written, they are linted in the context of the whole history, as {@code strata lint} does, and
 * error-severity findings refuse the upgrade unless {@code --allow-unsafe} is given, which prints them as warnings
 * instead. A finding suppressed with {@code -- strata:allow RULE-ID reason} (as autogenerate writes for destructive
 * changes) does not count. Only the CLI command is gated; the Migrator API (JUnit extension, test kit) is not.
 */
final class UpgradeGate {
    /** Thrown after the refusal and its findings were printed: the upgrade ends with exit 1, nothing written. */
    static final class Refused extends RuntimeException {
        Refused() {
            super("upgrade refused by the lint gate", null, false, false);
        }
    }

    private UpgradeGate() {
    }

    /** Returns when the upgrade may go on; throws {@link Refused} (after saying why) when it may not. */
    static void check(Context context, Set<String> pending, boolean allowUnsafe) {
        LintReport all = Lint.run(context.migrations(), context.settings().url().kind(), context.settings().lint(), null,
                context.workingDir());
        List<Finding> errors = all.findings().stream()
                .filter(f -> f.severity() == Severity.ERROR && pending.contains(f.revision())).toList();
        if (errors.isEmpty()) {
            return;
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
            return;
        }
        err.println("error: upgrade refused: " + what + "; make them safe, or suppress one with `-- strata:allow RULE-ID reason` on"
                + " the line before the statement, or run again with --allow-unsafe");
        err.print(LintOutput.text(refused));
        err.flush();
        throw new Refused();
    }

    private static LintReport asWarnings(LintReport report) {
        return new LintReport(report.migrations(), report.findings().stream().map(f -> new Finding(f.rule(), Severity.WARNING,
                f.revision(), f.file(), f.line(), f.message(), f.fix())).toList());
    }
}
