package dev.strata.runtime.testkit;

/** {@code lint}: no error-severity lint findings. Lint does not exist yet, so this is always skipped. */
final class LintCheck implements Check {
    @Override
    public String name() {
        return MigrationTestSuite.LINT;
    }

    @Override
    public CheckResult run() {
        return CheckResult.skip(name(), null, "lint is not available yet");
    }
}
