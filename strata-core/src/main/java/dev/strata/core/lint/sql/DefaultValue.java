package dev.strata.core.lint.sql;

import java.util.Set;

/**
 * A column default.
 *
 * @param sql       the expression as written
 * @param functions the names (lowercased, without schema) of every function the expression calls
 */
public record DefaultValue(String sql, Set<String> functions) {
    public DefaultValue {
        functions = Set.copyOf(functions);
    }
}
