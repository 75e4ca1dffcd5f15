package dev.strata.cli.commands;

import dev.strata.cli.Context;
import dev.strata.core.error.AmbiguousRevisionException;
import dev.strata.core.graph.Revision;
import dev.strata.core.graph.RevisionGraph;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

@Command(name = "history", description = "Revisions, newest first, marking the current ones and the heads.")
public final class HistoryCommand extends ContextCommand {
    @Option(names = {"-r", "--rev-range"}, paramLabel = "RANGE", description = "A:B, :B, A: or one target; `current` names the current revision.")
    String range;

    @Override
    protected int run(Context context) {
        RevisionGraph graph = context.migrations().graph();
        Set<String> current = context.currentRows();
        List<Revision> revisions = range == null ? graph.range(":heads") : graph.range(substituteCurrent(range, current));
        if (context.global().json()) {
            List<Map<String, Object>> rows = revisions.stream().map(r -> {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("revision", r.id());
                row.put("revises", r.revises());
                row.put("message", r.message());
                row.put("is_head", graph.heads().contains(r.id()));
                row.put("is_current", current.contains(r.id()));
                return row;
            }).toList();
            context.printJson(Map.of("revisions", rows));
            return 0;
        }
        for (Revision r : revisions) {
            context.out().println(Describe.ids(r.revises()) + " -> " + Describe.revision(r, graph, current));
        }
        return 0;
    }

    private static String substituteCurrent(String range, Set<String> current) {
        if (!range.contains("current")) {
            return range;
        }
        if (current.size() > 1) {
            throw new AmbiguousRevisionException("`current` names " + current.size() + " revisions: " + String.join(", ", current),
                    "name one of them in the range instead");
        }
        return range.replace("current", current.isEmpty() ? "base" : current.iterator().next());
    }
}
