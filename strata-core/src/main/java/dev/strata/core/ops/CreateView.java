package dev.strata.core.ops;

import dev.strata.core.model.View;

import java.util.Objects;

/** {@code CREATE VIEW} or {@code CREATE MATERIALIZED VIEW}. */
public record CreateView(String namespace, View view) implements Operation {
    public CreateView {
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(view, "view");
    }

    @Override
    public DropView reverse() {
        return new DropView(namespace, view);
    }
}
