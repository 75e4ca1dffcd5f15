package dev.strata.core.ops;

import dev.strata.core.model.Sequence;

import java.util.Objects;

/** {@code DROP SEQUENCE}, carrying the sequence so it can be created again (its current value is not kept). */
public record DropSequence(String namespace, Sequence sequence) implements Operation {
    public DropSequence {
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(sequence, "sequence");
    }

    @Override
    public CreateSequence reverse() {
        return new CreateSequence(namespace, sequence);
    }
}
