package dev.strata.core.model;

import java.util.Objects;

/**
 * A table (or view) by name. {@code namespace} is the PostgreSQL schema, the MariaDB database or the
 * SQLite schema ({@code main}); it may be null only where "the same namespace as the referencing table"
 * is meant, as in a foreign key written without a schema.
 */
public record TableRef(String namespace, String name) {
    public TableRef {
        Objects.requireNonNull(name, "name");
    }

    public static TableRef of(String namespace, String name) {
        return new TableRef(namespace, name);
    }

    /** This reference with a namespace, when it has none. */
    public TableRef inNamespace(String defaultNamespace) {
        return namespace != null ? this : new TableRef(defaultNamespace, name);
    }

    /** {@code namespace.name}, or {@code name} alone. */
    @Override
    public String toString() {
        return namespace == null ? name : namespace + "." + name;
    }
}
