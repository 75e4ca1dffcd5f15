package dev.strata.core.ops;

import dev.strata.core.model.Table;

import java.util.Objects;

/** {@code CREATE TABLE}: the table's columns, primary key, unique, check and exclusion constraints. Its indexes travel as {@link CreateIndex} operations and, unless the dialect declares foreign keys inline, its foreign keys as {@link AddForeignKey}; what the table holds here is what the statement creates. */
public record CreateTable(String namespace, Table table) implements Operation {
    public CreateTable {
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(table, "table");
    }

    @Override
    public DropTable reverse() {
        return new DropTable(namespace, table);
    }
}
