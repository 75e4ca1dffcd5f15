package dev.strata.runtime.sqlite;

import dev.strata.core.error.BadInputException;
import dev.strata.core.model.Column;
import dev.strata.core.model.Index;
import dev.strata.core.model.Table;
import dev.strata.core.ops.AddColumn;
import dev.strata.core.ops.DropColumn;
import dev.strata.core.ops.Operation;
import dev.strata.core.ops.RenameColumn;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One table rebuilt for a run of operations, as https://www.sqlite.org/lang_altertable.html ("Making Other
 * Kinds Of Table Schema Changes") describes: create the new table with the target definition, copy the rows
 * of the columns it keeps (following renames; new and generated columns take their defaults), drop the old
 * table, rename the new one, create the indexes again. The rename runs with {@code legacy_alter_table} on, so
 * that views and triggers naming the table, which point nowhere between the drop and the rename, do not make
 * SQLite refuse it; they name the table again once it is renamed.
 */
final class SqliteTableRebuild {
    private final SqliteClauses sql;

    SqliteTableRebuild(SqliteClauses sql) {
        this.sql = sql;
    }

    /**
     * @param current the table before the run
     * @param run     the operations on it, in order
     * @param reasons the operations that SQLite has no in-place form for
     */
    void render(Table current, List<Operation> run, List<String> reasons, List<String> out) {
        // target column -> the column of the old table its values come from (null: a new column)
        Map<String, String> source = new HashMap<>();
        for (Column column : current.columns()) {
            source.put(column.name(), column.name());
        }
        Table target = current;
        for (Operation operation : run) {
            if (operation instanceof AddColumn op) {
                source.put(op.column().name(), null);
            } else if (operation instanceof DropColumn op) {
                source.remove(op.column().name());
            } else if (operation instanceof RenameColumn op) {
                source.put(op.to(), source.remove(op.from()));
            }
            target = SqliteTables.apply(target, operation, sql);
        }
        List<String> targetColumns = new ArrayList<>();
        List<String> sourceColumns = new ArrayList<>();
        for (Column column : target.columns()) {
            String from = source.get(column.name());
            if (from != null && column.generated() == null) {
                targetColumns.add(sql.quote(column.name()));
                sourceColumns.add(sql.quote(from));
            }
        }
        if (targetColumns.isEmpty()) {
            throw new BadInputException("rebuilding SQLite table " + current.name() + " would keep none of its columns, so its rows would be lost",
                    "drop the table and create it again instead");
        }
        String name = target.name();
        String temporary = SqliteRenderer.REBUILD_PREFIX + name;
        out.add(SqliteRenderer.NOTE + "SQLite has no in-place form for " + String.join(", ", reasons) + ": the table is rebuilt"
                + " (https://www.sqlite.org/lang_altertable.html#otheralter); this needs foreign_keys off, and triggers on the"
                + " table are not created again");
        out.add(sql.createTable(target, temporary));
        out.add("INSERT INTO " + sql.quote(temporary) + " (" + String.join(", ", targetColumns) + ") SELECT "
                + String.join(", ", sourceColumns) + " FROM " + sql.quote(current.name()));
        out.add("DROP TABLE " + sql.quote(current.name()));
        out.add("PRAGMA legacy_alter_table = ON");
        out.add("ALTER TABLE " + sql.quote(temporary) + " RENAME TO " + sql.quote(name));
        out.add("PRAGMA legacy_alter_table = OFF");
        for (Index index : target.indexes()) {
            out.add(sql.createIndex(name, index));
        }
    }
}
