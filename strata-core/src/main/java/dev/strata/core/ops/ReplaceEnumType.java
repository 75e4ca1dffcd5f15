package dev.strata.core.ops;

import dev.strata.core.model.EnumType;

import java.util.Objects;

/** A change of an enum type that is not only added values (a value removed or reordered). PostgreSQL cannot alter that in place: the renderer rebuilds the type (rename the old, create the new, convert the columns using it, drop the old). */
public record ReplaceEnumType(String namespace, EnumType from, EnumType to) implements Operation {
    public ReplaceEnumType {
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    @Override
    public ReplaceEnumType reverse() {
        return new ReplaceEnumType(namespace, to, from);
    }
}
