package dev.strata.core.model;

import java.util.List;

/** A primary key; {@code name} is null when the database is left to name it. */
public record PrimaryKey(String name, List<String> columns) {
    public PrimaryKey {
        columns = List.copyOf(columns);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("a primary key needs at least one column");
        }
    }

    public static PrimaryKey of(String... columns) {
        return new PrimaryKey(null, List.of(columns));
    }

    public PrimaryKey named(String newName) {
        return new PrimaryKey(newName, columns);
    }
}
