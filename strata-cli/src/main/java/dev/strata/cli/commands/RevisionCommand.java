package dev.strata.cli.commands;

import dev.strata.cli.Context;
import dev.strata.core.error.BadInputException;
import dev.strata.core.error.MultipleHeadsException;
import dev.strata.core.graph.Revision;
import dev.strata.core.graph.RevisionGraph;
import dev.strata.core.script.ScriptWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

@Command(name = "revision", description = "Write a new, empty migration file on top of the head (or of --head).")
public final class RevisionCommand extends ContextCommand {
    @Option(names = {"-m", "--message"}, required = true, paramLabel = "MSG", description = "What the migration does.")
    String message;

    @Option(names = "--head", paramLabel = "REV", description = "The revision to build on (default: the single head; `base` starts a new root).")
    String head;

    @Option(names = "--splice", description = "Allow --head to name a revision that is not a head (starts a branch).")
    boolean splice;

    @Option(names = "--branch-label", paramLabel = "LABEL", description = "Label the new revision's branch (repeatable).")
    List<String> branchLabels = new ArrayList<>();

    @Option(names = "--depends-on", paramLabel = "REV", description = "A revision that must be applied first (repeatable).")
    List<String> dependsOn = new ArrayList<>();

    @Option(names = "--rev-id", paramLabel = "ID", description = "Use this revision id instead of a generated one.")
    String revId;

    @Option(names = "--non-transactional", description = "Mark the migration `transactional false` (for CREATE INDEX CONCURRENTLY and the like).")
    boolean nonTransactional;

    @Override
    protected int run(Context context) {
        RevisionGraph graph = context.migrations().graph();
        List<String> parents = parents(graph);
        List<String> dependencies = dependsOn.stream().map(ref -> graph.resolve(ref).id()).toList();
        String id = revId != null ? revId : ScriptWriter.newRevisionId();
        Revision revision = new Revision(id, parents, dependencies, Set.copyOf(branchLabels), message);
        return NewRevisionFile.write(context, revision, !nonTransactional, "", "");
    }

    private List<String> parents(RevisionGraph graph) {
        if (head == null) {
            if (graph.heads().size() > 1) {
                throw new MultipleHeadsException("the migrations have " + graph.heads().size() + " heads: " + String.join(", ", graph.heads()),
                        "say which to build on with --head, or join them first with `strata merge heads -m MSG`");
            }
            return List.copyOf(graph.heads());
        }
        if (head.equals("base")) {
            return List.of();
        }
        List<String> resolved = List.copyOf(graph.stampRows(Set.of(), target(head)));
        for (String parent : resolved) {
            if (!splice && !graph.heads().contains(parent)) {
                throw new BadInputException(parent + " is not a head", "pass --splice to start a branch from it");
            }
        }
        return resolved;
    }
}
