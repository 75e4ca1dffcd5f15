package dev.strata.core.model;

import java.util.Objects;

/** A view or materialized view, by its defining query as the database spells it. */
public record View(String name, String definition, boolean materialized, String comment) {
    public View {
        Attributes.requireName(name, "a view");
        Objects.requireNonNull(definition, "definition");
    }

    public static View of(String name, String definition) {
        return new View(name, definition, false, null);
    }

    public static View materialized(String name, String definition) {
        return new View(name, definition, true, null);
    }

    public View withDefinition(String newDefinition) {
        return new View(name, newDefinition, materialized, comment);
    }

    public View withComment(String newComment) {
        return new View(name, definition, materialized, newComment);
    }
}
