package dev.strata.core.ops;

import java.util.Objects;

/** {@code CREATE SCHEMA name}. */
public record CreateSchema(String name) implements Operation {
    public CreateSchema {
        Objects.requireNonNull(name, "name");
    }

    @Override
    public DropSchema reverse() {
        return new DropSchema(name);
    }
}
