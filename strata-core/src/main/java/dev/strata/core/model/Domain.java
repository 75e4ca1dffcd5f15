package dev.strata.core.model;

import java.util.List;
import java.util.Objects;

/** A PostgreSQL domain: a base type with nullability, a default, checks and a collation. */
public record Domain(String name, ColumnType baseType, boolean nullable, String defaultExpression,
                     List<CheckConstraint> checks, String collation) {
    public Domain {
        Attributes.requireName(name, "a domain");
        Objects.requireNonNull(baseType, "baseType");
        checks = NamedList.of(checks, CheckConstraint::name, "check constraint");
    }

    public static Domain of(String name, ColumnType baseType) {
        return new Domain(name, baseType, true, null, List.of(), null);
    }

    public Domain notNull() {
        return new Domain(name, baseType, false, defaultExpression, checks, collation);
    }

    public Domain withDefault(String expression) {
        return new Domain(name, baseType, nullable, expression, checks, collation);
    }

    public Domain withChecks(CheckConstraint... newChecks) {
        return new Domain(name, baseType, nullable, defaultExpression, List.of(newChecks), collation);
    }
}
