package dev.strata.runtime.testkit;

import dev.strata.core.error.StrataException;
import dev.strata.runtime.ScratchDatabase;
import dev.strata.runtime.migrate.RunResult;

/** {@code upgrade}: base to head applies on an empty scratch database. */
final class UpgradeCheck implements Check {
    private final MigrationTestSuite suite;

    UpgradeCheck(MigrationTestSuite suite) {
        this.suite = suite;
    }

    @Override
    public String name() {
        return MigrationTestSuite.UPGRADE;
    }

    @Override
    public CheckResult run() {
        if (suite.revisions().isEmpty()) {
            return CheckResult.skip(name(), null, "there are no migrations yet");
        }
        try (ScratchDatabase scratch = suite.scratch("test_upgrade")) {
            StepMigrator migrator = suite.migrator(scratch.database());
            try {
                RunResult result = migrator.upgrade("heads");
                return CheckResult.pass(name(), suite.heads(), "base to " + suite.heads() + ": " + result.applied().size()
                        + " migration(s) applied on an empty database");
            } catch (StrataException e) {
                return CheckResult.fail(name(), migrator.lastRevision(), failure(migrator.lastRevision(), e));
            }
        }
    }

    /** The error, led by the revision when the error itself does not name it. */
    static String failure(String revision, RuntimeException e) {
        String message = e.getMessage();
        return revision == null || message.contains(revision) ? message : "revision " + revision + ": " + message;
    }
}
