package dev.strata.core.model;

/**
 * A PostgreSQL extension. {@code schema} and {@code version} are null when not pinned, and are then not compared.
 */
public record Extension(String name, String schema, String version) {
    public Extension {
        Attributes.requireName(name, "an extension");
    }

    public static Extension of(String name) {
        return new Extension(name, null, null);
    }
}
