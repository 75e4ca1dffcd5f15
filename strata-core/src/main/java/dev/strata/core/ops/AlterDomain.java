package dev.strata.core.ops;

import dev.strata.core.model.Domain;

import java.util.Objects;

/** A change of a domain (default, nullability, checks, collation). A change of base type cannot be altered in place; the renderer says so. */
public record AlterDomain(String namespace, Domain from, Domain to) implements Operation {
    public AlterDomain {
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    @Override
    public AlterDomain reverse() {
        return new AlterDomain(namespace, to, from);
    }
}
