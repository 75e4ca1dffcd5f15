package dev.strata.runtime.mariadb;

import dev.strata.core.model.Column;
import dev.strata.core.model.Namespace;
import dev.strata.core.model.Schema;
import dev.strata.core.model.Table;
import dev.strata.core.model.TableRef;
import dev.strata.core.ops.AddColumn;
import dev.strata.core.ops.AlterColumn;
import dev.strata.core.ops.CreateTable;
import dev.strata.core.ops.DropColumn;
import dev.strata.core.ops.DropTable;
import dev.strata.core.ops.Operation;
import dev.strata.core.ops.RenameColumn;
import dev.strata.core.ops.RenameTable;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The columns of each table the MariaDB renderer knows, kept up to date operation by operation while it renders:
 * those of the schema it was given (the database before the script) and of the tables the script creates. A change
 * of a table's default character set needs them, since no operation names the columns that follow the default.
 */
final class MariaDbColumnsInScript {
    private final Map<TableRef, List<Column>> tables = new HashMap<>();

    MariaDbColumnsInScript(Schema before) {
        for (Namespace namespace : before.namespaces()) {
            for (Table table : namespace.tables()) {
                tables.put(new TableRef(namespace.name(), table.name()), new ArrayList<>(table.columns()));
            }
        }
    }

    /** The table's columns at this point of the script, in order, or null when the renderer does not know the table. */
    List<Column> columns(TableRef table) {
        List<Column> columns = tables.get(table);
        return columns == null ? null : List.copyOf(columns);
    }

    /** Follows an operation that has just been rendered. */
    void follow(Operation operation) {
        if (operation instanceof CreateTable op) {
            tables.put(new TableRef(op.namespace(), op.table().name()), new ArrayList<>(op.table().columns()));
        } else if (operation instanceof DropTable op) {
            tables.remove(new TableRef(op.namespace(), op.table().name()));
        } else if (operation instanceof RenameTable op) {
            List<Column> columns = tables.remove(new TableRef(op.namespace(), op.from()));
            if (columns != null) {
                tables.put(new TableRef(op.namespace(), op.to()), columns);
            }
        } else if (operation instanceof AddColumn op) {
            List<Column> columns = tables.get(op.table());
            if (columns != null) {
                columns.add(op.column());
            }
        } else if (operation instanceof DropColumn op) {
            List<Column> columns = tables.get(op.table());
            if (columns != null) {
                columns.removeIf(column -> column.name().equals(op.column().name()));
            }
        } else if (operation instanceof AlterColumn op) {
            replace(op.table(), op.from().name(), op.to());
        } else if (operation instanceof RenameColumn op) {
            List<Column> columns = tables.get(op.table());
            Column column = columns == null ? null : find(columns, op.from());
            if (column != null) {
                replace(op.table(), op.from(), column.withName(op.to()));
            }
        }
    }

    private void replace(TableRef table, String name, Column column) {
        List<Column> columns = tables.get(table);
        if (columns == null) {
            return;
        }
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(name)) {
                columns.set(i, column);
                return;
            }
        }
    }

    private static Column find(List<Column> columns, String name) {
        for (Column column : columns) {
            if (column.name().equals(name)) {
                return column;
            }
        }
        return null;
    }
}
