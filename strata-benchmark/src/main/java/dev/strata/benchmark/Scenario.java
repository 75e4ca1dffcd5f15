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
    HEAP10K;

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
                    + "' (apply, uptodate, status, introspect, diff, heap10k)", e);
        }
    }
}
