package dev.strata.runtime.sqlite;

import dev.strata.core.dialect.SqlDialect;
import dev.strata.core.error.BadInputException;
import dev.strata.core.model.Index;
import dev.strata.core.model.Schema;
import dev.strata.core.model.Table;
import dev.strata.core.model.View;
import dev.strata.core.ops.AddCheck;
import dev.strata.core.ops.AddColumn;
import dev.strata.core.ops.AddForeignKey;
import dev.strata.core.ops.AddPrimaryKey;
import dev.strata.core.ops.AddUnique;
import dev.strata.core.ops.AlterColumn;
import dev.strata.core.ops.CreateIndex;
import dev.strata.core.ops.CreateTable;
import dev.strata.core.ops.CreateView;
import dev.strata.core.ops.DropCheck;
import dev.strata.core.ops.DropColumn;
import dev.strata.core.ops.DropForeignKey;
import dev.strata.core.ops.DropIndex;
import dev.strata.core.ops.DropPrimaryKey;
import dev.strata.core.ops.DropTable;
import dev.strata.core.ops.DropUnique;
import dev.strata.core.ops.DropView;
import dev.strata.core.ops.Operation;
import dev.strata.core.ops.RenameColumn;
import dev.strata.core.ops.RenameTable;
import dev.strata.core.ops.ReplaceView;
import dev.strata.core.ops.SetTableAttributes;
import dev.strata.runtime.DdlRenderer;

import java.util.ArrayList;
import java.util.List;

/**
 * Renders operations to SQLite DDL (3.35 and later). SQLite alters a table in place only to add, drop or
 * rename a column or rename the table; every other change (a column's type, nullability or default, keys,
 * foreign keys, checks, table options, dropping a column a key or constraint uses) rebuilds the table the
 * way SQLite documents it, inside the script's transaction: a new table with the target definition, the rows
 * copied, the old table dropped, the new one renamed, the indexes created again. Consecutive operations on one
 * table make one rebuild.
 *
 * <p>A rebuild needs the whole target table, which no single operation carries: the renderer knows the tables
 * of the schema it is given (the database before the migration) and those the script creates, and keeps them
 * up to date operation by operation. Without that schema, a rebuild of a table the script did not create is
 * refused with a {@link BadInputException}. The rebuild assumes {@code foreign_keys} is off for the connection
 * (SQLite's default, and Strata's): it cannot be switched inside a transaction, and with it on, dropping the
 * old table would run the ON DELETE actions of the tables that reference it. The model has no triggers, so
 * triggers on a rebuilt table are not created again.
 */
public final class SqliteRenderer implements DdlRenderer {
    static final String NOTE = "-- note: ";
    static final String REBUILD_PREFIX = "strata_new_";

    private final SqliteClauses sql;
    private final Schema before;

    /** A renderer that knows only the tables the rendered operations create. */
    public SqliteRenderer(SqlDialect dialect) {
        this(dialect, Schema.EMPTY);
    }

    /** A renderer that knows the tables of {@code before}, the schema the operations start from. */
    public SqliteRenderer(SqlDialect dialect, Schema before) {
        this.sql = new SqliteClauses(dialect);
        this.before = before;
    }

    @Override
    public RenderedScript render(List<Operation> operations) {
        SqliteTables tables = new SqliteTables(before);
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < operations.size()) {
            String table = alteredTable(operations.get(i));
            if (table == null) {
                renderOther(operations.get(i), tables, out);
                i++;
                continue;
            }
            int end = i + 1;
            while (end < operations.size() && table.equals(alteredTable(operations.get(end)))) {
                end++;
            }
            renderRun(table, operations.subList(i, end), tables, out);
            i = end;
        }
        return new RenderedScript(out, true);
    }

    /** The table a table-level change applies to (one a rebuild can absorb), or null for any other operation. */
    private static String alteredTable(Operation operation) {
        if (operation instanceof AddColumn op) {
            return op.table().name();
        } else if (operation instanceof DropColumn op) {
            return op.table().name();
        } else if (operation instanceof AlterColumn op) {
            return op.table().name();
        } else if (operation instanceof RenameColumn op) {
            return op.table().name();
        } else if (operation instanceof AddPrimaryKey op) {
            return op.table().name();
        } else if (operation instanceof DropPrimaryKey op) {
            return op.table().name();
        } else if (operation instanceof AddForeignKey op) {
            return op.table().name();
        } else if (operation instanceof DropForeignKey op) {
            return op.table().name();
        } else if (operation instanceof AddUnique op) {
            return op.table().name();
        } else if (operation instanceof DropUnique op) {
            return op.table().name();
        } else if (operation instanceof AddCheck op) {
            return op.table().name();
        } else if (operation instanceof DropCheck op) {
            return op.table().name();
        } else if (operation instanceof CreateIndex op) {
            return op.table().name();
        } else if (operation instanceof DropIndex op) {
            return op.table().name();
        } else if (operation instanceof SetTableAttributes op) {
            return op.table().name();
        }
        return null;
    }

    /** Consecutive changes of one table: each in place when SQLite can do them all so, else one rebuild. */
    private void renderRun(String name, List<Operation> run, SqliteTables tables, List<String> out) {
        Table current = tables.get(name);
        Table table = current;
        BadInputException outOfStep = null;
        List<String> reasons = new ArrayList<>();
        for (Operation operation : run) {
            if (needsRebuild(operation, table)) {
                String reason = operation.getClass().getSimpleName();
                if (!reasons.contains(reason)) {
                    reasons.add(reason);
                }
            }
            if (table != null) {
                try {
                    table = SqliteTables.apply(table, operation, sql);
                } catch (BadInputException e) {
                    outOfStep = e; // the schema given does not match the operations: fatal only for a rebuild
                    table = null;
                }
            }
        }
        if (reasons.isEmpty()) {
            for (Operation operation : run) {
                renderInPlace(operation, tables, out);
            }
            return;
        }
        if (current == null) {
            throw new BadInputException("SQLite cannot " + String.join(", ", reasons) + " on table " + name + " in place,"
                    + " and rebuilding the table needs its whole definition, which the renderer does not have",
                    "render with new SqliteRenderer(dialect, schemaBeforeTheMigration), or change the table in the migration that creates it");
        }
        if (outOfStep != null) {
            throw outOfStep;
        }
        new SqliteTableRebuild(sql).render(current, run, reasons, out);
        tables.put(table);
        for (Operation operation : run) {
            if (operation instanceof RenameColumn op) {
                tables.renameReferencedColumn(name, op.from(), op.to());
            }
        }
    }

    /** Whether SQLite has no in-place form for the operation on this table (null: the renderer does not know it). */
    private static boolean needsRebuild(Operation operation, Table table) {
        if (operation instanceof AddColumn op) {
            var column = op.column();
            boolean notNullWithoutValue = !column.nullable() && (column.defaultExpression() == null
                    || column.defaultExpression().strip().equalsIgnoreCase("null"));
            return column.identity() != null || notNullWithoutValue || !SqliteClauses.isConstantDefault(column.defaultExpression())
                    || (column.generated() != null && column.generated().stored());
        } else if (operation instanceof DropColumn op) {
            return table != null && SqliteTables.isReferenced(table, op.column().name());
        }
        return !(operation instanceof RenameColumn || operation instanceof CreateIndex || operation instanceof DropIndex);
    }

    private void renderInPlace(Operation operation, SqliteTables tables, List<String> out) {
        String name;
        if (operation instanceof AddColumn op) {
            name = op.table().name();
            Table known = tables.get(name);
            out.add("ALTER TABLE " + sql.quote(name) + " ADD COLUMN " + sql.column(known != null ? known : Table.of(name), op.column()));
        } else if (operation instanceof DropColumn op) {
            name = op.table().name();
            out.add("ALTER TABLE " + sql.quote(name) + " DROP COLUMN " + sql.quote(op.column().name()));
        } else if (operation instanceof RenameColumn op) {
            name = op.table().name();
            out.add("ALTER TABLE " + sql.quote(name) + " RENAME COLUMN " + sql.quote(op.from()) + " TO " + sql.quote(op.to()));
            tables.renameReferencedColumn(name, op.from(), op.to());
        } else if (operation instanceof CreateIndex op) {
            name = op.table().name();
            out.add(sql.createIndex(name, op.index()));
        } else if (operation instanceof DropIndex op) {
            name = op.table().name();
            if (op.index().name() == null) {
                throw new BadInputException("cannot drop an index without a name on " + op.table() + " (SQLite)", "name the index in the model");
            }
            out.add("DROP INDEX " + sql.quote(op.index().name()));
        } else {
            throw new IllegalStateException("no in-place SQLite form for " + operation.getClass().getSimpleName());
        }
        Table known = tables.get(name);
        if (known != null) {
            try {
                tables.put(SqliteTables.apply(known, operation, sql));
            } catch (BadInputException e) {
                tables.remove(name); // out of step with the operations: forgotten, so a later rebuild is refused
            }
        }
    }

    private void renderOther(Operation operation, SqliteTables tables, List<String> out) {
        if (operation instanceof CreateTable op) {
            out.add(sql.createTable(op.table(), op.table().name()));
            for (Index index : op.table().indexes()) {
                out.add(sql.createIndex(op.table().name(), index));
            }
            tables.put(op.table());
        } else if (operation instanceof DropTable op) {
            out.add("DROP TABLE " + sql.quote(op.table().name()));
            tables.remove(op.table().name());
        } else if (operation instanceof RenameTable op) {
            out.add("ALTER TABLE " + sql.quote(op.from()) + " RENAME TO " + sql.quote(op.to()));
            tables.renameTable(op.from(), op.to());
        } else if (operation instanceof CreateView op) {
            out.add(createView(plainView(op, op.view())));
        } else if (operation instanceof DropView op) {
            out.add("DROP VIEW " + sql.quote(plainView(op, op.view()).name()));
        } else if (operation instanceof ReplaceView op) {
            out.add("DROP VIEW " + sql.quote(plainView(op, op.from()).name()));
            out.add(createView(plainView(op, op.to())));
        } else {
            throw unsupported(operation);
        }
    }

    private String createView(View view) {
        return "CREATE VIEW " + sql.quote(view.name()) + " AS " + view.definition();
    }

    private static View plainView(Operation operation, View view) {
        if (view.materialized()) {
            throw new BadInputException("SQLite cannot render " + operation.getClass().getSimpleName() + ": it has no materialized views",
                    "leave the view out of the SQLite model, or make it a plain view");
        }
        if (view.comment() != null) {
            throw new BadInputException("SQLite cannot render " + operation.getClass().getSimpleName() + ": it has no comments on views",
                    "remove the comment from the SQLite model");
        }
        return view;
    }

    /** Schemas, extensions, enum types, domains, sequences, exclusion constraints and comments: SQLite has none. */
    private static BadInputException unsupported(Operation operation) {
        String kind = operation.getClass().getSimpleName();
        String what = switch (kind) {
            case "CreateSchema", "DropSchema" -> "schemas (an attached database is a connection's matter, not DDL)";
            case "CreateExtension", "DropExtension", "AlterExtension" -> "extensions";
            case "CreateEnumType", "DropEnumType", "AddEnumValue", "ReplaceEnumType" -> "enum types (use a CHECK (… IN (…)) constraint)";
            case "CreateDomain", "DropDomain", "AlterDomain" -> "domains";
            case "CreateSequence", "DropSequence", "AlterSequence" -> "sequences";
            case "AddExclusion", "DropExclusion" -> "exclusion constraints";
            case "SetTableComment", "SetViewComment" -> "comments";
            default -> throw new IllegalStateException("no SQLite rendering for " + kind);
        };
        return new BadInputException("SQLite cannot render " + kind + ": it has no " + what,
                "leave it out of the SQLite model, or write that part of the migration by hand");
    }
}
