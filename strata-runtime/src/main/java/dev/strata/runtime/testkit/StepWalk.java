package dev.strata.runtime.testkit;

import dev.strata.core.graph.Revision;
import dev.strata.runtime.Database;
import dev.strata.runtime.ScratchDatabase;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A walk over every revision in topological order on scratch databases, for the checks that step up and down.
 * Before each revision the database holds exactly what that revision needs. On a straight line that is where
 * the previous revision left it; after a branch, when the database holds a revision the next one does not need,
 * the walk starts again on a fresh scratch database (one step's downgrade can only revert one revision).
 */
final class StepWalk implements AutoCloseable {
    private final MigrationTestSuite suite;
    private final String purpose;
    private ScratchDatabase scratch;
    private StepMigrator migrator;

    StepWalk(MigrationTestSuite suite, String purpose) {
        this.suite = suite;
        this.purpose = purpose;
    }

    /** Moves to exactly what {@code revision} needs, without it, and returns the migrator there. */
    StepMigrator before(Revision revision) {
        Set<String> needs = new HashSet<>(suite.migrations().graph().ancestors(List.of(revision.id())));
        needs.remove(revision.id());
        if (migrator != null && !needs.containsAll(migrator.applied())) {
            restart();
        }
        if (migrator == null) {
            scratch = suite.scratch(purpose);
            migrator = suite.migrator(scratch.database());
        }
        migrator.upgradeToBefore(revision.id());
        return migrator;
    }

    Database database() {
        return scratch.database();
    }

    @Override
    public void close() {
        restart();
    }

    /** Drops the scratch database; the next {@link #before} starts on a fresh one. */
    void restart() {
        migrator = null;
        if (scratch != null) {
            ScratchDatabase dropping = scratch;
            scratch = null;
            dropping.close();
        }
    }
}
