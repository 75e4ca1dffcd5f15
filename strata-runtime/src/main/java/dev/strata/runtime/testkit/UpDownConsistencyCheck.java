package dev.strata.runtime.testkit;

import dev.strata.core.error.StrataException;
import dev.strata.core.graph.Revision;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code up-down-consistency}: for every revision in order, upgrade to it, downgrade that one step, upgrade again;
 * all succeed. A revision that declares its downgrade irreversible is not stepped down, and the message says so.
 */
final class UpDownConsistencyCheck implements Check {
    private final MigrationTestSuite suite;

    UpDownConsistencyCheck(MigrationTestSuite suite) {
        this.suite = suite;
    }

    @Override
    public String name() {
        return MigrationTestSuite.UP_DOWN_CONSISTENCY;
    }

    @Override
    public CheckResult run() {
        if (suite.revisions().isEmpty()) {
            return CheckResult.skip(name(), null, "there are no migrations yet");
        }
        List<String> irreversible = new ArrayList<>();
        int checked = 0;
        try (StepWalk walk = new StepWalk(suite, "test_updown")) {
            for (Revision revision : suite.revisions()) {
                String id = revision.id();
                StepMigrator migrator;
                try {
                    migrator = walk.before(revision);
                    migrator.upgrade(id);
                } catch (StrataException e) {
                    return CheckResult.skip(name(), id, "stopped at revision " + id + ": it cannot be upgraded to "
                            + "(the upgrade check reports why); the " + checked + " revision(s) before it go up, down and up again");
                }
                if (suite.migrations().script(id).irreversible()) {
                    irreversible.add(id);
                    continue;
                }
                try {
                    migrator.downgradeOnly(id);
                } catch (StrataException e) {
                    return CheckResult.fail(name(), id, "revision " + id + ": its downgrade fails: " + e.getMessage());
                }
                try {
                    migrator.upgrade(id);
                } catch (StrataException e) {
                    return CheckResult.fail(name(), id, "revision " + id + ": upgrading again after its downgrade fails: "
                            + e.getMessage());
                }
                checked++;
            }
        }
        return CheckResult.pass(name(), suite.heads(), checked + " revision(s) each go up, down and up again"
                + (irreversible.isEmpty() ? "" : "; not stepped down, declared irreversible: " + String.join(", ", irreversible)));
    }
}
