package dev.strata.cli.commands;

import dev.strata.cli.Context;
import dev.strata.core.graph.Revision;
import dev.strata.core.graph.RevisionGraph;
import dev.strata.core.script.MigrationScript;
import dev.strata.runtime.migrate.Bookkeeper;
import dev.strata.runtime.migrate.HistoryEntry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@Command(name = "show", description = "One revision: its header, file, checksum, and whether it is applied.")
public final class ShowCommand extends ContextCommand {
    @Parameters(index = "0", paramLabel = "REV", description = "A revision id, a prefix of 4 or more characters, a branch label, or head.")
    String reference;

    @Override
    protected int run(Context context) {
        RevisionGraph graph = context.migrations().graph();
        Revision revision = graph.get(graph.stampRows(java.util.Set.of(), target(reference)).stream().findFirst()
                .orElseThrow(() -> new dev.strata.core.error.BadInputException("`" + reference + "` names no revision",
                        "give a revision id, a prefix, a branch label or head")));
        MigrationScript script = context.migrations().script(revision.id());
        Bookkeeper.Recorded recorded = context.bookkeeper().recorded();
        boolean applied = graph.applied(recorded.current()).contains(revision.id());
        HistoryEntry last = recorded.auditLog().stream()
                .filter(e -> e.revision().equals(revision.id())).reduce((a, b) -> b).orElse(null);
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("revision", revision.id());
        fields.put("revises", revision.revises());
        fields.put("message", revision.message());
        fields.put("depends_on", revision.dependsOn());
        fields.put("branch_labels", revision.branchLabels().stream().sorted().toList());
        fields.put("transactional", script.transactional());
        fields.put("file", script.file().toString());
        fields.put("checksum", script.checksum());
        fields.put("is_head", graph.heads().contains(revision.id()));
        fields.put("applied", applied);
        fields.put("last_run", last == null ? null : last.direction() + " " + last.outcome() + " at " + (last.startedAt() == null ? "?" : last.startedAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS))
                + (last.durationMs() == null ? "" : " (" + last.durationMs() + " ms)") + (last.osUser() == null ? "" : " by " + last.osUser()));
        if (context.global().json()) {
            context.printJson(fields);
            return 0;
        }
        fields.forEach((name, value) -> {
            if (value instanceof List<?> list) {
                value = list.isEmpty() ? (name.equals("revises") ? "base" : "-") : String.join(" ", list.stream().map(Object::toString).toList());
            }
            context.out().printf("%-14s %s%n", name.replace('_', ' ') + ":", value == null ? "-" : value);
        });
        return 0;
    }
}
