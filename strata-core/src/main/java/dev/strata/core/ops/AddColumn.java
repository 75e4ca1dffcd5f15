package dev.strata.core.ops;

import dev.strata.core.model.Column;
import dev.strata.core.model.TableRef;

import java.util.Objects;

/** {@code ALTER TABLE … ADD COLUMN}. */
public record AddColumn(TableRef table, Column column) implements Operation {
    public AddColumn {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(column, "column");
    }

    @Override
    public DropColumn reverse() {
        return new DropColumn(table, column);
    }
}
