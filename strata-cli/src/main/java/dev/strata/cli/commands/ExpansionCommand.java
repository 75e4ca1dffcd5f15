package dev.strata.cli.commands;

import dev.strata.cli.Context;
import dev.strata.runtime.expand.Expansions;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code complete} and {@code abort}: option binding over {@link Expansions}, and the report. */
abstract class ExpansionCommand extends ContextCommand {
    @Parameters(index = "0", arity = "0..1", paramLabel = "REV",
            description = "The revision whose expansion to act on (or a unique prefix); default: the only open one.")
    String revision;

    @Option(names = "--sql", description = "Print the SQL, bookkeeping included, instead of running it.")
    boolean sql;

    /** {@code complete} or {@code abort}. */
    abstract String action();

    @Override
    protected int run(Context context) {
        Expansions expansions = new Expansions(context.database(), context.migrations(), context.settings().schema(), context.execution(),
                context::note);
        String rev = target(revision);
        if (sql) {
            expansions.printSql(action(), rev, context.out());
            return 0;
        }
        Expansions.Outcome outcome = Expansions.COMPLETE.equals(action()) ? expansions.complete(rev) : expansions.abort(rev);
        if (context.global().json()) {
            Map<String, Object> document = new LinkedHashMap<>();
            document.put("revision", outcome.expansion().revision());
            document.put("action", action());
            document.put("table", outcome.expansion().table());
            document.put("old_column", outcome.expansion().oldColumn());
            document.put("new_columns", outcome.expansion().newColumns());
            document.put("duration_ms", outcome.durationMs());
            document.put("current", List.copyOf(outcome.versionRows()));
            context.printJson(document);
            return 0;
        }
        var e = outcome.expansion();
        if (Expansions.COMPLETE.equals(action())) {
            context.say("Completed the expansion of " + e.revision() + " on " + context.database().description() + " in "
                    + outcome.durationMs() + " ms: dropped the trigger " + e.trigger() + " and its function, and the old column "
                    + e.table() + "." + e.oldColumn());
        } else {
            context.say("Aborted the expansion of " + e.revision() + " on " + context.database().description() + " in "
                    + outcome.durationMs() + " ms: dropped the trigger " + e.trigger() + " and its function, and the new column(s) "
                    + String.join(", ", e.newColumns()) + "; " + e.table() + "." + e.oldColumn() + " keeps every value");
            context.say("Now at " + String.join(", ", Describe.rows(outcome.versionRows(), context.migrations().graph())));
        }
        return 0;
    }
}
