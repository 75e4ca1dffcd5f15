package dev.strata.core.ops;

import java.util.Objects;

/** {@code ALTER TABLE from RENAME TO to}, within one namespace. */
public record RenameTable(String namespace, String from, String to) implements Operation {
    public RenameTable {
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    @Override
    public RenameTable reverse() {
        return new RenameTable(namespace, to, from);
    }
}
