package dev.strata.core.diff;

import dev.strata.core.diff.expression.ExpressionNormalizer;
import dev.strata.core.model.ColumnType;
import dev.strata.core.model.Index;
import dev.strata.core.model.Table;

/**
 * The narrow questions the generic {@link SchemaDiffer} asks a dialect. Every method has a default that
 * suits PostgreSQL-like spelling; a dialect overrides only what differs for it.
 */
public interface DiffPolicy {

    /** The defaults alone. */
    DiffPolicy DEFAULT = new DiffPolicy() {
    };

    /** Whether two column types are the same type; by default, their {@link ColumnType#canonical()} forms are equal. */
    default boolean typesEquivalent(ColumnType a, ColumnType b) {
        return a.equals(b) || a.canonical().equals(b.canonical());
    }

    /** Whether two defaults of a column of this type mean the same; null is no default. */
    default boolean defaultsEquivalent(String a, String b, ColumnType type) {
        return ExpressionNormalizer.defaultsEquivalent(a, b, type);
    }

    /** Whether two expressions (checks, generated columns, index keys and predicates) mean the same. */
    default boolean expressionsEquivalent(String a, String b) {
        return ExpressionNormalizer.equivalent(a, b);
    }

    /** Whether two view definitions (queries) mean the same; by default, compared like expressions. */
    default boolean viewDefinitionsEquivalent(String a, String b) {
        return expressionsEquivalent(a, b);
    }

    /**
     * Whether the index's name is one the database made up ({@code users_email_idx}). Two indexes with
     * generated names and the same definition are the same index, whatever their names.
     */
    default boolean isGeneratedIndexName(Table table, Index index) {
        return false;
    }

    /** Whether the constraint's name is one the database made up ({@code users_pkey}, {@code orders_user_id_fkey}). */
    default boolean isGeneratedConstraintName(Table table, ConstraintKind kind, String name) {
        return false;
    }

    /**
     * Whether foreign keys are declared inside {@code CREATE TABLE} (SQLite, which cannot add one later)
     * rather than added after all tables exist. When true, {@code CreateTable} and {@code DropTable}
     * carry the table's foreign keys and tables are ordered so that referenced tables come first.
     */
    default boolean foreignKeysInline() {
        return false;
    }
}
