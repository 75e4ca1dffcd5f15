package dev.strata.core.ops;

import dev.strata.core.model.ForeignKey;
import dev.strata.core.model.TableRef;

import java.util.Objects;

/** {@code ALTER TABLE … ADD CONSTRAINT … FOREIGN KEY} ({@code NOT VALID} when the key is not validated). */
public record AddForeignKey(TableRef table, ForeignKey foreignKey) implements Operation {
    public AddForeignKey {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(foreignKey, "foreignKey");
    }

    @Override
    public DropForeignKey reverse() {
        return new DropForeignKey(table, foreignKey);
    }
}
