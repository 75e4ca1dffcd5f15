package dev.strata.core.lint.sql;

import java.util.List;

/**
 * The target of a foreign key: {@code REFERENCES table (columns)}; columns empty when not written.
 *
 * @param onDelete the {@code ON DELETE} action as written ({@code CASCADE}, {@code SET NULL}, {@code RESTRICT},
 *                 {@code NO ACTION} …), or null when the statement leaves it to the default
 */
public record ForeignKeyRef(String table, List<String> columns, String onDelete) {
    public ForeignKeyRef {
        columns = List.copyOf(columns);
    }

    /** A reference with no {@code ON DELETE} written. */
    public ForeignKeyRef(String table, List<String> columns) {
        this(table, columns, null);
    }
}
