package dev.strata.core.lint;

import dev.strata.core.lint.sql.AlterAction;
import dev.strata.core.lint.sql.ConstraintDef;
import dev.strata.core.lint.sql.Stmt;
import dev.strata.core.script.SqlFlavor;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code downgrade-not-inverse}, judged statically: the tables a migration touches are copied from the linter's
 * schema replay before its upgrade, and again after it; the downgrade is replayed on the second copy, and the
 * two are compared: tables, columns (type, NOT NULL), constraints and indexes. What the replay does not model
 * (views, types, functions, defaults, comments, data) is not compared, tables the history never created are
 * skipped, and a migration with a statement the reader could not parse, or a DROP of an object the replay does not
 * model (a schema, a type, …, which may take tables with it), is not judged; {@code lint --verify}'s
 * run on a scratch database is the full check.
 */
final class DowngradeCheck {
    /** What one difference is, and the statement that would mend it. */
    record Difference(String what, String remedy) {
    }

    private final Set<String> tables;
    private final SchemaState before;

    private DowngradeCheck(Set<String> tables, SchemaState before) {
        this.tables = tables;
        this.before = before;
    }

    /** Copies what the migration touches before its upgrade runs; null when it cannot be judged statically. */
    static DowngradeCheck start(SchemaState state, List<Stmt> upgrade, List<Stmt> downgrade) {
        if (downgrade.isEmpty() || !upgrade.stream().anyMatch(Stmt::isDdl)) {
            return null;
        }
        Set<String> touched = new LinkedHashSet<>();
        for (List<Stmt> section : List.of(upgrade, downgrade)) {
            for (Stmt stmt : section) {
                if (stmt instanceof Stmt.Unrecognized || dropsUnmodelled(stmt)) {
                    return null;
                }
                touched(stmt, state, touched);
            }
        }
        return new DowngradeCheck(touched, state.copy(touched));
    }

    /**
     * A statement that may drop tables the replay cannot name ({@code DROP SCHEMA … CASCADE}, {@code DROP OWNED},
     * {@code DROP TYPE … CASCADE}, …): the migration is left to {@code strata test}, never judged wrongly.
     */
    private static final Set<String> TAKES_TABLES_WITH_IT = Set.of("DROP SCHEMA", "DROP OWNED", "DROP DATABASE", "DROP TYPE",
            "DROP DOMAIN", "DROP EXTENSION");

    private static boolean dropsUnmodelled(Stmt stmt) {
        return stmt instanceof Stmt.Other other && TAKES_TABLES_WITH_IT.contains(other.kind());
    }

    /** After the upgrade was replayed into {@code state}: replays the downgrade on a copy and compares. */
    List<Difference> finish(SchemaState state, List<Stmt> downgrade, SchemaState.Origin origin, SqlFlavor dialect) {
        SchemaState after = state.copy(tables);
        for (Stmt stmt : downgrade) {
            after.apply(stmt, origin);
        }
        List<Difference> differences = new ArrayList<>();
        for (String name : tables) {
            SchemaState.Table was = before.table(name);
            SchemaState.Table is = after.table(name);
            if (was != null && !was.known() || is != null && !is.known()) {
                continue; // made outside the history: its columns are not all known
            }
            if (was == null && is != null) {
                differences.add(new Difference("table " + name + " is left behind", "DROP TABLE " + name));
            } else if (was != null && is == null) {
                differences.add(new Difference("table " + name + " is gone", "CREATE TABLE " + name + " (…) as it was before the upgrade"));
            } else if (was != null) {
                columns(name, was, is, dialect, differences);
                constraints(name, was, is, differences);
                indexes(name, before, after, differences);
            }
        }
        return differences;
    }

    private static void columns(String table, SchemaState.Table was, SchemaState.Table is, SqlFlavor dialect, List<Difference> out) {
        for (String column : was.columnNames()) {
            SchemaState.Column w = was.column(column);
            SchemaState.Column i = is.column(column);
            if (i == null) {
                out.add(new Difference("column " + table + "." + column + " is gone", "ALTER TABLE " + table + " ADD COLUMN " + column + " "
                        + w.type() + (w.notNull() ? " NOT NULL" : "")));
            } else if (!w.type().equals(i.type())) {
                out.add(new Difference("column " + table + "." + column + " is " + i.type() + ", was " + w.type(), dialect == SqlFlavor.MARIADB
                        ? "ALTER TABLE " + table + " MODIFY " + column + " " + w.type() + (w.notNull() ? " NOT NULL" : "")
                        : "ALTER TABLE " + table + " ALTER COLUMN " + column + " TYPE " + w.type()));
            } else if (w.notNull() != i.notNull()) {
                out.add(new Difference("column " + table + "." + column + " is " + (i.notNull() ? "NOT NULL" : "nullable") + ", was "
                        + (w.notNull() ? "NOT NULL" : "nullable"), dialect == SqlFlavor.MARIADB
                        ? "ALTER TABLE " + table + " MODIFY " + column + " " + w.type() + (w.notNull() ? " NOT NULL" : " NULL")
                        : "ALTER TABLE " + table + " ALTER COLUMN " + column + (w.notNull() ? " SET" : " DROP") + " NOT NULL"));
            }
        }
        for (String column : is.columnNames()) {
            if (was.column(column) == null) {
                out.add(new Difference("column " + table + "." + column + " is left behind", "ALTER TABLE " + table + " DROP COLUMN " + column));
            }
        }
    }

    private static void constraints(String table, SchemaState.Table was, SchemaState.Table is, List<Difference> out) {
        Set<String> w = keys(was.constraints());
        Set<String> i = keys(is.constraints());
        for (String key : w) {
            if (!i.contains(key)) {
                out.add(new Difference("constraint " + key + " of " + table + " is gone", "ALTER TABLE " + table + " ADD … (" + key
                        + ", as it was before the upgrade)"));
            }
        }
        for (String key : i) {
            if (!w.contains(key)) {
                out.add(new Difference("constraint " + key + " of " + table + " is left behind", "ALTER TABLE " + table + " DROP CONSTRAINT "
                        + (key.contains(" (") ? "<its name>" : key.substring(key.lastIndexOf(' ') + 1))));
            }
        }
    }

    /** A constraint by its name, or (unnamed) by kind, columns and target. */
    private static Set<String> keys(List<SchemaState.Constraint> constraints) {
        Set<String> keys = new TreeSet<>();
        for (SchemaState.Constraint c : constraints) {
            String kind = c.kind() == ConstraintDef.Kind.PRIMARY_KEY ? "PRIMARY KEY" : c.kind() == ConstraintDef.Kind.FOREIGN_KEY ? "FOREIGN KEY"
                    : c.kind().name();
            keys.add(c.name() != null && c.kind() != ConstraintDef.Kind.PRIMARY_KEY ? kind + " " + c.name()
                    : kind + " (" + String.join(", ", c.columns()) + ")" + (c.references() == null ? "" : " REFERENCES " + c.references().table()));
        }
        return keys;
    }

    private static void indexes(String table, SchemaState before, SchemaState after, List<Difference> out) {
        Set<String> w = indexKeys(before.indexesOf(table));
        Set<String> i = indexKeys(after.indexesOf(table));
        for (String key : w) {
            if (!i.contains(key)) {
                out.add(new Difference("index " + key + " on " + table + " is gone", "CREATE " + (key.endsWith(" UNIQUE") ? "UNIQUE " : "")
                        + "INDEX " + key.replace(" UNIQUE", "").replace(" (", " ON " + table + " (")));
            }
        }
        for (String key : i) {
            if (!w.contains(key)) {
                String name = key.substring(0, key.indexOf(" ("));
                out.add(new Difference("index " + key + " on " + table + " is left behind", "DROP INDEX "
                        + (name.equals("(unnamed)") ? "<its name>" : name)));
            }
        }
    }

    private static Set<String> indexKeys(List<SchemaState.Index> indexes) {
        Set<String> keys = new TreeSet<>();
        for (SchemaState.Index index : indexes) {
            keys.add((index.named() ? index.name() : "(unnamed)") + " (" + String.join(", ", index.columns()) + ")" + (index.unique() ? " UNIQUE" : ""));
        }
        return keys;
    }

    /** The tables a statement creates, changes or drops (by any name it gives them). */
    private static void touched(Stmt stmt, SchemaState state, Set<String> out) {
        if (stmt instanceof Stmt.CreateTable create) {
            out.add(create.table());
        } else if (stmt instanceof Stmt.AlterTable alter) {
            out.add(alter.table());
            for (AlterAction action : alter.actions()) {
                if (action instanceof AlterAction.RenameTable rename) {
                    out.add(rename.to());
                }
            }
        } else if (stmt instanceof Stmt.CreateIndex create) {
            out.add(create.table());
        } else if (stmt instanceof Stmt.DropIndex drop) {
            if (drop.table() != null) {
                out.add(drop.table());
            }
            for (String name : drop.names()) {
                if (state.index(name) != null) {
                    out.add(state.index(name).table());
                }
            }
        } else if (stmt instanceof Stmt.DropTable drop) {
            out.addAll(drop.tables());
        } else if (stmt instanceof Stmt.RenameTables renames) {
            renames.renames().forEach(r -> {
                out.add(r.from());
                out.add(r.to());
            });
        }
    }
}
