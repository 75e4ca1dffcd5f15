package dev.strata.benchmark;

import java.util.Locale;

/** What a child run does against its database. */
public enum Scenario {
    /** Apply every migration to an empty database. */
    APPLY,
    /** Run {@code upgrade} (migrate, update) when every migration is already applied: pure load and validate. */
    UPTODATE,
    /** Report the current state (Strata {@code current}, Flyway {@code info}, Liquibase {@code status}). */
    STATUS,
    /** Read a large schema (see {@link SchemaWorkload}) into a model: Strata, Liquibase's snapshot, the catalog floor. */
    INTROSPECT,
    /** Compare two models of large schemas that differ in a few columns and indexes (Strata only). */
    DIFF,
    /** Inspect and diff two 10,000-table schemas in a child JVM with a 512 MB heap (Strata only). */
    HEAP10K,
    /**
     * Schema changes on a table under a concurrent workload, each once naively and once the Strata way (see
     * {@link dev.strata.benchmark.load.LoadBenchmark}); not part of the default run.
     */
    LOAD;

    /** The scenarios that run when {@code --scenarios} is not given: all but {@link #LOAD}, which takes minutes. */
    public static java.util.List<Scenario> defaults() {
        return java.util.Arrays.stream(values()).filter(s -> s != LOAD).toList();
    }

    /** Migration scenarios, sized by {@code --n}: neither a schema scenario nor {@link #LOAD}. */
    public boolean isMigrations() {
        return !isSchema() && this != LOAD;
    }

    /** The scenarios that read a large schema instead of applying migrations. */
    public boolean isSchema() {
        return this == INTROSPECT || this == DIFF || this == HEAP10K;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Scenario parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT).replace("-", ""));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown scenario '" + text
                    + "' (apply, uptodate, status, introspect, diff, heap10k, load)", e);
        }
    }
}
