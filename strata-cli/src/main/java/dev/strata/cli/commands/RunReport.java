package dev.strata.cli.commands;

import dev.strata.cli.Context;
import dev.strata.core.graph.Direction;
import dev.strata.core.graph.RevisionGraph;
import dev.strata.core.script.ExpandDirective;
import dev.strata.runtime.migrate.Migrator;
import dev.strata.runtime.migrate.RunResult;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/** Runs an upgrade or downgrade (or prints it) and reports what happened, in text or JSON. */
final class RunReport {
    private RunReport() {
    }

    static int run(Context context, Direction direction, String target, boolean sql) {
        return run(context, direction, target, sql, pending -> { });
    }

    /** @param beforeRunning given the revisions about to run, before anything is written; refuses by throwing */
    static int run(Context context, Direction direction, String target, boolean sql, Consumer<Set<String>> beforeRunning) {
        if (!sql) {
            context.database().openInBackground(); // connects while the migration files are read and checksummed
        }
        Migrator migrator = context.migrator().beforeRunning(beforeRunning);
        if (sql) {
            migrator.printSql(direction, target, context.out());
            return 0;
        }
        RunResult result = direction == Direction.UPGRADE ? migrator.upgrade(target) : migrator.downgrade(target);
        RevisionGraph graph = migrator.graph();
        if (context.global().json()) {
            Map<String, Object> document = new LinkedHashMap<>();
            document.put("applied", result.applied().stream().map(a -> Map.of(
                    "revision", a.revision(), "direction", a.direction(), "duration_ms", a.durationMs())).toList());
            document.put("current", List.copyOf(result.current()));
            context.printJson(document);
            return 0;
        }
        String where = context.database().description();
        if (result.applied().isEmpty()) {
            context.say("Nothing to do: " + where + " is at " + String.join(", ", Describe.rows(result.current(), graph)) + ".");
            return 0;
        }
        long total = result.applied().stream().mapToLong(RunResult.Applied::durationMs).sum();
        context.say((direction == Direction.UPGRADE ? "Upgraded " : "Downgraded ") + where + " to " + target + ": "
                + result.applied().size() + (result.applied().size() == 1 ? " migration" : " migrations") + " in " + total + " ms");
        int width = result.applied().stream().mapToInt(a -> a.message().length()).max().orElse(0);
        for (RunResult.Applied applied : result.applied()) {
            context.say(String.format("  %s %s  %-" + Math.max(width, 1) + "s  %5d ms",
                    direction == Direction.UPGRADE ? "+" : "-", applied.revision(), applied.message(), applied.durationMs()));
        }
        context.say("Now at " + String.join(", ", Describe.rows(result.current(), graph)));
        if (direction == Direction.UPGRADE) {
            remindOfExpansions(context, result);
        }
        return 0;
    }

    /** An expansion this upgrade opened stays open until someone completes or aborts it: say so, and how. */
    private static void remindOfExpansions(Context context, RunResult result) {
        for (RunResult.Applied applied : result.applied()) {
            ExpandDirective expand = ExpandDirective.find(context.migrations().script(applied.revision()));
            if (expand != null) {
                context.say("Expansion open (" + applied.revision() + "): " + expand.kind().word() + " " + expand.table().name() + "."
                        + expand.column() + " -> " + String.join(", ", expand.columns().stream().map(ExpandDirective.NewColumn::name).toList())
                        + ", kept in step by a trigger; run `strata complete` once no running version uses " + expand.column()
                        + ", or `strata abort` to undo it (`strata expansions` lists them)");
            }
        }
    }
}
