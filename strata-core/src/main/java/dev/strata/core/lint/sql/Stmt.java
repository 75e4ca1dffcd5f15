package dev.strata.core.lint.sql;

import java.util.List;

/** What one migration statement does, as far as lint cares. */
public sealed interface Stmt {
    record CreateTable(String table, List<ColumnDef> columns, List<ConstraintDef> constraints, boolean ifNotExists,
                       boolean asQuery) implements Stmt {
        public CreateTable {
            columns = List.copyOf(columns);
            constraints = List.copyOf(constraints);
        }
    }

    record AlterTable(String table, List<AlterAction> actions) implements Stmt {
        public AlterTable {
            actions = List.copyOf(actions);
        }
    }

    /**
     * @param name     null when the database picks the name
     * @param columns  the indexed columns; an expression element is written {@code (expr)}
     * @param partial  a {@code WHERE} predicate was given
     */
    record CreateIndex(String name, String table, boolean unique, boolean concurrently, List<String> columns,
                       boolean partial, boolean ifNotExists) implements Stmt {
        public CreateIndex {
            columns = List.copyOf(columns);
        }
    }

    /** @param table MariaDB's {@code DROP INDEX name ON table}; null on PostgreSQL */
    record DropIndex(List<String> names, String table, boolean concurrently, boolean ifExists) implements Stmt {
        public DropIndex {
            names = List.copyOf(names);
        }
    }

    record DropTable(List<String> tables, boolean ifExists, boolean cascade) implements Stmt {
        public DropTable {
            tables = List.copyOf(tables);
        }
    }

    /** MariaDB's {@code RENAME TABLE a TO b, c TO d}. */
    record RenameTables(List<Rename> renames) implements Stmt {
        public record Rename(String from, String to) {
        }

        public RenameTables {
            renames = List.copyOf(renames);
        }
    }

    record Truncate(List<String> tables, boolean cascade) implements Stmt {
        public Truncate {
            tables = List.copyOf(tables);
        }
    }

    /** {@code VACUUM FULL t}, {@code CLUSTER t …}: rewrites a table (null table: every table). */
    record RewriteTable(String command, String table) implements Stmt {
    }

    /** {@code ALTER TYPE t ADD VALUE v [BEFORE|AFTER w]}. */
    record EnumAddValue(String type, String value, boolean positioned) implements Stmt {
    }

    /** UPDATE, DELETE, INSERT, MERGE: changes rows, not the schema. */
    record DataChange(String verb, String table, boolean hasWhere) implements Stmt {
    }

    /**
     * {@code SET [SESSION | LOCAL] name {= | TO} value} and {@code RESET name}: a run-time setting the migration changes.
     *
     * @param name  lowercased ({@code lock_timeout}); {@code all} for {@code RESET ALL}
     * @param value the value as written without quotes ({@code 0}, {@code 5s}), or null for RESET and {@code = DEFAULT}
     * @param local {@code SET LOCAL}: until the end of the transaction
     */
    record Setting(String name, String value, boolean local) implements Stmt {
    }

    /** Understood, and nothing lint judges: CREATE VIEW, COMMENT, GRANT, SET, CREATE FUNCTION, PRAGMA … */
    record Other(String kind) implements Stmt {
    }

    /** The parser could not read it; rules cannot judge it. */
    record Unrecognized(String reason) implements Stmt {
    }

    /** True for statements that change the schema (DDL), false for data changes and the rest. */
    default boolean isDdl() {
        return this instanceof CreateTable || this instanceof AlterTable || this instanceof CreateIndex
                || this instanceof DropIndex || this instanceof DropTable || this instanceof RenameTables
                || this instanceof EnumAddValue;
    }
}
