package dev.strata.core.lint.sql;

/** One action of an ALTER TABLE (which may hold several, separated by commas). */
public sealed interface AlterAction {
    record AddColumn(ColumnDef column) implements AlterAction {
    }

    record DropColumn(String column) implements AlterAction {
    }

    /** {@code ALTER COLUMN c [SET DATA] TYPE t [USING …]} (PostgreSQL). */
    record AlterColumnType(String column, SqlType type, boolean using) implements AlterAction {
    }

    record SetNotNull(String column) implements AlterAction {
    }

    record DropNotNull(String column) implements AlterAction {
    }

    record AddConstraint(ConstraintDef constraint) implements AlterAction {
    }

    /** {@code DROP CONSTRAINT name}, and MariaDB's {@code DROP FOREIGN KEY name}/{@code DROP PRIMARY KEY} (name null). */
    record DropConstraint(String name) implements AlterAction {
    }

    record ValidateConstraint(String name) implements AlterAction {
    }

    record RenameColumn(String from, String to) implements AlterAction {
    }

    record RenameTable(String to) implements AlterAction {
    }

    /** MariaDB's {@code MODIFY c def} (from equals the new name) and {@code CHANGE old new def}. */
    record ModifyColumn(String from, ColumnDef column) implements AlterAction {
    }

    /** MariaDB's {@code DROP INDEX name}. */
    record DropIndex(String name) implements AlterAction {
    }

    /** {@code SET TABLESPACE}, {@code SET LOGGED}, {@code SET UNLOGGED}: the whole table is rewritten. */
    record Rewrite(String command) implements AlterAction {
    }

    /** Anything else (SET DEFAULT, OWNER TO, RENAME CONSTRAINT …): understood, and harmless for lint. */
    record Other(String text) implements AlterAction {
    }
}
