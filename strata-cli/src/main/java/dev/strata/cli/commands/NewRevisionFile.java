package dev.strata.cli.commands;

import dev.strata.cli.Context;
import dev.strata.core.error.BadInputException;
import dev.strata.core.error.DuplicateRevisionException;
import dev.strata.core.graph.Revision;
import dev.strata.core.graph.RevisionGraph;
import dev.strata.core.script.ScriptWriter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;

/** Writes a new migration file for {@code revision} and {@code merge}, and says where. */
final class NewRevisionFile {
    private NewRevisionFile() {
    }

    static int write(Context context, Revision revision, boolean transactional, String upgrade, String downgrade) {
        RevisionGraph graph = context.migrations().graph();
        if (graph.find(revision.id()).isPresent()) {
            throw new DuplicateRevisionException("revision " + revision.id() + " already exists", "choose another --rev-id, or leave it out");
        }
        for (String label : revision.branchLabels()) {
            if (graph.revisions().stream().anyMatch(r -> r.branchLabels().contains(label))) {
                throw new BadInputException("branch label `" + label + "` is already used", "choose another label");
            }
        }
        Path file = context.migrations().dir().resolve(ScriptWriter.fileName(revision));
        try {
            Files.writeString(file, ScriptWriter.render(revision, transactional, upgrade, downgrade), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE_NEW);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String shown = context.workingDir().relativize(file.toAbsolutePath()).toString();
        if (context.global().json()) {
            context.printJson(Map.of("revision", revision.id(), "file", shown));
        } else {
            context.out().println("Created " + shown);
        }
        return 0;
    }
}
