package dev.strata.cli.commands;

import dev.strata.cli.Context;
import dev.strata.core.graph.RevisionGraph;
import picocli.CommandLine.Command;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

@Command(name = "branches", description = "The branch points of the revision graph, with the branches they start.")
public final class BranchesCommand extends ContextCommand {
    @Override
    protected int run(Context context) {
        RevisionGraph graph = context.migrations().graph();
        if (context.global().json()) {
            List<Map<String, Object>> branches = graph.branchPoints().stream().map(id -> {
                Map<String, Object> branch = new LinkedHashMap<>();
                branch.put("revision", id);
                branch.put("children", List.copyOf(graph.children(id)));
                return branch;
            }).toList();
            context.printJson(Map.of("branches", branches));
            return 0;
        }
        if (graph.branchPoints().isEmpty()) {
            context.say("No branch points.");
        }
        for (String id : graph.branchPoints()) {
            context.out().println(Describe.revision(graph.get(id), graph, Set.of()));
            for (String child : graph.children(id)) {
                context.out().println("  -> " + Describe.revision(graph.get(child), graph, Set.of()));
            }
        }
        return 0;
    }
}
