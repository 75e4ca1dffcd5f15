package dev.strata.core.ops;

import dev.strata.core.model.Domain;

import java.util.Objects;

/** {@code CREATE DOMAIN}. */
public record CreateDomain(String namespace, Domain domain) implements Operation {
    public CreateDomain {
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(domain, "domain");
    }

    @Override
    public DropDomain reverse() {
        return new DropDomain(namespace, domain);
    }
}
