package dev.strata.core.ops;

import dev.strata.core.error.NotReversibleException;

import java.util.Objects;

/**
 * {@code ALTER TYPE … ADD VALUE 'value' BEFORE 'before'} or {@code … AFTER 'after'}: at most one of the two
 * is set; with neither, the value goes last. Not reversible: PostgreSQL cannot remove a value from an enum type.
 */
public record AddEnumValue(String namespace, String typeName, String value, String before, String after)
        implements Operation {
    public AddEnumValue {
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(typeName, "typeName");
        Objects.requireNonNull(value, "value");
        if (before != null && after != null) {
            throw new IllegalArgumentException("an enum value goes before one value or after one, not both");
        }
    }

    @Override
    public Operation reverse() {
        throw new NotReversibleException(
                "cannot reverse adding value '" + value + "' to enum type " + namespace + "." + typeName
                        + ": PostgreSQL cannot remove a value from an enum type",
                "write the downgrade by hand (rebuild the type) or declare it '-- strata:downgrade irreversible'");
    }
}
