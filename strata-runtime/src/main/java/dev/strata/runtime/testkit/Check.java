package dev.strata.runtime.testkit;

/** One check of the migration test suite: a built-in one or a data test. Each uses scratch databases of its own. */
public interface Check {
    /** The name reported: {@code single-head}, {@code upgrade}, …, or {@code tests/<revision>}. */
    String name();

    /** Runs the check; the suite measures how long it took. */
    CheckResult run();
}
