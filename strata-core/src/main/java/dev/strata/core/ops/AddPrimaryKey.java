package dev.strata.core.ops;

import dev.strata.core.model.PrimaryKey;
import dev.strata.core.model.TableRef;

import java.util.Objects;

/** {@code ALTER TABLE … ADD PRIMARY KEY}. */
public record AddPrimaryKey(TableRef table, PrimaryKey primaryKey) implements Operation {
    public AddPrimaryKey {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(primaryKey, "primaryKey");
    }

    @Override
    public DropPrimaryKey reverse() {
        return new DropPrimaryKey(table, primaryKey);
    }
}
