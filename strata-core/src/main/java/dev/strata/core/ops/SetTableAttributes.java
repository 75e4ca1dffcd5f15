package dev.strata.core.ops;

import dev.strata.core.model.TableRef;

import java.util.Map;
import java.util.Objects;

/** A change of a table's dialect attributes (MariaDB {@code ENGINE}, {@code DEFAULT CHARSET}, {@code COLLATE}). */
public record SetTableAttributes(TableRef table, Map<String, String> from, Map<String, String> to) implements Operation {
    public SetTableAttributes {
        Objects.requireNonNull(table, "table");
        from = Map.copyOf(from);
        to = Map.copyOf(to);
    }

    @Override
    public SetTableAttributes reverse() {
        return new SetTableAttributes(table, to, from);
    }
}
