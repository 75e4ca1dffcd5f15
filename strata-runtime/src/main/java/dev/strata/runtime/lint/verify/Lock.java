package dev.strata.runtime.lint.verify;

import java.util.List;

/**
 * A lock the migration's backend held on a relation, as {@code pg_locks} showed it.
 *
 * @param relation    the relation's name (schema-qualified outside {@code public})
 * @param table       true for a table (or materialized view), false for an index or sequence
 * @param mode        PostgreSQL's name for the mode, e.g. {@code AccessExclusiveLock}
 * @param preexisting the relation existed before the migration began (locks on what the migration made harm no one)
 */
public record Lock(String relation, boolean table, String mode, boolean preexisting) {
    /** The modes in PostgreSQL's order of strength. */
    static final List<String> MODES = List.of("AccessShareLock", "RowShareLock", "RowExclusiveLock", "ShareUpdateExclusiveLock",
            "ShareLock", "ShareRowExclusiveLock", "ExclusiveLock", "AccessExclusiveLock");

    /** True when the mode conflicts with ROW EXCLUSIVE, the lock every INSERT, UPDATE and DELETE takes. */
    public boolean blocksWrites() {
        return strength() >= MODES.indexOf("ShareLock");
    }

    /** True when the mode conflicts with ACCESS SHARE too, the lock every SELECT takes. */
    public boolean blocksReads() {
        return mode.equals("AccessExclusiveLock");
    }

    int strength() {
        return MODES.indexOf(mode);
    }
}
