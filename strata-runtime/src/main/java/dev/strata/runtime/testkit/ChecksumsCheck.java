package dev.strata.runtime.testkit;

import dev.strata.core.graph.Revision;
import dev.strata.core.script.MigrationScript;
import dev.strata.runtime.Database;
import dev.strata.runtime.JdbcSession;
import dev.strata.runtime.migrate.AppliedState;
import dev.strata.runtime.migrate.VersionStore;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code checksums}: no file applied in an environment's history was edited since. Reads the environment's
 * {@code strata_history} and nothing else; without an environment, or one with no history, it is skipped.
 */
final class ChecksumsCheck implements Check {
    private final MigrationTestSuite suite;

    ChecksumsCheck(MigrationTestSuite suite) {
        this.suite = suite;
    }

    @Override
    public String name() {
        return MigrationTestSuite.CHECKSUMS;
    }

    @Override
    public CheckResult run() {
        Database environment = suite.environment();
        if (environment == null) {
            return CheckResult.skip(name(), null, "no environment to compare with: name a database the migrations were applied to "
                    + "(`strata test` reads its --url or --env; the JUnit extension takes environment(url))");
        }
        if (environment.isMissingFile()) {
            return CheckResult.skip(name(), null, environment.description() + " does not exist yet: nothing was applied there");
        }
        AppliedState state;
        try (JdbcSession session = environment.open()) {
            state = new VersionStore(environment.dialect(), suite.environmentSchema()).state(session);
        }
        if (!state.tablesExist()) {
            return CheckResult.skip(name(), null, environment.description() + " has no Strata history yet");
        }
        Map<String, String> recorded = state.checksums();
        List<String> edited = new ArrayList<>();
        String first = null;
        int compared = 0;
        for (Revision revision : suite.revisions()) {
            String checksum = recorded.get(revision.id());
            if (checksum == null) {
                continue;
            }
            compared++;
            MigrationScript script = suite.migrations().scripts().get(revision.id());
            if (!checksum.equals(script.checksum())) {
                edited.add("revision " + revision.id() + " (" + script.file().getFileName() + ")");
                first = first == null ? revision.id() : first;
            }
        }
        for (String revision : recorded.keySet()) {
            if (!suite.migrations().scripts().containsKey(revision)) {
                edited.add("revision " + revision + " (its file is gone)");
                first = first == null ? revision : first;
            }
        }
        if (!edited.isEmpty()) {
            return CheckResult.fail(name(), first, String.join(", ", edited) + (edited.size() == 1 ? " was" : " were")
                    + " edited after being applied to " + environment.description()
                    + "; restore the applied version, or run `strata repair` there to accept the edit");
        }
        if (compared == 0) {
            return CheckResult.skip(name(), null, "nothing is applied to " + environment.description() + " yet");
        }
        return CheckResult.pass(name(), null, compared + " file(s) applied to " + environment.description()
                + " are unchanged");
    }
}
