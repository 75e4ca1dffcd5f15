package dev.strata.core.ops;

import dev.strata.core.model.PrimaryKey;
import dev.strata.core.model.TableRef;

import java.util.Objects;

/** {@code ALTER TABLE … DROP CONSTRAINT} of the primary key, carrying it. */
public record DropPrimaryKey(TableRef table, PrimaryKey primaryKey) implements Operation {
    public DropPrimaryKey {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(primaryKey, "primaryKey");
    }

    @Override
    public AddPrimaryKey reverse() {
        return new AddPrimaryKey(table, primaryKey);
    }
}
