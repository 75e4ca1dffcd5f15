package dev.strata.cli.commands;

import dev.strata.cli.Context;
import dev.strata.core.error.BadInputException;
import dev.strata.core.graph.Revision;
import dev.strata.core.graph.RevisionGraph;
import dev.strata.core.script.ScriptWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

@Command(name = "merge", description = "Write a merge revision that joins two or more heads.")
public final class MergeCommand extends ContextCommand {
    @Parameters(arity = "1..*", paramLabel = "REV", description = "The revisions to join, or `heads` for every head.")
    List<String> revisions;

    @Option(names = {"-m", "--message"}, required = true, paramLabel = "MSG")
    String message;

    @Option(names = "--rev-id", paramLabel = "ID", description = "Use this revision id instead of a generated one.")
    String revId;

    @Override
    protected int run(Context context) {
        RevisionGraph graph = context.migrations().graph();
        Set<String> parents = new LinkedHashSet<>();
        for (String word : revisions) {
            parents.addAll(word.equals("heads") ? graph.heads() : Set.of(graph.resolve(target(word)).id()));
        }
        if (parents.size() < 2) {
            throw new BadInputException("a merge needs two or more revisions, got " + (parents.isEmpty() ? "none" : String.join(", ", parents)),
                    "name the heads to join, or `heads`");
        }
        String id = revId != null ? revId : ScriptWriter.newRevisionId();
        return NewRevisionFile.write(context, new Revision(id, List.copyOf(parents), List.of(), Set.of(), message), true, "", "");
    }
}
