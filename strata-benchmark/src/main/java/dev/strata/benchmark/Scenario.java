package dev.strata.benchmark;

import java.util.Locale;

/** What a child run does against its database. */
public enum Scenario {
    /** Apply every migration to an empty database. */
    APPLY,
    /** Run {@code upgrade} (migrate, update) when every migration is already applied: pure load and validate. */
    UPTODATE,
    /** Report the current state (Strata {@code current}, Flyway {@code info}, Liquibase {@code status}). */
    STATUS;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Scenario parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT).replace("-", ""));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown scenario '" + text + "' (apply, uptodate, status)", e);
        }
    }
}
