package dev.strata.core.ops;

import dev.strata.core.model.Sequence;

import java.util.Objects;

/** {@code ALTER SEQUENCE}: a change of type, start, increment, bounds, cache or cycling. */
public record AlterSequence(String namespace, Sequence from, Sequence to) implements Operation {
    public AlterSequence {
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    @Override
    public AlterSequence reverse() {
        return new AlterSequence(namespace, to, from);
    }
}
