package dev.strata.runtime.testkit;

import dev.strata.core.lint.Finding;
import dev.strata.core.lint.LintReport;
import dev.strata.core.lint.Severity;
import dev.strata.runtime.lint.Lint;

import java.nio.file.Path;

/** {@code lint}: no error-severity lint findings in any migration, judged for the server's dialect. */
final class LintCheck implements Check {
    private final MigrationTestSuite suite;

    LintCheck(MigrationTestSuite suite) {
        this.suite = suite;
    }

    @Override
    public String name() {
        return MigrationTestSuite.LINT;
    }

    @Override
    public CheckResult run() {
        LintReport report = Lint.run(suite.migrations(), Lint.options(suite.server().url().kind(), suite.lint(),
                suite.execution().lockTimeout()), null, Path.of("").toAbsolutePath());
        if (!report.hasErrors()) {
            return CheckResult.pass(name(), null, "no error findings in " + report.migrations().size() + " migration(s) ("
                    + report.count(Severity.WARNING) + " warning(s); `strata lint` lists them)");
        }
        Finding first = report.findings().stream().filter(f -> f.severity() == Severity.ERROR).findFirst().orElseThrow();
        return CheckResult.fail(name(), first.revision(), report.count(Severity.ERROR) + " error finding(s), the first "
                + first.file() + ":" + first.line() + " " + first.rule() + ": " + first.message() + " (`strata lint` lists them all)");
    }
}
