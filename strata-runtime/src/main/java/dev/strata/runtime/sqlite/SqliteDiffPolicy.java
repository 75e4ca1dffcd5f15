package dev.strata.runtime.sqlite;

import dev.strata.core.diff.ConstraintKind;
import dev.strata.core.diff.DiffPolicy;
import dev.strata.core.diff.expression.ExpressionNormalizer;
import dev.strata.core.model.ColumnType;
import dev.strata.core.model.Index;
import dev.strata.core.model.Table;

import java.util.Locale;

/**
 * SQLite keeps types and defaults as written, so they are compared as written, up to case and spacing:
 * {@code VARCHAR(20)} = {@code varchar( 20 )}, but {@code INT} ≠ {@code INTEGER} (only {@code INTEGER PRIMARY KEY}
 * is the rowid) and {@code '1'} ≠ {@code 1}. Names SQLite makes up are {@code sqlite_autoindex_…}. Foreign keys
 * are declared inside {@code CREATE TABLE}, since SQLite cannot add one to an existing table.
 */
public final class SqliteDiffPolicy implements DiffPolicy {

    static final String AUTOINDEX_PREFIX = "sqlite_autoindex_";

    @Override
    public boolean typesEquivalent(ColumnType a, ColumnType b) {
        return a.equals(b) || spelled(a).equals(spelled(b));
    }

    /** The type as compared: lower case, single spaces, parameters without spaces. */
    static String spelled(ColumnType type) {
        StringBuilder out = new StringBuilder(type.name().toLowerCase(Locale.ROOT));
        if (!type.params().isEmpty()) {
            out.append('(');
            for (int i = 0; i < type.params().size(); i++) {
                out.append(i == 0 ? "" : ",").append(type.params().get(i).replaceAll("\\s+", "").toLowerCase(Locale.ROOT));
            }
            out.append(')');
        }
        return out.append("[]".repeat(type.arrayDimensions())).toString();
    }

    /** As written, up to case, spacing and redundant parentheses; {@code NULL} is no default. */
    @Override
    public boolean defaultsEquivalent(String a, String b, ColumnType type) {
        String left = isNull(a) ? null : a;
        String right = isNull(b) ? null : b;
        return ExpressionNormalizer.equivalent(left, right);
    }

    private static boolean isNull(String value) {
        return value == null || value.isBlank() || value.strip().equalsIgnoreCase("null");
    }

    @Override
    public boolean isGeneratedIndexName(Table table, Index index) {
        return index.name() != null && index.name().startsWith(AUTOINDEX_PREFIX);
    }

    @Override
    public boolean isGeneratedConstraintName(Table table, ConstraintKind kind, String name) {
        return name == null || name.startsWith(AUTOINDEX_PREFIX);
    }

    @Override
    public boolean foreignKeysInline() {
        return true;
    }
}
