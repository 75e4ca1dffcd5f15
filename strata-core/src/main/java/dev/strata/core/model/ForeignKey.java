package dev.strata.core.model;

import java.util.List;
import java.util.Objects;

/**
 * A foreign key.
 *
 * @param name              the constraint name; null when the database is left to name it
 * @param columns           the referencing columns, in order
 * @param referencedTable   the referenced table; a null namespace means the referencing table's own
 * @param referencedColumns the referenced columns, in the same order
 * @param onDelete          {@code ON DELETE}; never null ({@link ReferentialAction#NO_ACTION} by default)
 * @param onUpdate          {@code ON UPDATE}; never null
 * @param deferrable        {@code DEFERRABLE}
 * @param initiallyDeferred {@code INITIALLY DEFERRED}
 * @param validated         false for a PostgreSQL constraint added {@code NOT VALID} and not validated since
 */
public record ForeignKey(String name, List<String> columns, TableRef referencedTable, List<String> referencedColumns,
                         ReferentialAction onDelete, ReferentialAction onUpdate, boolean deferrable,
                         boolean initiallyDeferred, boolean validated) {

    public ForeignKey {
        columns = List.copyOf(columns);
        Objects.requireNonNull(referencedTable, "referencedTable");
        referencedColumns = List.copyOf(referencedColumns);
        onDelete = onDelete == null ? ReferentialAction.NO_ACTION : onDelete;
        onUpdate = onUpdate == null ? ReferentialAction.NO_ACTION : onUpdate;
        if (columns.isEmpty() || columns.size() != referencedColumns.size()) {
            throw new IllegalArgumentException("foreign key " + name + " needs as many referenced columns as columns");
        }
    }

    /** {@code ForeignKey.of("fk_orders_user", List.of("user_id"), TableRef.of("public", "users"), List.of("id"))}. */
    public static ForeignKey of(String name, List<String> columns, TableRef referencedTable, List<String> referencedColumns) {
        return new ForeignKey(name, columns, referencedTable, referencedColumns, null, null, false, false, true);
    }

    public ForeignKey named(String newName) {
        return new ForeignKey(newName, columns, referencedTable, referencedColumns, onDelete, onUpdate, deferrable, initiallyDeferred, validated);
    }

    public ForeignKey onDelete(ReferentialAction action) {
        return new ForeignKey(name, columns, referencedTable, referencedColumns, action, onUpdate, deferrable, initiallyDeferred, validated);
    }

    public ForeignKey onUpdate(ReferentialAction action) {
        return new ForeignKey(name, columns, referencedTable, referencedColumns, onDelete, action, deferrable, initiallyDeferred, validated);
    }

    public ForeignKey deferrable(boolean isInitiallyDeferred) {
        return new ForeignKey(name, columns, referencedTable, referencedColumns, onDelete, onUpdate, true, isInitiallyDeferred, validated);
    }

    public ForeignKey notValid() {
        return new ForeignKey(name, columns, referencedTable, referencedColumns, onDelete, onUpdate, deferrable, initiallyDeferred, false);
    }

    public ForeignKey referencing(TableRef table) {
        return new ForeignKey(name, columns, table, referencedColumns, onDelete, onUpdate, deferrable, initiallyDeferred, validated);
    }
}
