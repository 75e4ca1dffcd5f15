package dev.strata.core.ops;

import dev.strata.core.model.ForeignKey;
import dev.strata.core.model.TableRef;

import java.util.Objects;

/** {@code ALTER TABLE … DROP CONSTRAINT} of a foreign key, carrying it. */
public record DropForeignKey(TableRef table, ForeignKey foreignKey) implements Operation {
    public DropForeignKey {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(foreignKey, "foreignKey");
    }

    @Override
    public AddForeignKey reverse() {
        return new AddForeignKey(table, foreignKey);
    }
}
