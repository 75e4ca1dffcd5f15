package dev.strata.core.ops;

import dev.strata.core.model.Index;
import dev.strata.core.model.TableRef;

import java.util.Objects;

/** {@code DROP INDEX}, carrying the index so it can be created again. */
public record DropIndex(TableRef table, Index index) implements Operation {
    public DropIndex {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(index, "index");
    }

    @Override
    public CreateIndex reverse() {
        return new CreateIndex(table, index);
    }
}
