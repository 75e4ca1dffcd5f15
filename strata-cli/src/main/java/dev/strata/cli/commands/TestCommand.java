package dev.strata.cli.commands;

import dev.strata.cli.Context;
import dev.strata.cli.ExitCodes;
import dev.strata.core.graph.RevisionGraph;
import dev.strata.runtime.Database;
import dev.strata.runtime.config.Settings;
import dev.strata.runtime.testkit.Check;
import dev.strata.runtime.testkit.CheckResult;
import dev.strata.runtime.testkit.CheckStatus;
import dev.strata.runtime.testkit.MigrationTestSuite;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@Command(name = "test", description = "Run the built-in migration checks and the data tests (tests/<revision>/ beside the "
        + "migrations directory) on scratch databases; exit 1 when a check fails. The database itself is only read, for checksums.")
public final class TestCommand extends ContextCommand {
    @Option(names = "--heads", split = ",", paramLabel = "REV", description = "The heads single-head expects (default: exactly one).")
    List<String> heads = new ArrayList<>();

    @Option(names = "--tests", paramLabel = "DIR", description = "The data tests directory (default: tests/ beside the migrations directory).")
    String tests;

    @Override
    protected int run(Context context) {
        Settings settings = context.settings();
        Database database = context.database();
        RevisionGraph graph = context.migrations().graph();
        Path testsDir = tests == null ? MigrationTestSuite.defaultTestsDir(settings.migrationsDir())
                : context.workingDir().resolve(tests).normalize();
        MigrationTestSuite suite = MigrationTestSuite.on(database, context.migrations())
                .withModel(context.model())
                .withHeads(heads.stream().map(h -> graph.resolve(h).id()).toList())
                .withTestsDir(testsDir)
                .withEnvironment(database, settings.schema())
                .withExecution(context.execution())
                .withLint(settings.lint());
        context.note("Testing " + settings.migrationsDir() + " on scratch databases " + (database.url().sqlitePath() != null
                ? "(SQLite temp files)" : "on the server of " + database.description()) + "; data tests from " + testsDir
                + (tests == null ? " (tests/ beside the migrations directory)" : "") + ".");
        List<Check> checks = suite.checks();
        int width = checks.stream().mapToInt(c -> c.name().length()).max().orElse(0);
        List<CheckResult> results = new ArrayList<>();
        long started = System.nanoTime();
        for (Check check : checks) {
            CheckResult result = MigrationTestSuite.run(check);
            results.add(result);
            if (!context.global().json()) {
                line(context, result, width);
            }
        }
        long total = (System.nanoTime() - started) / 1_000_000;
        if (context.global().json()) {
            context.printJson(Map.of("checks", results.stream().map(TestCommand::json).toList()));
        } else {
            context.say(summary(results, total));
        }
        return results.stream().anyMatch(CheckResult::failed) ? ExitCodes.FOUND : ExitCodes.OK;
    }

    private static void line(Context context, CheckResult result, int width) {
        String text = String.format("%-4s  %-" + width + "s  %6d ms  %s", result.status().name(), result.name(),
                result.durationMs(), result.message());
        if (result.failed()) {
            context.out().println(text);
            context.out().flush();
        } else {
            context.say(text);
        }
    }

    static String summary(List<CheckResult> results, long totalMs) {
        long failed = results.stream().filter(r -> r.status() == CheckStatus.FAIL).count();
        long skipped = results.stream().filter(r -> r.status() == CheckStatus.SKIP).count();
        return results.size() + " checks: " + (results.size() - failed - skipped) + " passed, " + failed + " failed, "
                + skipped + " skipped in " + String.format("%.1f s", totalMs / 1000.0);
    }

    private static Map<String, Object> json(CheckResult result) {
        Map<String, Object> check = new LinkedHashMap<>();
        check.put("name", result.name());
        check.put("status", result.status().word());
        check.put("revision", result.revision());
        check.put("message", result.message());
        check.put("duration_ms", result.durationMs());
        return check;
    }
}
