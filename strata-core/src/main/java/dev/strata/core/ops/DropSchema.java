package dev.strata.core.ops;

import java.util.Objects;

/** {@code DROP SCHEMA name}: its objects are dropped by their own operations, before it. */
public record DropSchema(String name) implements Operation {
    public DropSchema {
        Objects.requireNonNull(name, "name");
    }

    @Override
    public CreateSchema reverse() {
        return new CreateSchema(name);
    }
}
