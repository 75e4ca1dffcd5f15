package dev.strata.core.script;

import java.nio.file.Path;

/** STUB: being written. Parses the contract's migration file format. */
public final class ScriptParser {
    private ScriptParser() {
    }

    /** Throws MalformedMigrationException naming the file and line. */
    public static MigrationScript parse(Path file, String content) {
        throw new UnsupportedOperationException("stub");
    }
}
