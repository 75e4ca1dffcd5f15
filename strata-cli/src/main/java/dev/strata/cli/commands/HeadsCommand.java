package dev.strata.cli.commands;

import dev.strata.cli.Context;
import dev.strata.core.graph.RevisionGraph;
import picocli.CommandLine.Command;

import java.util.List;
import java.util.Map;
import java.util.Set;

@Command(name = "heads", description = "The heads of the revision graph.")
public final class HeadsCommand extends ContextCommand {
    @Override
    protected int run(Context context) {
        RevisionGraph graph = context.migrations().graph();
        if (context.global().json()) {
            context.printJson(Map.of("heads", List.copyOf(graph.heads())));
            return 0;
        }
        for (String head : graph.heads()) {
            context.out().println(Describe.revision(graph.get(head), graph, Set.of()));
        }
        return 0;
    }
}
