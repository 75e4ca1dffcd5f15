package dev.strata.core.model;

import java.util.Objects;

/**
 * A check constraint. {@code expression} is the condition without {@code CHECK} and as the database
 * spells it; {@code validated} is false for a PostgreSQL {@code NOT VALID} constraint.
 */
public record CheckConstraint(String name, String expression, boolean validated) {
    public CheckConstraint {
        Objects.requireNonNull(expression, "expression");
    }

    public static CheckConstraint of(String name, String expression) {
        return new CheckConstraint(name, expression, true);
    }

    public CheckConstraint notValid() {
        return new CheckConstraint(name, expression, false);
    }
}
