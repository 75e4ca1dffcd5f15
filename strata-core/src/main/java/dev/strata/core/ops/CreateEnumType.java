package dev.strata.core.ops;

import dev.strata.core.model.EnumType;

import java.util.Objects;

/** {@code CREATE TYPE … AS ENUM (…)}. */
public record CreateEnumType(String namespace, EnumType type) implements Operation {
    public CreateEnumType {
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(type, "type");
    }

    @Override
    public DropEnumType reverse() {
        return new DropEnumType(namespace, type);
    }
}
