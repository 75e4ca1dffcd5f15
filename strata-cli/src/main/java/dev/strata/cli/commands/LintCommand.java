package dev.strata.cli.commands;

import dev.strata.cli.Context;
import dev.strata.cli.GlobalOptions;
import dev.strata.core.lint.Finding;
import dev.strata.core.lint.LintOptions;
import dev.strata.core.lint.LintReport;
import dev.strata.core.lint.RuleCatalog;
import dev.strata.runtime.config.DatabaseKind;
import dev.strata.runtime.config.Settings;
import dev.strata.runtime.lint.Lint;
import dev.strata.runtime.lint.LintOutput;
import dev.strata.runtime.lint.verify.LintVerifier;
import dev.strata.runtime.lint.verify.VerifyReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

@Command(name = "lint", description = {"Check migrations for unsafe or wrong patterns, judged against the configured database's dialect;"
        + " exit 1 on any finding of severity error.",
        "Suppress one finding with `-- strata:allow RULE-ID reason` on the line before the statement; set severities in [lint.rules]."})
public final class LintCommand extends ContextCommand {
    @Parameters(arity = "0..1", paramLabel = "RANGE", description = "A:B, :B or A: (default: every migration).")
    String range;

    @Option(names = "--list-rules", description = "List the rule ids with their default severity and dialects, and exit.")
    boolean listRules;

    @Option(names = "--verify", description = {"Also run each migration on a scratch database (PostgreSQL) that holds the schema at that point"
            + " plus sample rows, and report what a second connection observed: locks (pg_locks), table rewrites, scans, durations.",
            "The scratch database is always dropped; the configured database is never written."})
    boolean verify;

    @Override
    protected int run(Context context) {
        if (listRules) {
            for (RuleCatalog.Rule rule : RuleCatalog.all()) {
                context.out().printf("%-36s %-8s %-9s %s%s%n", rule.id(), rule.severity().label(), rule.scope().name().toLowerCase(Locale.ROOT),
                        rule.summary(), rule.implemented() ? "" : " (not checked yet)");
            }
            return 0;
        }
        Settings settings = context.settings();
        DatabaseKind kind = settings.url().kind();
        LintOptions options = Lint.options(kind, settings.lint(), settings.execution().lockTimeout());
        LintReport report = Lint.run(context.migrations(), options, target(range), context.workingDir(), Lint.history(settings));
        report.notes().forEach(note -> context.note("note: " + note));
        VerifyReport verified = null;
        Function<Finding, String> observed = f -> null;
        if (verify) {
            verified = LintVerifier.verify(context.database(), context.migrations(), target(range), settings.schema());
            report = verified.withFailures(report, options);
            observed = verified::observed;
        }
        GlobalOptions.Format format = context.global().format();
        if (format == GlobalOptions.Format.JSON) {
            Map<String, Object> document = new LinkedHashMap<>(LintOutput.json(report, observed));
            if (verified != null) {
                document.put("verified", verified.json());
            }
            context.printJson(document);
        } else if (format == GlobalOptions.Format.SARIF) {
            context.printJson(LintOutput.sarif(report, options, observed));
        } else {
            if (report.findings().isEmpty()) {
                context.say(LintOutput.summary(report));
            } else {
                context.out().print(LintOutput.text(report, observed));
            }
            if (verified != null) {
                context.say(verified.summary());
            }
        }
        return report.hasErrors() ? 1 : 0;
    }
}
