package dev.strata.core.ops;

import dev.strata.core.model.Domain;

import java.util.Objects;

/** {@code DROP DOMAIN}, carrying the domain so it can be created again. */
public record DropDomain(String namespace, Domain domain) implements Operation {
    public DropDomain {
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(domain, "domain");
    }

    @Override
    public CreateDomain reverse() {
        return new CreateDomain(namespace, domain);
    }
}
