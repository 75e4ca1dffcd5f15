package dev.strata.core.model;

import java.util.List;

/** A unique constraint; {@code nullsNotDistinct} is PostgreSQL 15's {@code UNIQUE NULLS NOT DISTINCT}. */
public record UniqueConstraint(String name, List<String> columns, boolean nullsNotDistinct, boolean deferrable,
                               boolean initiallyDeferred) {
    public UniqueConstraint {
        columns = List.copyOf(columns);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("unique constraint " + name + " needs at least one column");
        }
    }

    public static UniqueConstraint of(String name, String... columns) {
        return new UniqueConstraint(name, List.of(columns), false, false, false);
    }

    public UniqueConstraint deferrable(boolean isInitiallyDeferred) {
        return new UniqueConstraint(name, columns, nullsNotDistinct, true, isInitiallyDeferred);
    }
}
