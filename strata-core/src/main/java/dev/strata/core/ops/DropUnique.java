package dev.strata.core.ops;

import dev.strata.core.model.TableRef;
import dev.strata.core.model.UniqueConstraint;

import java.util.Objects;

/** {@code ALTER TABLE … DROP CONSTRAINT} of a unique constraint, carrying it. */
public record DropUnique(TableRef table, UniqueConstraint unique) implements Operation {
    public DropUnique {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(unique, "unique");
    }

    @Override
    public AddUnique reverse() {
        return new AddUnique(table, unique);
    }
}
