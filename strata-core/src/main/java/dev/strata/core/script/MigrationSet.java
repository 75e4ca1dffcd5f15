package dev.strata.core.script;

import dev.strata.core.graph.RevisionGraph;

import java.nio.file.Path;
import java.util.Map;

/**
 * A migrations directory, loaded: every script by revision id, and the graph they form.
 * STUB for {@link #load}: being written.
 */
public record MigrationSet(Path dir, Map<String, MigrationScript> scripts, RevisionGraph graph) {

    /** Reads every {@code *.sql} file of dir (not recursive), parses it, builds the graph. */
    public static MigrationSet load(Path dir) {
        throw new UnsupportedOperationException("stub");
    }

    public MigrationScript script(String id) {
        MigrationScript script = scripts.get(id);
        if (script == null) {
            throw new dev.strata.core.error.UnknownRevisionException("no migration file for revision " + id + " in " + dir);
        }
        return script;
    }
}
