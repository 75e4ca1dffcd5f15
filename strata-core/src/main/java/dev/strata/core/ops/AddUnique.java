package dev.strata.core.ops;

import dev.strata.core.model.TableRef;
import dev.strata.core.model.UniqueConstraint;

import java.util.Objects;

/** {@code ALTER TABLE … ADD CONSTRAINT … UNIQUE}. */
public record AddUnique(TableRef table, UniqueConstraint unique) implements Operation {
    public AddUnique {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(unique, "unique");
    }

    @Override
    public DropUnique reverse() {
        return new DropUnique(table, unique);
    }
}
