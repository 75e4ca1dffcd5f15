package dev.strata.cli.commands;

import dev.strata.core.graph.Revision;
import dev.strata.core.graph.RevisionGraph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/** How revisions read in text output. */
final class Describe {
    private Describe() {
    }

    /** {@code 1a2b3c4d5e6f (head) (current) create customers}. */
    static String revision(Revision revision, RevisionGraph graph, Set<String> current) {
        List<String> marks = new ArrayList<>();
        if (!revision.branchLabels().isEmpty()) {
            marks.add("(" + String.join(", ", revision.branchLabels().stream().sorted().toList()) + ")");
        }
        if (graph.heads().contains(revision.id())) {
            marks.add("(head)");
        }
        if (current.contains(revision.id())) {
            marks.add("(current)");
        }
        String head = revision.id() + (marks.isEmpty() ? "" : " " + String.join(" ", marks));
        return revision.message().isEmpty() ? head : head + "  " + revision.message();
    }

    /** The version rows as text: each described, or {@code base} when there are none. */
    static List<String> rows(Collection<String> rows, RevisionGraph graph) {
        if (rows.isEmpty()) {
            return List.of("base (no revision applied)");
        }
        List<String> lines = new ArrayList<>();
        for (String id : rows) {
            lines.add(graph.find(id).map(r -> revision(r, graph, Set.of())).orElse(id + " (not in the migrations directory)"));
        }
        return lines;
    }

    /** {@code a, b} or {@code base}. */
    static String ids(Collection<String> ids) {
        return ids.isEmpty() ? "base" : String.join(", ", ids);
    }
}
