package dev.strata.runtime.schema;

import dev.strata.core.diff.Difference;
import dev.strata.core.diff.SchemaDiff;
import dev.strata.core.error.DatabaseException;
import dev.strata.core.model.Schema;
import dev.strata.core.script.SqlFlavor;
import dev.strata.core.script.SqlStatement;
import dev.strata.core.script.StatementSplitter;
import dev.strata.runtime.Database;
import dev.strata.runtime.JdbcSession;
import dev.strata.runtime.config.DatabaseKind;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The proof corpus of the schema diff: {@code src/test/resources/corpus/<dialect>/<NN-case>/{a,b}.sql}, found at
 * run time, so adding a case is adding a folder with two files. {@code corpus/KNOWN_GAPS.txt} lists the cases
 * (or parts of them) that fail because of a known gap of the inspector, differ or renderer, each with a reason;
 * the tests report those as skipped, with the reason, instead of passing or failing.
 */
final class Corpus {
    static final String A = "a.sql";
    static final String B = "b.sql";
    static final String KNOWN_GAPS = "KNOWN_GAPS.txt";

    private Corpus() {
    }

    /** One pair of schemas: b.sql is the desired schema, a.sql the one the database has. */
    record Case(DatabaseKind kind, String name, Path dir) {
        Path a() {
            return dir.resolve(A);
        }

        Path b() {
            return dir.resolve(B);
        }

        /** {@code postgres/07-numeric-precision}: how failures and KNOWN_GAPS.txt name the case. */
        String id() {
            return folder(kind) + "/" + name;
        }

        @Override
        public String toString() {
            return id();
        }
    }

    /** One schema file of a case. */
    record SchemaFile(Case owner, String fileName) {
        Path path() {
            return owner.dir().resolve(fileName);
        }

        @Override
        public String toString() {
            return owner.id() + "/" + fileName;
        }
    }

    /** The parts of a case's proof that KNOWN_GAPS.txt can mark one by one. */
    enum Part {
        /** The whole round trip A → B → A (upgrade and downgrade). */
        ROUND_TRIP("round-trip"),
        /** Only the downgrade of the round trip: the upgrade is still run and checked. */
        DOWNGRADE("downgrade"),
        /** A database made from one of the case's files, diffed against itself. */
        SELF_DIFF("self-diff"),
        /** A database made from one of the case's files, diffed against the file read by SchemaReader. */
        SCHEMA_FILE("schema-file");

        final String label;

        Part(String label) {
            this.label = label;
        }

        static Part of(String label) {
            for (Part part : values()) {
                if (part.label.equals(label)) {
                    return part;
                }
            }
            throw new IllegalArgumentException("unknown part '" + label + "' in " + KNOWN_GAPS + "; one of round-trip, downgrade, self-diff, schema-file");
        }
    }

    static String folder(DatabaseKind kind) {
        return switch (kind) {
            case POSTGRES -> "postgres";
            case MARIADB -> "mariadb";
            case SQLITE -> "sqlite";
        };
    }

    static SqlFlavor flavor(DatabaseKind kind) {
        return switch (kind) {
            case POSTGRES -> SqlFlavor.POSTGRES;
            case MARIADB -> SqlFlavor.MARIADB;
            case SQLITE -> SqlFlavor.SQLITE;
        };
    }

    /** The corpus folder as the test run sees it (target/test-classes/corpus). */
    static Path root() {
        URL url = Corpus.class.getResource("/corpus");
        if (url == null) {
            throw new IllegalStateException("no corpus on the test class path (src/test/resources/corpus)");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Every case folder of a dialect, sorted by name; a folder without both files is still a case (and fails).
     * {@code -Dstrata.corpus=51-} runs only the cases whose names start with that text (for working on one).
     */
    static List<Case> cases(DatabaseKind kind) {
        Path dir = root().resolve(folder(kind));
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(dir)) {
            return children.filter(Files::isDirectory)
                    .map(child -> new Case(kind, child.getFileName().toString(), child))
                    .filter(c -> c.name().startsWith(System.getProperty("strata.corpus", "")))
                    .sorted((x, y) -> x.name().compareTo(y.name()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** a.sql and b.sql of every case of a dialect. */
    static List<SchemaFile> schemaFiles(DatabaseKind kind) {
        List<SchemaFile> files = new ArrayList<>();
        for (Case c : cases(kind)) {
            files.add(new SchemaFile(c, A));
            files.add(new SchemaFile(c, B));
        }
        return files;
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Runs a schema file on a database the way SchemaReader does: split by the dialect's client rules, each
     * statement in autocommit. A failure names the file, the line and the database's message.
     */
    static void apply(Database db, Path file) {
        List<SqlStatement> statements = StatementSplitter.split(read(file), db.dialect().flavor(), 1, file.toString());
        try (JdbcSession session = db.open()) {
            for (SqlStatement statement : statements) {
                try {
                    session.execute(statement.sql());
                } catch (DatabaseException e) {
                    throw new AssertionError(file + ":" + statement.line() + ": " + e.getMessage(), e);
                }
            }
        }
    }

    /**
     * Runs a generated script: in one transaction when it is transactional and the database has transactional
     * DDL, otherwise statement by statement in autocommit. A failure names the statement and its line.
     */
    static void run(Database db, String script, boolean transactional, String what) {
        List<SqlStatement> statements = StatementSplitter.split(script, db.dialect().flavor(), 1, what);
        boolean inTransaction = transactional && db.dialect().transactionalDdl();
        try (JdbcSession session = db.open()) {
            session.autoCommit(!inTransaction);
            for (SqlStatement statement : statements) {
                try {
                    session.execute(statement.sql());
                } catch (DatabaseException e) {
                    session.rollbackQuietly();
                    throw new AssertionError(what + ", line " + statement.line() + " fails"
                            + (inTransaction ? " (rolled back)" : "") + ": " + e.getMessage() + "\n  statement: "
                            + statement.sql(), e);
                }
            }
            if (inTransaction) {
                session.commit();
            }
        }
    }

    /** The differences and operations of a diff, one per line, for failure messages. */
    static String describe(SchemaDiff diff) {
        StringBuilder text = new StringBuilder();
        for (Difference difference : diff.differences()) {
            text.append("\n    ").append(difference);
        }
        if (!diff.operations().isEmpty()) {
            text.append("\n  operations:");
            diff.operations().forEach(op -> text.append("\n    ").append(abbreviate(String.valueOf(op), 300)));
        }
        return text.toString();
    }

    static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max) + "…";
    }

    /** The known gaps: {@code <dialect>/<case>[#<part>] <reason>}; {@code *} as the case means every case of the dialect. */
    static Map<String, String> knownGaps() {
        Path file = root().resolve(KNOWN_GAPS);
        Map<String, String> gaps = new LinkedHashMap<>();
        if (!Files.isRegularFile(file)) {
            return gaps;
        }
        int number = 0;
        for (String line : read(file).split("\n", -1)) {
            number++;
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            String[] keyAndReason = text.split("\\s+", 2);
            if (keyAndReason.length < 2 || keyAndReason[1].isBlank()) {
                throw new IllegalStateException(KNOWN_GAPS + ":" + number + ": a known gap needs a reason after the case: " + text);
            }
            gaps.put(keyAndReason[0], keyAndReason[1].strip());
        }
        return gaps;
    }

    /** Why this part of this case is a known gap, or null when it is not one. */
    static String knownGap(Case c, Part part) {
        Map<String, String> gaps = knownGaps();
        String dialect = folder(c.kind());
        for (String key : List.of(c.id() + "#" + part.label, c.id(), dialect + "/*#" + part.label, dialect + "/*")) {
            String reason = gaps.get(key);
            if (reason != null) {
                return reason;
            }
        }
        if (part == Part.DOWNGRADE) {
            return knownGap(c, Part.ROUND_TRIP);
        }
        return null;
    }

    static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
