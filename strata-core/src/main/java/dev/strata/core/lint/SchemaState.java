package dev.strata.core.lint;

import dev.strata.core.lint.sql.AlterAction;
import dev.strata.core.lint.sql.ColumnDef;
import dev.strata.core.lint.sql.ConstraintDef;
import dev.strata.core.lint.sql.ForeignKeyRef;
import dev.strata.core.lint.sql.SqlType;
import dev.strata.core.lint.sql.Stmt;
import dev.strata.core.script.SqlFlavor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The linter's own light model of the schema, built by replaying migration statements in history order: the
 * tables, their columns (type, NOT NULL), constraints (with whether they are validated) and indexes, each with
 * where it was made. It is what lets a rule judge a statement in context (does this table exist, is there a
 * validated {@code CHECK (c IS NOT NULL)}, what was the column's type). A statement it cannot follow (an
 * unknown table, an unparsed statement) leaves it as it was; a table first met in an ALTER becomes a
 * placeholder that is {@linkplain Table#known() not known} (made outside the history).
 */
public final class SchemaState {
    /** Where an object was made: the migration and the statement's line. */
    public record Origin(String revision, String file, int line) {
    }

    public static final class Column {
        private SqlType type;
        private boolean notNull;
        private Origin origin;

        Column(SqlType type, boolean notNull, Origin origin) {
            this.type = type;
            this.notNull = notNull;
            this.origin = origin;
        }

        /** The statement that gave the column its current type. */
        public Origin origin() {
            return origin;
        }

        public SqlType type() {
            return type;
        }

        public boolean notNull() {
            return notNull;
        }
    }

    /** A constraint (primary key, unique, foreign key, check, exclusion) of a table. */
    public static final class Constraint {
        private final String name;
        private final ConstraintDef.Kind kind;
        private final List<String> columns;
        private final ForeignKeyRef references;
        private final String notNullColumn;
        private boolean validated;
        private final Origin origin;

        Constraint(String name, ConstraintDef.Kind kind, List<String> columns, ForeignKeyRef references, String notNullColumn,
                   boolean validated, Origin origin) {
            this.name = name;
            this.kind = kind;
            this.columns = new ArrayList<>(columns);
            this.references = references;
            this.notNullColumn = notNullColumn;
            this.validated = validated;
            this.origin = origin;
        }

        public String name() {
            return name;
        }

        public ConstraintDef.Kind kind() {
            return kind;
        }

        public List<String> columns() {
            return columns;
        }

        public ForeignKeyRef references() {
            return references;
        }

        public String notNullColumn() {
            return notNullColumn;
        }

        public boolean validated() {
            return validated;
        }

        public Origin origin() {
            return origin;
        }
    }

    public record Index(String name, String table, List<String> columns, boolean unique, boolean partial, Origin origin) {
        private static final String UNNAMED = "#unnamed";

        /** False for an index the statement left to the database to name. */
        public boolean named() {
            return !name.contains(UNNAMED);
        }
    }

    public static final class Table {
        private String name;
        private final Origin origin;
        private final boolean known;
        private final Map<String, Column> columns = new LinkedHashMap<>();
        private final List<Constraint> constraints = new ArrayList<>();

        Table(String name, Origin origin, boolean known) {
            this.name = name;
            this.origin = origin;
            this.known = known;
        }

        public String name() {
            return name;
        }

        /** The CREATE TABLE that made it; null for a placeholder. */
        public Origin origin() {
            return origin;
        }

        /** False for a table the history never created (first met in an ALTER): its columns are not all known. */
        public boolean known() {
            return known;
        }

        public Column column(String column) {
            return columns.get(column);
        }

        public Collection<String> columnNames() {
            return columns.keySet();
        }

        public List<Constraint> constraints() {
            return constraints;
        }

        public Constraint constraint(String constraintName) {
            for (Constraint c : constraints) {
                if (constraintName.equals(c.name)) {
                    return c;
                }
            }
            return null;
        }

        public Constraint primaryKey() {
            for (Constraint c : constraints) {
                if (c.kind == ConstraintDef.Kind.PRIMARY_KEY) {
                    return c;
                }
            }
            return null;
        }

        /** True when a validated {@code CHECK (column IS NOT NULL)} exists. */
        public boolean hasValidatedNotNullCheck(String column) {
            for (Constraint c : constraints) {
                if (c.kind == ConstraintDef.Kind.CHECK && c.validated && column.equals(c.notNullColumn)) {
                    return true;
                }
            }
            return false;
        }
    }

    private final SqlFlavor dialect;
    private final Map<String, Table> tables = new LinkedHashMap<>();
    private final Map<String, Index> indexes = new LinkedHashMap<>();
    /** The same indexes by table, so that a table's indexes are found without walking all of them. */
    private final Map<String, Map<String, Index>> indexesByTable = new java.util.HashMap<>();
    private int unnamedIndexes;

    /** @param dialect what the statements mean (MariaDB ignores a column's inline REFERENCES) */
    public SchemaState(SqlFlavor dialect) {
        this.dialect = dialect;
    }

    public Table table(String name) {
        return tables.get(name);
    }

    public Collection<Table> tables() {
        return tables.values();
    }

    public Index index(String name) {
        return indexes.get(name);
    }

    /** The indexes of a table, constraints' own indexes not included. */
    public List<Index> indexesOf(String table) {
        Map<String, Index> ofTable = indexesByTable.get(table);
        return ofTable == null ? new ArrayList<>() : new ArrayList<>(ofTable.values());
    }

    /**
     * A deep copy holding only these tables (and their indexes): what the downgrade check replays a migration's
     * downgrade on, without copying the whole schema for every migration.
     */
    public SchemaState copy(java.util.Set<String> only) {
        SchemaState copy = new SchemaState(dialect);
        copy.unnamedIndexes = unnamedIndexes;
        for (String name : only) {
            Table table = tables.get(name);
            if (table == null) {
                continue;
            }
            Table t = new Table(table.name, table.origin, table.known);
            table.columns.forEach((column, c) -> t.columns.put(column, new Column(c.type, c.notNull, c.origin)));
            for (Constraint c : table.constraints) {
                t.constraints.add(new Constraint(c.name, c.kind, c.columns, c.references, c.notNullColumn, c.validated, c.origin));
            }
            copy.tables.put(t.name, t);
        }
        for (String name : only) {
            indexesOf(name).forEach(copy::putIndex);
        }
        return copy;
    }

    /** Replays one statement. */
    public void apply(Stmt stmt, Origin origin) {
        if (stmt instanceof Stmt.CreateTable create) {
            createTable(create, origin);
        } else if (stmt instanceof Stmt.AlterTable alter) {
            Table table = tables.computeIfAbsent(alter.table(), name -> new Table(name, null, false));
            for (AlterAction action : alter.actions()) {
                table = alter(table, action, origin);
            }
        } else if (stmt instanceof Stmt.CreateIndex create) {
            String name = create.name() != null ? create.name() : create.table() + Index.UNNAMED + (++unnamedIndexes);
            if (!(create.ifNotExists() && indexes.containsKey(name))) {
                putIndex(new Index(name, create.table(), create.columns(), create.unique(), create.partial(), origin));
            }
        } else if (stmt instanceof Stmt.DropIndex drop) {
            for (String name : drop.names()) {
                removeIndex(name);
            }
        } else if (stmt instanceof Stmt.DropTable drop) {
            for (String name : drop.tables()) {
                tables.remove(name);
                indexesOf(name).forEach(index -> removeIndex(index.name()));
            }
        } else if (stmt instanceof Stmt.RenameTables rename) {
            for (Stmt.RenameTables.Rename r : rename.renames()) {
                Table table = tables.get(r.from());
                if (table != null) {
                    renameTable(table, r.to());
                }
            }
        }
    }

    private void createTable(Stmt.CreateTable create, Origin origin) {
        if (create.ifNotExists() && tables.containsKey(create.table())) {
            return;
        }
        Table table = new Table(create.table(), origin, !create.asQuery());
        tables.put(create.table(), table);
        for (ColumnDef column : create.columns()) {
            addColumn(table, column, origin);
        }
        for (ConstraintDef constraint : create.constraints()) {
            addConstraint(table, constraint, origin);
        }
    }

    private void addColumn(Table table, ColumnDef column, Origin origin) {
        table.columns.put(column.name(), new Column(column.type(), column.effectivelyNotNull(), origin));
        if (column.primaryKey()) {
            table.constraints.add(new Constraint(column.constraintName(ConstraintDef.Kind.PRIMARY_KEY), ConstraintDef.Kind.PRIMARY_KEY,
                    List.of(column.name()), null, null, true, origin));
        }
        if (column.unique()) {
            table.constraints.add(new Constraint(column.constraintName(ConstraintDef.Kind.UNIQUE), ConstraintDef.Kind.UNIQUE,
                    List.of(column.name()), null, null, true, origin));
        }
        if (column.references() != null && dialect != SqlFlavor.MARIADB) {
            table.constraints.add(new Constraint(column.constraintName(ConstraintDef.Kind.FOREIGN_KEY), ConstraintDef.Kind.FOREIGN_KEY,
                    List.of(column.name()), column.references(), null, true, origin));
        }
        if (column.check() != null) {
            table.constraints.add(new Constraint(column.constraintName(ConstraintDef.Kind.CHECK), ConstraintDef.Kind.CHECK,
                    List.of(column.name()), null, null, true, origin));
        }
    }

    private void addConstraint(Table table, ConstraintDef def, Origin origin) {
        List<String> columns = def.columns();
        if (def.usingIndex() != null) {
            Index index = removeIndex(def.usingIndex());
            columns = index == null ? List.of() : index.columns();
        }
        if (def.kind() == ConstraintDef.Kind.INDEX) {
            String name = def.name() != null ? def.name() : table.name + Index.UNNAMED + (++unnamedIndexes);
            putIndex(new Index(name, table.name, columns, false, false, origin));
            return;
        }
        table.constraints.add(new Constraint(def.name(), def.kind(), columns, def.references(), def.notNullColumn(), !def.notValid(), origin));
    }

    private Table alter(Table table, AlterAction action, Origin origin) {
        if (action instanceof AlterAction.AddColumn add) {
            addColumn(table, add.column(), origin);
        } else if (action instanceof AlterAction.DropColumn drop) {
            table.columns.remove(drop.column());
            table.constraints.removeIf(c -> c.columns.contains(drop.column()) || drop.column().equals(c.notNullColumn));
            indexesOf(table.name).stream().filter(index -> index.columns().contains(drop.column())).forEach(index -> removeIndex(index.name()));
        } else if (action instanceof AlterAction.AlterColumnType type) {
            Column column = table.columns.get(type.column());
            if (column != null) {
                column.type = type.type();
                column.origin = origin;
            }
        } else if (action instanceof AlterAction.SetNotNull set) {
            Column column = table.columns.get(set.column());
            if (column != null) {
                column.notNull = true;
            }
        } else if (action instanceof AlterAction.DropNotNull drop) {
            Column column = table.columns.get(drop.column());
            if (column != null) {
                column.notNull = false;
            }
        } else if (action instanceof AlterAction.AddConstraint add) {
            addConstraint(table, add.constraint(), origin);
        } else if (action instanceof AlterAction.DropConstraint drop) {
            if (drop.name() == null) {
                table.constraints.removeIf(c -> c.kind == ConstraintDef.Kind.PRIMARY_KEY);
            } else {
                table.constraints.removeIf(c -> drop.name().equals(c.name));
            }
        } else if (action instanceof AlterAction.ValidateConstraint validate) {
            Constraint c = table.constraint(validate.name());
            if (c != null) {
                c.validated = true;
            }
        } else if (action instanceof AlterAction.RenameColumn rename) {
            renameColumn(table, rename.from(), rename.to());
        } else if (action instanceof AlterAction.RenameTable rename) {
            renameTable(table, rename.to());
        } else if (action instanceof AlterAction.ModifyColumn modify) {
            if (!modify.from().equals(modify.column().name())) {
                renameColumn(table, modify.from(), modify.column().name());
            }
            table.columns.put(modify.column().name(), new Column(modify.column().type(), modify.column().effectivelyNotNull(), origin));
        } else if (action instanceof AlterAction.DropIndex drop) {
            removeIndex(drop.name());
            table.constraints.removeIf(c -> drop.name().equals(c.name) && c.kind == ConstraintDef.Kind.UNIQUE);
        }
        return table;
    }

    private void putIndex(Index index) {
        Index old = indexes.put(index.name(), index);
        if (old != null) {
            Map<String, Index> ofTable = indexesByTable.get(old.table());
            if (ofTable != null) {
                ofTable.remove(old.name());
            }
        }
        indexesByTable.computeIfAbsent(index.table(), t -> new LinkedHashMap<>()).put(index.name(), index);
    }

    private Index removeIndex(String name) {
        Index index = indexes.remove(name);
        if (index != null) {
            indexesByTable.get(index.table()).remove(name);
        }
        return index;
    }

    private void renameColumn(Table table, String from, String to) {
        Map<String, Column> renamed = new LinkedHashMap<>();
        table.columns.forEach((name, column) -> renamed.put(name.equals(from) ? to : name, column));
        table.columns.clear();
        table.columns.putAll(renamed);
        for (Constraint c : table.constraints) {
            c.columns.replaceAll(name -> name.equals(from) ? to : name);
        }
        for (Index index : indexesOf(table.name)) {
            putIndex(new Index(index.name(), index.table(), index.columns().stream().map(c -> c.equals(from) ? to : c).toList(),
                    index.unique(), index.partial(), index.origin()));
        }
    }

    private void renameTable(Table table, String to) {
        String from = table.name;
        tables.remove(from);
        table.name = to;
        tables.put(to, table);
        for (Index index : indexesOf(from)) {
            putIndex(new Index(index.name(), to, index.columns(), index.unique(), index.partial(), index.origin()));
        }
    }
}
