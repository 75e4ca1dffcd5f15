package dev.strata.core.ops;

import dev.strata.core.model.Extension;

import java.util.Objects;

/** {@code CREATE EXTENSION}. */
public record CreateExtension(Extension extension) implements Operation {
    public CreateExtension {
        Objects.requireNonNull(extension, "extension");
    }

    @Override
    public DropExtension reverse() {
        return new DropExtension(extension);
    }
}
