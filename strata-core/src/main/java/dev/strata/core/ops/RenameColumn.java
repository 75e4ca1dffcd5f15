package dev.strata.core.ops;

import dev.strata.core.model.TableRef;

import java.util.Objects;

/** {@code ALTER TABLE … RENAME COLUMN from TO to}; {@code table} is the table's name at that point. */
public record RenameColumn(TableRef table, String from, String to) implements Operation {
    public RenameColumn {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    @Override
    public RenameColumn reverse() {
        return new RenameColumn(table, to, from);
    }
}
