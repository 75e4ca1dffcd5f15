package dev.strata.core.ops;

import dev.strata.core.model.TableRef;

import java.util.Objects;

/** {@code COMMENT ON TABLE}; a null comment removes it. */
public record SetTableComment(TableRef table, String from, String to) implements Operation {
    public SetTableComment {
        Objects.requireNonNull(table, "table");
    }

    @Override
    public SetTableComment reverse() {
        return new SetTableComment(table, to, from);
    }
}
