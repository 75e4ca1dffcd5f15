package dev.strata.core.script;

import dev.strata.core.error.BadInputException;
import dev.strata.core.error.ConfigException;
import dev.strata.core.error.DuplicateRevisionException;
import dev.strata.core.error.UnknownRevisionException;
import dev.strata.core.graph.Revision;
import dev.strata.core.graph.RevisionGraph;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A migrations directory, loaded: every script by revision id (in file name order), and the graph they form.
 */
public record MigrationSet(Path dir, Map<String, MigrationScript> scripts, RevisionGraph graph) {

    /**
     * Reads every {@code *.sql} file directly in dir (not recursive; other files and subdirectories are
     * ignored) in name order, parses each and builds the graph. The {@code <revision>_<slug>.sql} naming is
     * not required for reading. Linear in the number of files (apart from sorting their names).
     *
     * @throws ConfigException             dir does not exist or is not a directory
     * @throws BadInputException           a file cannot be read or is not UTF-8
     * @throws dev.strata.core.error.MalformedMigrationException a file is not a valid migration
     * @throws DuplicateRevisionException  two files declare the same revision
     */
    public static MigrationSet load(Path dir) {
        Map<String, MigrationScript> scripts = readScripts(dir);
        List<Revision> revisions = new ArrayList<>(scripts.size());
        for (MigrationScript script : scripts.values()) {
            revisions.add(script.revision());
        }
        return new MigrationSet(dir, scripts, RevisionGraph.of(revisions));
    }

    public MigrationScript script(String id) {
        MigrationScript script = scripts.get(id);
        if (script == null) {
            throw new UnknownRevisionException("no migration file for revision " + id + " in " + dir);
        }
        return script;
    }

    /** Every script of dir by revision id, in file name order; everything load does before the graph. */
    static Map<String, MigrationScript> readScripts(Path dir) {
        Map<String, MigrationScript> scripts = new LinkedHashMap<>();
        for (Path file : sqlFiles(dir)) {
            byte[] bytes = read(file);
            MigrationScript script = ScriptParser.parse(file, decode(file, bytes), bytes);
            MigrationScript other = scripts.putIfAbsent(script.id(), script);
            if (other != null) {
                throw new DuplicateRevisionException("revision " + script.id() + " is declared by both "
                        + other.file() + " and " + file, "give one of them a new id (and update what revises it)");
            }
        }
        return Collections.unmodifiableMap(scripts);
    }

    /** The {@code *.sql} files directly in dir, in name order (names are compared as strings: no Path per comparison). */
    private static List<Path> sqlFiles(Path dir) {
        if (!Files.exists(dir)) {
            throw new ConfigException("migrations directory " + dir + " does not exist", "run `strata init` or pass --dir");
        }
        if (!Files.isDirectory(dir)) {
            throw new ConfigException("migrations directory " + dir + " is not a directory", "pass --dir with a directory");
        }
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                // a dangling link is kept, so that reading it fails loudly instead of skipping a migration
                if (name.endsWith(".sql") && (Files.isRegularFile(entry) || (Files.isSymbolicLink(entry) && !Files.exists(entry)))) {
                    names.add(name);
                }
            }
        } catch (IOException e) {
            throw new BadInputException("cannot list migrations directory " + dir + ": " + e.getMessage(),
                    "check that it is readable", e);
        }
        names.sort(null);
        List<Path> files = new ArrayList<>(names.size());
        for (String name : names) {
            files.add(dir.resolve(name));
        }
        return files;
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new BadInputException("cannot read migration file " + file + ": " + e, "check that it is readable", e);
        }
    }

    private static String decode(Path file, byte[] bytes) {
        // the common case without a decoder per file: a lenient decode that put no replacement character anywhere
        // read valid UTF-8; otherwise the strict decoder says whether the file is malformed or holds a real U+FFFD
        String lenient = new String(bytes, StandardCharsets.UTF_8);
        if (lenient.indexOf('\uFFFD') < 0) {
            return lenient;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new BadInputException("migration file " + file + " is not valid UTF-8", "save it as UTF-8", e);
        }
    }
}
