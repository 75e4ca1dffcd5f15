package dev.strata.core.ops;

import dev.strata.core.model.TableRef;

import java.util.Objects;

/** {@code COMMENT ON VIEW} / {@code MATERIALIZED VIEW}; a null comment removes it. */
public record SetViewComment(TableRef view, String from, String to) implements Operation {
    public SetViewComment {
        Objects.requireNonNull(view, "view");
    }

    @Override
    public SetViewComment reverse() {
        return new SetViewComment(view, to, from);
    }
}
