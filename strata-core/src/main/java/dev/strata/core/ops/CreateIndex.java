package dev.strata.core.ops;

import dev.strata.core.model.Index;
import dev.strata.core.model.TableRef;

import java.util.Objects;

/** {@code CREATE INDEX} on a table. */
public record CreateIndex(TableRef table, Index index) implements Operation {
    public CreateIndex {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(index, "index");
    }

    @Override
    public DropIndex reverse() {
        return new DropIndex(table, index);
    }
}
