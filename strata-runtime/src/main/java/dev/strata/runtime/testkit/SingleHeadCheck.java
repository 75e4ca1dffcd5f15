package dev.strata.runtime.testkit;

import java.util.Set;
import java.util.TreeSet;

/** {@code single-head}: the graph has exactly one head, or exactly the heads configured. */
final class SingleHeadCheck implements Check {
    private final MigrationTestSuite suite;

    SingleHeadCheck(MigrationTestSuite suite) {
        this.suite = suite;
    }

    @Override
    public String name() {
        return MigrationTestSuite.SINGLE_HEAD;
    }

    @Override
    public CheckResult run() {
        Set<String> heads = suite.migrations().graph().heads();
        Set<String> expected = suite.expectedHeads();
        if (!expected.isEmpty()) {
            if (heads.equals(expected)) {
                return CheckResult.pass(name(), suite.heads(), "the heads are the expected " + String.join(", ", heads));
            }
            Set<String> missing = new TreeSet<>(expected);
            missing.removeAll(heads);
            Set<String> extra = new TreeSet<>(heads);
            extra.removeAll(expected);
            return CheckResult.fail(name(), suite.heads(), "the heads are " + String.join(", ", heads) + ", expected "
                    + String.join(", ", new TreeSet<>(expected))
                    + (extra.isEmpty() ? "" : "; unexpected: " + String.join(", ", extra))
                    + (missing.isEmpty() ? "" : "; not a head: " + String.join(", ", missing)));
        }
        if (heads.isEmpty()) {
            return CheckResult.skip(name(), null, "there are no migrations yet");
        }
        if (heads.size() == 1) {
            return CheckResult.pass(name(), suite.heads(), "one head: " + suite.heads());
        }
        return CheckResult.fail(name(), suite.heads(), heads.size() + " heads: " + String.join(", ", heads)
                + "; join them with `strata merge " + String.join(" ", heads) + " -m MSG`, or name the expected heads with --heads");
    }
}
