package dev.strata.core.lint;

import dev.strata.core.lint.sql.AlterAction;
import dev.strata.core.lint.sql.ColumnDef;
import dev.strata.core.lint.sql.ConstraintDef;
import dev.strata.core.lint.sql.Stmt;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The table locks a statement takes on PostgreSQL, as its documentation lists them ("Explicit Locking" and the
 * lock level of each ALTER TABLE form): the lock rules judge with these, and {@code lint --verify} can hold
 * them against {@code pg_locks}.
 */
public final class PgLocks {
    /** The table lock modes that matter here, weakest first. */
    public enum Mode {
        ROW_EXCLUSIVE("ROW EXCLUSIVE"), SHARE_UPDATE_EXCLUSIVE("SHARE UPDATE EXCLUSIVE"), SHARE("SHARE"),
        SHARE_ROW_EXCLUSIVE("SHARE ROW EXCLUSIVE"), ACCESS_EXCLUSIVE("ACCESS EXCLUSIVE");

        private final String words;

        Mode(String words) {
            this.words = words;
        }

        /** As PostgreSQL names it: {@code ACCESS EXCLUSIVE}. */
        public String words() {
            return words;
        }
    }

    private PgLocks() {
    }

    /**
     * The strongest lock the statement takes on each table it names (in statement order), as far as the statement
     * shows it; a DROP INDEX needs the schema to know its table ({@code state} may be null, then it is left out).
     * Statements that take no table lock lint cares about (CREATE VIEW, SET, COMMENT …) give an empty map.
     */
    public static Map<String, Mode> of(Stmt stmt, SchemaState state) {
        Map<String, Mode> locks = new LinkedHashMap<>();
        if (stmt instanceof Stmt.AlterTable alter) {
            for (AlterAction action : alter.actions()) {
                take(locks, alter.table(), mode(action));
                if (action instanceof AlterAction.AddConstraint add && add.constraint().kind() == ConstraintDef.Kind.FOREIGN_KEY) {
                    take(locks, add.constraint().references().table(), Mode.SHARE_ROW_EXCLUSIVE);
                } else if (action instanceof AlterAction.AddColumn add && add.column().references() != null) {
                    take(locks, add.column().references().table(), Mode.SHARE_ROW_EXCLUSIVE);
                }
                foreignKeyNeighbours(alter.table(), action, state).forEach(t -> take(locks, t, Mode.ACCESS_EXCLUSIVE));
            }
        } else if (stmt instanceof Stmt.CreateTable create) {
            // a new table's foreign keys lock their targets in SHARE ROW EXCLUSIVE (the triggers are added there)
            for (ColumnDef column : create.columns()) {
                if (column.references() != null) {
                    take(locks, column.references().table(), Mode.SHARE_ROW_EXCLUSIVE);
                }
            }
            for (ConstraintDef constraint : create.constraints()) {
                if (constraint.kind() == ConstraintDef.Kind.FOREIGN_KEY) {
                    take(locks, constraint.references().table(), Mode.SHARE_ROW_EXCLUSIVE);
                }
            }
            locks.remove(create.table());
        } else if (stmt instanceof Stmt.CreateIndex create) {
            take(locks, create.table(), create.concurrently() ? Mode.SHARE_UPDATE_EXCLUSIVE : Mode.SHARE);
        } else if (stmt instanceof Stmt.DropIndex drop) {
            for (String name : drop.names()) {
                String table = drop.table();
                if (table == null && state != null && state.index(name) != null) {
                    table = state.index(name).table();
                }
                if (table != null) {
                    take(locks, table, drop.concurrently() ? Mode.SHARE_UPDATE_EXCLUSIVE : Mode.ACCESS_EXCLUSIVE);
                }
            }
        } else if (stmt instanceof Stmt.DropTable drop) {
            drop.tables().forEach(t -> take(locks, t, Mode.ACCESS_EXCLUSIVE));
            // dropping a table drops its foreign keys, and with them their triggers on the referenced tables
            for (String t : drop.tables()) {
                referencedBy(t, c -> true, state).forEach(target -> take(locks, target, Mode.ACCESS_EXCLUSIVE));
            }
        } else if (stmt instanceof Stmt.Truncate truncate) {
            truncate.tables().forEach(t -> take(locks, t, Mode.ACCESS_EXCLUSIVE));
        } else if (stmt instanceof Stmt.RewriteTable rewrite && rewrite.table() != null) {
            take(locks, rewrite.table(), Mode.ACCESS_EXCLUSIVE);
        } else if (stmt instanceof Stmt.RenameTables renames) {
            renames.renames().forEach(r -> take(locks, r.from(), Mode.ACCESS_EXCLUSIVE));
        } else if (stmt instanceof Stmt.DataChange change && change.table() != null) {
            take(locks, change.table(), Mode.ROW_EXCLUSIVE);
        }
        return locks;
    }

    /** The lock one ALTER TABLE action takes on its table. */
    static Mode mode(AlterAction action) {
        if (action instanceof AlterAction.ValidateConstraint) {
            return Mode.SHARE_UPDATE_EXCLUSIVE;
        }
        if (action instanceof AlterAction.AddConstraint add && add.constraint().kind() == ConstraintDef.Kind.FOREIGN_KEY) {
            return Mode.SHARE_ROW_EXCLUSIVE;
        }
        if (action instanceof AlterAction.Other other) {
            String text = other.text().toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
            if (text.contains(" SET STATISTICS") || text.startsWith("CLUSTER ON") || text.startsWith("SET WITHOUT CLUSTER")
                    || text.startsWith("ATTACH PARTITION") || text.startsWith("DETACH PARTITION") && text.contains("CONCURRENTLY")) {
                return Mode.SHARE_UPDATE_EXCLUSIVE;
            }
            if (text.startsWith("ENABLE TRIGGER") || text.startsWith("DISABLE TRIGGER") || text.startsWith("ENABLE ALWAYS TRIGGER")
                    || text.startsWith("ENABLE REPLICA TRIGGER")) {
                return Mode.SHARE_ROW_EXCLUSIVE;
            }
        }
        // ADD/DROP/ALTER COLUMN, SET/DROP NOT NULL and DEFAULT, ADD CHECK/UNIQUE/PRIMARY KEY, DROP CONSTRAINT, RENAME,
        // SET TABLESPACE/LOGGED, OWNER TO …: ACCESS EXCLUSIVE
        return Mode.ACCESS_EXCLUSIVE;
    }

    /**
     * The other tables an ALTER TABLE action locks in ACCESS EXCLUSIVE through foreign keys, as PostgreSQL does it:
     * changing a column's type drops and re-adds every foreign key that uses the column (on either side), and dropping
     * a foreign key (or the column it is on) drops its triggers on the referenced table. Needs the schema; none without.
     */
    static List<String> foreignKeyNeighbours(String table, AlterAction action, SchemaState state) {
        if (state == null) {
            return List.of();
        }
        if (action instanceof AlterAction.AlterColumnType type) {
            List<String> neighbours = new java.util.ArrayList<>(referencedBy(table, c -> c.columns().contains(type.column()), state));
            for (SchemaState.Table other : state.tables()) {
                for (SchemaState.Constraint c : other.constraints()) {
                    if (c.kind() == ConstraintDef.Kind.FOREIGN_KEY && c.references() != null && c.references().table().equals(table)
                            && referencesColumn(c, table, type.column(), state)) {
                        neighbours.add(other.name());
                    }
                }
            }
            return neighbours;
        }
        if (action instanceof AlterAction.DropColumn drop) {
            return referencedBy(table, c -> c.columns().contains(drop.column()), state);
        }
        if (action instanceof AlterAction.DropConstraint drop) {
            return referencedBy(table, c -> drop.name().equals(c.name()), state);
        }
        return List.of();
    }

    /** The tables that the table's foreign keys matching {@code which} reference. */
    private static List<String> referencedBy(String table, java.util.function.Predicate<SchemaState.Constraint> which, SchemaState state) {
        SchemaState.Table t = state == null ? null : state.table(table);
        if (t == null) {
            return List.of();
        }
        return t.constraints().stream().filter(c -> c.kind() == ConstraintDef.Kind.FOREIGN_KEY && c.references() != null && which.test(c))
                .map(c -> c.references().table()).distinct().toList();
    }

    /** True when the foreign key points at this column of the table (no column list means its primary key). */
    private static boolean referencesColumn(SchemaState.Constraint fk, String table, String column, SchemaState state) {
        List<String> columns = fk.references().columns();
        if (columns.isEmpty()) {
            SchemaState.Constraint pk = state.table(table) == null ? null : state.table(table).primaryKey();
            return pk != null && pk.columns().contains(column);
        }
        return columns.contains(column);
    }

    private static void take(Map<String, Mode> locks, String table, Mode mode) {
        locks.merge(table, mode, (a, b) -> a.compareTo(b) >= 0 ? a : b);
    }

    /** The tables locked at least this strongly. */
    static List<String> atLeast(Map<String, Mode> locks, Mode mode) {
        return locks.entrySet().stream().filter(e -> e.getValue().compareTo(mode) >= 0).map(Map.Entry::getKey).toList();
    }
}
