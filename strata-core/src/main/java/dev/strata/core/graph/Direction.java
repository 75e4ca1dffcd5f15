package dev.strata.core.graph;

/** Which way a step moves the database. */
public enum Direction {
    UPGRADE, DOWNGRADE;

    /** The word used in output and in the history table: {@code upgrade} or {@code downgrade}. */
    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
