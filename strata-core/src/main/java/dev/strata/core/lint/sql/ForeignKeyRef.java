package dev.strata.core.lint.sql;

import java.util.List;

/** The target of a foreign key: {@code REFERENCES table (columns)}; columns empty when not written. */
public record ForeignKeyRef(String table, List<String> columns) {
    public ForeignKeyRef {
        columns = List.copyOf(columns);
    }
}
