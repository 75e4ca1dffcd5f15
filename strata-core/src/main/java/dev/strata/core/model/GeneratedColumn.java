package dev.strata.core.model;

import java.util.Objects;

/**
 * A generated (computed) column: {@code GENERATED ALWAYS AS (expression) STORED} on PostgreSQL,
 * {@code VIRTUAL}/{@code PERSISTENT} on MariaDB, {@code VIRTUAL}/{@code STORED} on SQLite.
 */
public record GeneratedColumn(String expression, boolean stored) {
    public GeneratedColumn {
        Objects.requireNonNull(expression, "expression");
    }

    public static GeneratedColumn stored(String expression) {
        return new GeneratedColumn(expression, true);
    }

    public static GeneratedColumn virtual(String expression) {
        return new GeneratedColumn(expression, false);
    }
}
