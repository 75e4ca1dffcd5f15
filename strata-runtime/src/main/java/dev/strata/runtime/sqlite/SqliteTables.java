package dev.strata.runtime.sqlite;

import dev.strata.core.error.BadInputException;
import dev.strata.core.model.CheckConstraint;
import dev.strata.core.model.Column;
import dev.strata.core.model.ForeignKey;
import dev.strata.core.model.GeneratedColumn;
import dev.strata.core.model.Index;
import dev.strata.core.model.IndexElement;
import dev.strata.core.model.Namespace;
import dev.strata.core.model.PrimaryKey;
import dev.strata.core.model.Schema;
import dev.strata.core.model.Table;
import dev.strata.core.model.TableRef;
import dev.strata.core.model.UniqueConstraint;
import dev.strata.core.ops.AddCheck;
import dev.strata.core.ops.AddColumn;
import dev.strata.core.ops.AddForeignKey;
import dev.strata.core.ops.AddPrimaryKey;
import dev.strata.core.ops.AddUnique;
import dev.strata.core.ops.AlterColumn;
import dev.strata.core.ops.CreateIndex;
import dev.strata.core.ops.DropCheck;
import dev.strata.core.ops.DropColumn;
import dev.strata.core.ops.DropForeignKey;
import dev.strata.core.ops.DropIndex;
import dev.strata.core.ops.DropPrimaryKey;
import dev.strata.core.ops.DropUnique;
import dev.strata.core.ops.Operation;
import dev.strata.core.ops.RenameColumn;
import dev.strata.core.ops.SetTableAttributes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The whole definition of each table the SQLite renderer knows, kept up to date operation by operation while
 * it renders: the tables of the schema it was given (the database before the migration) and those created by
 * the script. A rebuild needs the whole target table, which no single operation carries. Table names are
 * compared as SQLite compares them (ASCII case-insensitively).
 */
final class SqliteTables {
    private final Map<String, Table> tables = new HashMap<>();

    SqliteTables(Schema before) {
        for (Namespace namespace : before.namespaces()) {
            for (Table table : namespace.tables()) {
                put(table);
            }
        }
    }

    /** The table's definition at this point of the script, or null when the renderer does not know it. */
    Table get(String name) {
        return tables.get(key(name));
    }

    void put(Table table) {
        tables.put(key(table.name()), table);
    }

    void remove(String name) {
        tables.remove(key(name));
    }

    /** The table renamed, and the foreign keys of every table that reference it (SQLite rewrites them too). */
    void renameTable(String from, String to) {
        Table table = tables.remove(key(from));
        if (table != null) {
            put(table.withName(to));
        }
        for (Table other : List.copyOf(tables.values())) {
            put(other.withForeignKeys(map(other.foreignKeys(), key -> key.referencedTable().name().equalsIgnoreCase(from)
                    ? key.referencing(new TableRef(key.referencedTable().namespace(), to)) : key)));
        }
    }

    /** A column renamed in the foreign keys of other tables that reference it (SQLite rewrites them too). */
    void renameReferencedColumn(String table, String from, String to) {
        for (Table other : List.copyOf(tables.values())) {
            put(other.withForeignKeys(map(other.foreignKeys(), key -> !key.referencedTable().name().equalsIgnoreCase(table) ? key
                    : new ForeignKey(key.name(), key.columns(), key.referencedTable(), renamed(key.referencedColumns(), from, to),
                    key.onDelete(), key.onUpdate(), key.deferrable(), key.initiallyDeferred(), key.validated()))));
        }
    }

    /** The table after one table-level operation. */
    static Table apply(Table table, Operation operation, SqliteClauses sql) {
        if (operation instanceof AddColumn op) {
            return table.withColumns(plus(table.columns(), op.column()));
        } else if (operation instanceof DropColumn op) {
            return table.withColumns(minus(table.columns(), op.column(), Column::name, table, "column"));
        } else if (operation instanceof AlterColumn op) {
            Column old = table.column(op.column()).orElseThrow(() -> missing(table, "column", op.column()));
            return table.withColumns(map(table.columns(), c -> c == old ? op.to() : c));
        } else if (operation instanceof RenameColumn op) {
            return renameColumn(table, op.from(), op.to(), sql.quote(op.to()));
        } else if (operation instanceof AddPrimaryKey op) {
            return table.withPrimaryKey(op.primaryKey());
        } else if (operation instanceof DropPrimaryKey) {
            return table.withPrimaryKey(null);
        } else if (operation instanceof AddForeignKey op) {
            return table.withForeignKeys(plus(table.foreignKeys(), op.foreignKey()));
        } else if (operation instanceof DropForeignKey op) {
            return table.withForeignKeys(minus(table.foreignKeys(), op.foreignKey(), ForeignKey::name, table, "foreign key"));
        } else if (operation instanceof AddUnique op) {
            return withUniques(table, plus(table.uniques(), op.unique()));
        } else if (operation instanceof DropUnique op) {
            return withUniques(table, minus(table.uniques(), op.unique(), UniqueConstraint::name, table, "unique constraint"));
        } else if (operation instanceof AddCheck op) {
            return withChecks(table, plus(table.checks(), op.check()));
        } else if (operation instanceof DropCheck op) {
            return withChecks(table, minus(table.checks(), op.check(), CheckConstraint::name, table, "check constraint"));
        } else if (operation instanceof CreateIndex op) {
            return table.withIndexes(plus(table.indexes(), op.index()));
        } else if (operation instanceof DropIndex op) {
            return table.withIndexes(minus(table.indexes(), op.index(), Index::name, table, "index"));
        } else if (operation instanceof SetTableAttributes op) {
            return table.withAttributes(op.to());
        }
        throw new IllegalArgumentException("not a table-level operation: " + operation.getClass().getSimpleName());
    }

    /** The column renamed everywhere in the table: keys, constraints, indexes and the SQL text that mentions it. */
    static Table renameColumn(Table table, String from, String to, String quotedTo) {
        UnaryOperator<String> text = sqlText -> SqliteIdentifiers.rename(sqlText, from, quotedTo);
        List<Column> columns = map(table.columns(), c -> {
            Column named = c.name().equals(from) ? c.withName(to) : c;
            GeneratedColumn generated = named.generated();
            return generated == null ? named : named.withGenerated(new GeneratedColumn(text.apply(generated.expression()), generated.stored()));
        });
        PrimaryKey primaryKey = table.primaryKey() == null ? null
                : new PrimaryKey(table.primaryKey().name(), renamed(table.primaryKey().columns(), from, to));
        List<ForeignKey> keys = map(table.foreignKeys(), k -> new ForeignKey(k.name(), renamed(k.columns(), from, to),
                k.referencedTable(), k.referencedTable().name().equals(table.name()) ? renamed(k.referencedColumns(), from, to)
                : k.referencedColumns(), k.onDelete(), k.onUpdate(), k.deferrable(), k.initiallyDeferred(), k.validated()));
        List<UniqueConstraint> uniques = map(table.uniques(), u -> new UniqueConstraint(u.name(), renamed(u.columns(), from, to),
                u.nullsNotDistinct(), u.deferrable(), u.initiallyDeferred()));
        List<CheckConstraint> checks = map(table.checks(), c -> new CheckConstraint(c.name(), text.apply(c.expression()), c.validated()));
        List<Index> indexes = map(table.indexes(), i -> i.withElements(map(i.elements(), e -> e.isExpression()
                        ? new IndexElement(null, text.apply(e.expression()), e.opclass(), e.collation(), e.descending(), e.nullsFirst())
                        : e.column().equals(from) ? e.withColumn(to) : e))
                .withInclude(renamed(i.include(), from, to)).where(text.apply(i.predicate())));
        return new Table(table.name(), columns, primaryKey, keys, uniques, checks, table.exclusions(), indexes,
                table.comment(), table.attributes());
    }

    /** Whether SQLite's own DROP COLUMN would refuse the column: it is part of a key, an index, a constraint or a generated column. */
    static boolean isReferenced(Table table, String column) {
        if (table.primaryKey() != null && table.primaryKey().columns().contains(column)) {
            return true;
        }
        for (UniqueConstraint unique : table.uniques()) {
            if (unique.columns().contains(column)) {
                return true;
            }
        }
        for (ForeignKey key : table.foreignKeys()) {
            if (key.columns().contains(column)) {
                return true;
            }
        }
        for (CheckConstraint check : table.checks()) {
            if (SqliteIdentifiers.mentions(check.expression(), column)) {
                return true;
            }
        }
        for (Index index : table.indexes()) {
            if (index.include().contains(column) || SqliteIdentifiers.mentions(index.predicate(), column)) {
                return true;
            }
            for (IndexElement element : index.elements()) {
                if (column.equals(element.column()) || SqliteIdentifiers.mentions(element.expression(), column)) {
                    return true;
                }
            }
        }
        for (Column other : table.columns()) {
            if (!other.name().equals(column) && other.generated() != null
                    && SqliteIdentifiers.mentions(other.generated().expression(), column)) {
                return true;
            }
        }
        return false;
    }

    private static Table withUniques(Table t, List<UniqueConstraint> uniques) {
        return new Table(t.name(), t.columns(), t.primaryKey(), t.foreignKeys(), uniques, t.checks(), t.exclusions(),
                t.indexes(), t.comment(), t.attributes());
    }

    private static Table withChecks(Table t, List<CheckConstraint> checks) {
        return new Table(t.name(), t.columns(), t.primaryKey(), t.foreignKeys(), t.uniques(), checks, t.exclusions(),
                t.indexes(), t.comment(), t.attributes());
    }

    private static <T> List<T> plus(List<T> items, T item) {
        List<T> out = new ArrayList<>(items);
        out.add(item);
        return out;
    }

    /** The list without the item: matched by name when it has one, else by its whole definition. */
    private static <T> List<T> minus(List<T> items, T item, Function<T, String> name, Table table, String kind) {
        String wanted = name.apply(item);
        List<T> out = new ArrayList<>(items.size());
        boolean found = false;
        for (T candidate : items) {
            boolean match = wanted != null ? wanted.equals(name.apply(candidate)) : Objects.equals(candidate, item);
            if (match && !found) {
                found = true;
            } else {
                out.add(candidate);
            }
        }
        if (!found) {
            throw missing(table, kind, wanted == null ? item.toString() : wanted);
        }
        return out;
    }

    private static BadInputException missing(Table table, String kind, String name) {
        return new BadInputException("table " + table.name() + " has no " + kind + " " + name
                + " in the schema the SQLite renderer was given, so it cannot be rebuilt without it",
                "give the renderer the schema the migration starts from");
    }

    private static <T> List<T> map(List<T> items, UnaryOperator<T> change) {
        List<T> out = new ArrayList<>(items.size());
        for (T item : items) {
            out.add(change.apply(item));
        }
        return out;
    }

    private static List<String> renamed(List<String> names, String from, String to) {
        List<String> out = new ArrayList<>(names.size());
        for (String name : names) {
            out.add(name.equals(from) ? to : name);
        }
        return out;
    }

    private static String key(String name) {
        StringBuilder out = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            out.append(c < 0x80 ? Character.toLowerCase(c) : c);
        }
        return out.toString();
    }
}
