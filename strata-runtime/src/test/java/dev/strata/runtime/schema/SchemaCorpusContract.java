package dev.strata.runtime.schema;

import dev.strata.core.diff.SchemaDiff;
import dev.strata.core.diff.SchemaDiffer;
import dev.strata.core.error.NotReversibleException;
import dev.strata.core.model.Schema;
import dev.strata.runtime.Database;
import dev.strata.runtime.DdlRenderer.RenderedScript;
import dev.strata.runtime.Dialect;
import dev.strata.runtime.ScratchDatabase;
import dev.strata.runtime.config.DatabaseKind;
import dev.strata.runtime.schema.Corpus.Case;
import dev.strata.runtime.schema.Corpus.Part;
import dev.strata.runtime.schema.Corpus.SchemaFile;
import dev.strata.runtime.testing.TestServers;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The proof of the schema diff on one dialect, over every case of the corpus ({@link Corpus}):
 * <ul>
 *   <li><b>round trip</b>: a.sql is applied to a scratch database X; schema(A) is X inspected, schema(B) is b.sql
 *       read by {@link SchemaReader}. Their diff is not empty; the generated upgrade turns X into a schema that
 *       compares equal to B (both ways), and the generated downgrade turns it back into one equal to A.</li>
 *   <li><b>no false positives</b>, for every schema file S of the corpus: a database made from S, inspected twice,
 *       has an empty diff with itself, and an empty diff with S read by {@link SchemaReader}.</li>
 * </ul>
 * Every failure names the case folder. Cases listed in {@code corpus/KNOWN_GAPS.txt} are skipped with their reason.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SchemaCorpusContract {

    /** The dialect whose corpus folder this class runs. */
    abstract DatabaseKind kind();

    List<Case> cases() {
        return Corpus.cases(kind());
    }

    List<SchemaFile> schemaFiles() {
        return Corpus.schemaFiles(kind());
    }

    private Database server() {
        return TestServers.server(kind());
    }

    private Dialect dialect() {
        return server().dialect();
    }

    private SchemaReader reader() {
        return new SchemaReader(server(), Set.of());
    }

    private SchemaDiff diff(Schema from, Schema to) {
        return new SchemaDiffer(dialect().diffPolicy()).diff(from, to);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void upgradeReachesBAndDowngradeReturnsToA(Case c) {
        skipIfKnownGap(c, Part.ROUND_TRIP);
        requireFiles(c);
        try (ScratchDatabase scratch = ScratchDatabase.create(server(), "corpus")) {
            Database x = scratch.database();
            act(c, "applying a.sql to the scratch database", () -> Corpus.apply(x, c.a()));
            Schema schemaA = step(c, "inspecting the database made from a.sql", () -> reader().inspect(x));
            Schema desired = step(c, "reading b.sql with SchemaReader", () -> reader().read(new SchemaSource.SqlFiles(List.of(c.b()))));

            SchemaDiff diff = step(c, "diffing A to B", () -> diff(schemaA, desired));
            if (diff.isEmpty()) {
                fail(c + ": schema(A) and schema(B) compare equal, so the case proves nothing: the inspector or the "
                        + "differ misses what the case changes");
            }

            Migration migration = step(c, "rendering the migration", () -> render(c, diff, schemaA, desired));
            act(c, "running the upgrade", () -> Corpus.run(x, migration.upgrade(), migration.transactional(),
                    c + " upgrade"), migration);
            Schema upgraded = step(c, "inspecting after the upgrade", () -> reader().inspect(x));
            expectEqual(c, "after the upgrade, the database and b.sql", upgraded, desired, migration);

            String downgradeGap = Corpus.knownGap(c, Part.DOWNGRADE);
            assumeTrue(downgradeGap == null, () -> "known gap (" + Corpus.KNOWN_GAPS + "), downgrade not checked: " + downgradeGap);
            if (migration.downgrade() == null) {
                fail(c + ": the diff has no downgrade: " + migration.irreversible());
            }
            act(c, "running the downgrade", () -> Corpus.run(x, migration.downgrade(), migration.transactional(),
                    c + " downgrade"), migration);
            Schema downgraded = step(c, "inspecting after the downgrade", () -> reader().inspect(x));
            expectEqual(c, "after the downgrade, the database and a.sql", downgraded, schemaA, migration);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("schemaFiles")
    void aDatabaseHasNoDifferencesWithItself(SchemaFile file) {
        skipIfKnownGap(file.owner(), Part.SELF_DIFF);
        requireFiles(file.owner());
        try (ScratchDatabase scratch = ScratchDatabase.create(server(), "corpus")) {
            Database db = scratch.database();
            act(file.owner(), "applying " + file.fileName(), () -> Corpus.apply(db, file.path()));
            Schema first = step(file.owner(), "inspecting", () -> reader().inspect(db));
            Schema second = step(file.owner(), "inspecting again", () -> reader().inspect(db));
            expectEqual(file.owner(), file.fileName() + ": the database against itself (inspected twice)", first, second, null);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("schemaFiles")
    void aDatabaseHasNoDifferencesWithTheSchemaFileItWasMadeFrom(SchemaFile file) {
        skipIfKnownGap(file.owner(), Part.SCHEMA_FILE);
        requireFiles(file.owner());
        try (ScratchDatabase scratch = ScratchDatabase.create(server(), "corpus")) {
            Database db = scratch.database();
            act(file.owner(), "applying " + file.fileName(), () -> Corpus.apply(db, file.path()));
            Schema live = step(file.owner(), "inspecting", () -> reader().inspect(db));
            Schema fromFile = step(file.owner(), "reading " + file.fileName() + " with SchemaReader",
                    () -> reader().read(new SchemaSource.SqlFiles(List.of(file.path()))));
            expectEqual(file.owner(), file.fileName() + ": the database against the schema file it was made from",
                    live, fromFile, null);
        }
    }

    /** The rendered migration; {@code downgrade} is null when the diff cannot be reversed (then {@code irreversible} says why). */
    record Migration(String upgrade, String downgrade, boolean transactional, String irreversible) {
        @Override
        public String toString() {
            return "\n  --- upgrade (transactional: " + transactional + ")\n" + upgrade
                    + "  --- downgrade\n" + (downgrade == null ? "(none: " + irreversible + ")\n" : downgrade);
        }
    }

    private Migration render(Case c, SchemaDiff diff, Schema from, Schema to) {
        try {
            GeneratedMigration generated = GeneratedMigration.of(diff, dialect(), from, to);
            return new Migration(generated.upgrade(), generated.downgrade(), generated.transactional(), null);
        } catch (NotReversibleException e) {
            if (Corpus.knownGap(c, Part.DOWNGRADE) == null) {
                throw e;
            }
            // a known gap in the way back: the upgrade is still rendered and checked
            RenderedScript up = dialect().renderer(from).render(diff.operations());
            return new Migration(up.text(), null, up.transactional(), e.getMessage());
        }
    }

    private void expectEqual(Case c, String what, Schema actual, Schema expected, Migration migration) {
        SchemaDiff forward = diff(actual, expected);
        SchemaDiff backward = diff(expected, actual);
        if (!forward.isEmpty() || !backward.isEmpty()) {
            fail(c + ": " + what + " differ"
                    + (forward.isEmpty() ? "" : "\n  actual -> expected:" + Corpus.describe(forward))
                    + (backward.isEmpty() ? "" : "\n  expected -> actual:" + Corpus.describe(backward))
                    + (migration == null ? "" : migration.toString()));
        }
    }

    private static void skipIfKnownGap(Case c, Part part) {
        String reason = Corpus.knownGap(c, part);
        assumeTrue(reason == null, () -> "known gap (" + Corpus.KNOWN_GAPS + "): " + reason);
    }

    private static void requireFiles(Case c) {
        if (!Files.isRegularFile(c.a()) || !Files.isRegularFile(c.b())) {
            fail(c + ": a corpus case folder holds a.sql (the schema before) and b.sql (the schema after)");
        }
    }

    private static void act(Case c, String what, Runnable work) {
        act(c, what, work, null);
    }

    private static void act(Case c, String what, Runnable work, Migration migration) {
        step(c, what, () -> {
            work.run();
            return null;
        }, migration);
    }

    private static <T> T step(Case c, String what, Supplier<T> work) {
        return step(c, what, work, null);
    }

    /** Runs one step of a test; anything it throws becomes a failure naming the case and the step. */
    private static <T> T step(Case c, String what, Supplier<T> work, Migration migration) {
        try {
            return work.get();
        } catch (AssertionError e) {
            throw new AssertionError(c + ": " + what + ": " + e.getMessage() + (migration == null ? "" : migration.toString()), e);
        } catch (RuntimeException e) {
            throw new AssertionError(c + ": " + what + " failed: " + e.getClass().getSimpleName() + ": " + e.getMessage()
                    + (migration == null ? "" : migration.toString()), e);
        }
    }
}
