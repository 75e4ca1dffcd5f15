package dev.strata.cli.commands;

import dev.strata.cli.Context;
import dev.strata.core.error.BadInputException;
import dev.strata.core.graph.RevisionGraph;

import java.util.Set;

/** Autogenerate and check compare the model with the database at head; anywhere else the diff would mislead. */
final class AtHead {
    private AtHead() {
    }

    static void require(Context context) {
        RevisionGraph graph = context.migrations().graph();
        Set<String> current = context.currentRows();
        Set<String> applied = graph.applied(current);
        if (!applied.containsAll(graph.heads()) || !graph.versionRows(applied).equals(Set.copyOf(graph.heads()))) {
            throw new BadInputException("the database is at " + Describe.ids(current) + ", not at head (" + Describe.ids(graph.heads()) + ")",
                    "run `strata upgrade heads` first");
        }
    }
}
