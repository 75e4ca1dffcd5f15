package dev.strata.runtime.testkit;

import dev.strata.core.diff.SchemaDiff;
import dev.strata.core.error.StrataException;
import dev.strata.core.graph.Revision;
import dev.strata.core.model.Schema;
import dev.strata.runtime.schema.SchemaReader;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code downgrade-leaves-no-trace}: for every revision, the schema after its upgrade and downgrade introspects
 * equal to the schema before the upgrade. A failure names each revision that leaves a trace, and what it leaves.
 * A revision whose downgrade fails cannot be compared; that is up-down-consistency's failure to report, so this
 * check then says which it could not compare and is skipped (unless it found a trace elsewhere).
 */
final class DowngradeLeavesNoTraceCheck implements Check {
    private final MigrationTestSuite suite;

    DowngradeLeavesNoTraceCheck(MigrationTestSuite suite) {
        this.suite = suite;
    }

    @Override
    public String name() {
        return MigrationTestSuite.DOWNGRADE_LEAVES_NO_TRACE;
    }

    @Override
    public CheckResult run() {
        if (suite.revisions().isEmpty()) {
            return CheckResult.skip(name(), null, "there are no migrations yet");
        }
        SchemaReader reader = suite.reader();
        List<String> traces = new ArrayList<>();
        String firstTrace = null;
        List<String> irreversible = new ArrayList<>();
        List<String> notCompared = new ArrayList<>();
        String stoppedAt = null;
        int compared = 0;
        try (StepWalk walk = new StepWalk(suite, "test_trace")) {
            for (Revision revision : suite.revisions()) {
                String id = revision.id();
                StepMigrator migrator;
                Schema before;
                try {
                    migrator = walk.before(revision);
                } catch (StrataException e) {
                    stoppedAt = id;
                    break;
                }
                before = reader.inspect(walk.database());
                try {
                    migrator.upgrade(id);
                } catch (StrataException e) {
                    stoppedAt = id;
                    break;
                }
                if (suite.migrations().script(id).irreversible()) {
                    irreversible.add(id);
                    continue;
                }
                try {
                    migrator.downgradeOnly(id);
                } catch (StrataException e) {
                    notCompared.add(id);
                    walk.restart(); // a half-done downgrade is no state to go on from: the next revision starts afresh
                    continue;
                }
                SchemaDiff diff = suite.differ().diff(before, reader.inspect(walk.database()));
                compared++;
                if (!diff.isEmpty()) {
                    firstTrace = firstTrace == null ? id : firstTrace;
                    traces.add("revision " + id + " (" + suite.migrations().script(id).file().getFileName()
                            + ") leaves " + ModelMatchesCheck.list(diff.differences()));
                    walk.restart(); // its trace would show up again in later revisions: go on from a fresh database
                    continue;
                }
                try {
                    migrator.upgrade(id);
                } catch (StrataException e) {
                    walk.restart(); // up-down-consistency reports it; go on from a fresh database
                }
            }
        }
        String unchecked = (notCompared.isEmpty() ? "" : "; not compared, their downgrade fails (up-down-consistency reports it): "
                + String.join(", ", notCompared))
                + (stoppedAt == null ? "" : "; stopped at revision " + stoppedAt + ", which cannot be upgraded to (the upgrade check reports why)")
                + (irreversible.isEmpty() ? "" : "; not stepped down, declared irreversible: " + String.join(", ", irreversible));
        if (!traces.isEmpty()) {
            return CheckResult.fail(name(), firstTrace, "after upgrade and downgrade the schema differs from before: "
                    + String.join("; ", traces) + unchecked);
        }
        String summary = compared + " revision(s) compared, each leaves the schema as it found it";
        if (!notCompared.isEmpty() || stoppedAt != null) {
            return CheckResult.skip(name(), stoppedAt != null ? stoppedAt : notCompared.get(0), summary + unchecked);
        }
        return CheckResult.pass(name(), suite.heads(), summary + unchecked);
    }
}
