package dev.strata.core.ops;

import dev.strata.core.model.Table;

import java.util.Objects;

/** {@code DROP TABLE}, carrying the table as the statement drops it, so it can be created again; its indexes and foreign keys are dropped by their own operations first. */
public record DropTable(String namespace, Table table) implements Operation {
    public DropTable {
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(table, "table");
    }

    @Override
    public CreateTable reverse() {
        return new CreateTable(namespace, table);
    }
}
