package dev.strata.core.ops;

import dev.strata.core.model.Extension;

import java.util.Objects;

/** {@code ALTER EXTENSION … UPDATE TO} / {@code SET SCHEMA}: a change of version or schema. */
public record AlterExtension(Extension from, Extension to) implements Operation {
    public AlterExtension {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    @Override
    public AlterExtension reverse() {
        return new AlterExtension(to, from);
    }
}
