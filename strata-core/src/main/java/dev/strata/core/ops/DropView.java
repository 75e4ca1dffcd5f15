package dev.strata.core.ops;

import dev.strata.core.model.View;

import java.util.Objects;

/** {@code DROP VIEW} or {@code DROP MATERIALIZED VIEW}, carrying the view so it can be created again. */
public record DropView(String namespace, View view) implements Operation {
    public DropView {
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(view, "view");
    }

    @Override
    public CreateView reverse() {
        return new CreateView(namespace, view);
    }
}
