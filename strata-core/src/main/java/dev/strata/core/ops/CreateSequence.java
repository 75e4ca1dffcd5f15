package dev.strata.core.ops;

import dev.strata.core.model.Sequence;

import java.util.Objects;

/** {@code CREATE SEQUENCE}. */
public record CreateSequence(String namespace, Sequence sequence) implements Operation {
    public CreateSequence {
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(sequence, "sequence");
    }

    @Override
    public DropSequence reverse() {
        return new DropSequence(namespace, sequence);
    }
}
