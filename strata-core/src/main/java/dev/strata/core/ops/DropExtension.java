package dev.strata.core.ops;

import dev.strata.core.model.Extension;

import java.util.Objects;

/** {@code DROP EXTENSION}, carrying the extension so it can be created again. */
public record DropExtension(Extension extension) implements Operation {
    public DropExtension {
        Objects.requireNonNull(extension, "extension");
    }

    @Override
    public CreateExtension reverse() {
        return new CreateExtension(extension);
    }
}
