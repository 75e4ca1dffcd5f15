package dev.strata.core.ops;

import dev.strata.core.model.View;

import java.util.Objects;

/** {@code CREATE OR REPLACE VIEW} with a new definition (plain views only; a materialized view is dropped and created). */
public record ReplaceView(String namespace, View from, View to) implements Operation {
    public ReplaceView {
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    @Override
    public ReplaceView reverse() {
        return new ReplaceView(namespace, to, from);
    }
}
