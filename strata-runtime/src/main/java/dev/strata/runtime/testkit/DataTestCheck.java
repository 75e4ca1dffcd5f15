package dev.strata.runtime.testkit;

import dev.strata.core.error.StrataException;
import dev.strata.core.graph.Revision;
import dev.strata.core.script.SqlFlavor;
import dev.strata.runtime.JdbcSession;
import dev.strata.runtime.ScratchDatabase;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A data test, {@code tests/<revision>/}: on a fresh scratch database, upgrade to what the revision needs, run
 * {@code before.sql} (seed rows), upgrade to the revision, run {@code after.sql} (assertions, see
 * {@link SqlAssertions}). Either file may be missing: a test with only {@code before.sql} proves that the
 * revision applies over those rows. The folder may name the revision by a unique prefix or a branch label.
 */
final class DataTestCheck implements Check {
    static final String BEFORE = "before.sql";
    static final String AFTER = "after.sql";

    private final MigrationTestSuite suite;
    private final Path folder;
    private final String name;

    DataTestCheck(MigrationTestSuite suite, Path folder) {
        this.suite = suite;
        this.folder = folder;
        this.name = "tests/" + folder.getFileName();
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public CheckResult run() {
        String reference = folder.getFileName().toString();
        Revision revision;
        try {
            revision = suite.migrations().graph().resolve(reference);
        } catch (StrataException e) {
            return CheckResult.fail(name, reference, name + " names no revision of " + suite.migrations().dir() + ": "
                    + e.getMessage());
        }
        String id = revision.id();
        Path before = folder.resolve(BEFORE);
        Path after = folder.resolve(AFTER);
        if (!Files.isRegularFile(before) && !Files.isRegularFile(after)) {
            return CheckResult.skip(name, id, name + " has neither " + BEFORE + " nor " + AFTER);
        }
        try (ScratchDatabase scratch = suite.scratch("test_data")) {
            StepMigrator migrator = suite.migrator(scratch.database());
            SqlFlavor flavor = scratch.database().dialect().flavor();
            try {
                migrator.upgradeToBefore(id);
            } catch (StrataException e) {
                return CheckResult.skip(name, id, "cannot upgrade to the revisions before " + id + ": revision "
                        + migrator.lastRevision() + " fails (the upgrade check reports why)");
            }
            if (Files.isRegularFile(before)) {
                String failure;
                try (JdbcSession session = scratch.database().open()) {
                    failure = SqlAssertions.runFile(session, read(before), name + "/" + BEFORE, flavor);
                }
                if (failure != null) {
                    return CheckResult.fail(name, id, "seeding rows before revision " + id + " failed: " + failure);
                }
            }
            try {
                migrator.upgrade(id);
            } catch (StrataException e) {
                return CheckResult.fail(name, id, "revision " + id + " fails over the rows of " + name + "/" + BEFORE + ": "
                        + e.getMessage());
            }
            if (!Files.isRegularFile(after)) {
                return CheckResult.pass(name, id, "revision " + id + " applies over the rows of " + name + "/" + BEFORE);
            }
            String text = read(after);
            String failure;
            try (JdbcSession session = scratch.database().open()) {
                failure = SqlAssertions.runFile(session, text, name + "/" + AFTER, flavor);
            }
            if (failure != null) {
                return CheckResult.fail(name, id, "after revision " + id + ": " + failure);
            }
            return CheckResult.pass(name, id, "after revision " + id + ", " + SqlAssertions.assertionCount(text, flavor)
                    + " assertion(s) of " + name + "/" + AFTER + " hold");
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
