package dev.strata.core.ops;

import dev.strata.core.model.EnumType;

import java.util.Objects;

/** {@code DROP TYPE} of an enum, carrying its values so it can be created again. */
public record DropEnumType(String namespace, EnumType type) implements Operation {
    public DropEnumType {
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(type, "type");
    }

    @Override
    public CreateEnumType reverse() {
        return new CreateEnumType(namespace, type);
    }
}
