package dev.strata.core.model;

import java.util.List;

/** A PostgreSQL enum type: its values in their sort order. (A MariaDB {@code ENUM} is a column type.) */
public record EnumType(String name, List<String> values) {
    public EnumType {
        Attributes.requireName(name, "an enum type");
        values = List.copyOf(values);
    }

    public static EnumType of(String name, String... values) {
        return new EnumType(name, List.of(values));
    }
}
