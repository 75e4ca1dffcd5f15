package dev.strata.cli.commands;

import dev.strata.cli.Context;
import dev.strata.runtime.expand.Expansion;
import dev.strata.runtime.expand.Expansions;
import picocli.CommandLine.Command;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@Command(name = "expansions",
        description = "Expansions recorded in the database (strata_expansion), open ones first: what each changes and where it stands.")
public final class ExpansionsCommand extends ContextCommand {
    @Override
    protected int run(Context context) {
        List<Expansion> all = new Expansions(context.database(), context.migrations(), context.settings().schema(),
                context.execution(), context::note).list();
        List<Expansion> ordered = java.util.stream.Stream.concat(all.stream().filter(Expansion::isOpen),
                all.stream().filter(e -> !e.isOpen())).toList();
        if (context.global().json()) {
            context.printJson(Map.of("expansions", ordered.stream().map(e -> {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("revision", e.revision());
                row.put("kind", e.kind());
                row.put("table", e.table());
                row.put("old_column", e.oldColumn());
                row.put("new_columns", e.newColumns());
                row.put("state", e.state());
                row.put("started_at", text(e.startedAt()));
                row.put("expanded_at", text(e.expandedAt()));
                row.put("finished_at", text(e.finishedAt()));
                return row;
            }).toList()));
            return 0;
        }
        if (ordered.isEmpty()) {
            context.say("No expansion recorded on " + context.database().description() + ".");
            return 0;
        }
        context.say("Expansions on " + context.database().description() + ":");
        for (Expansion e : ordered) {
            String when = e.finishedAt() != null ? e.state() + " " + seconds(e.finishedAt()) : e.expandedAt() != null
                    ? "expanded " + seconds(e.expandedAt()) : "started " + seconds(e.startedAt());
            context.say("  " + e.revision() + "  " + e.kind() + " " + e.change() + "  " + e.state().toUpperCase(java.util.Locale.ROOT)
                    + "  (" + when + ")" + (e.isOpen() ? "  -> `strata complete " + e.revision() + "` or `strata abort " + e.revision() + "`" : ""));
        }
        return 0;
    }

    private static Instant seconds(Instant instant) {
        return instant.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
