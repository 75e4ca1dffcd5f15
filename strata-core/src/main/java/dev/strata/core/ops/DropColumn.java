package dev.strata.core.ops;

import dev.strata.core.model.Column;
import dev.strata.core.model.TableRef;

import java.util.Objects;

/** {@code ALTER TABLE … DROP COLUMN}, carrying the column so it can be added again (its data is not kept). */
public record DropColumn(TableRef table, Column column) implements Operation {
    public DropColumn {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(column, "column");
    }

    @Override
    public AddColumn reverse() {
        return new AddColumn(table, column);
    }
}
