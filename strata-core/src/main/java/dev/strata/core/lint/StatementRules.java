package dev.strata.core.lint;

import dev.strata.core.lint.sql.AlterAction;
import dev.strata.core.lint.sql.ColumnDef;
import dev.strata.core.lint.sql.ConstraintDef;
import dev.strata.core.lint.sql.SqlType;
import dev.strata.core.lint.sql.Stmt;
import dev.strata.core.script.SqlFlavor;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static dev.strata.core.lint.RuleCatalog.*;

/**
 * The statement rules: each looks at one statement in its context ({@link Judgement}) and reports what it finds
 * with the safe form as the fix. Which of them count (dialect, off, severity) is decided after, by the linter.
 */
final class StatementRules {
    /** Functions whose value differs per row: a default calling one is evaluated for every existing row. */
    static final Set<String> VOLATILE = Set.of("clock_timestamp", "random", "gen_random_uuid", "uuid_generate_v1",
            "uuid_generate_v1mc", "uuid_generate_v4", "uuidv4", "uuidv7", "nextval", "timeofday", "txid_current",
            "setseed", "random_normal");
    private static final int PG_NAME_BYTES = 63;

    private StatementRules() {
    }

    static void judge(Judgement j) {
        LockRules.judge(j);
        UniqueRules.judge(j);
        if (j.dialect() == SqlFlavor.MARIADB) {
            MariaDbRules.judge(j);
        }
        Stmt stmt = j.stmt;
        if (stmt instanceof Stmt.Unrecognized unrecognized) {
            j.report(UNRECOGNIZED_STATEMENT, "the linter could not parse this statement (" + unrecognized.reason()
                    + "), so no rule judged it", "check it by hand; when it is safe, say so with `-- strata:allow "
                    + UNRECOGNIZED_STATEMENT + " <reason>` on the line before it");
        } else if (stmt instanceof Stmt.CreateTable create) {
            createTable(j, create);
        } else if (stmt instanceof Stmt.AlterTable alter) {
            for (AlterAction action : alter.actions()) {
                alterAction(j, alter.table(), action);
            }
        } else if (stmt instanceof Stmt.CreateIndex create) {
            createIndex(j, create);
        } else if (stmt instanceof Stmt.DropIndex drop) {
            dropIndex(j, drop);
        } else if (stmt instanceof Stmt.DropTable drop) {
            dropTable(j, drop);
        } else if (stmt instanceof Stmt.RenameTables renames) {
            for (Stmt.RenameTables.Rename rename : renames.renames()) {
                renameTable(j, rename.from(), rename.to());
            }
        } else if (stmt instanceof Stmt.Truncate truncate) {
            truncate(j, truncate);
        } else if (stmt instanceof Stmt.RewriteTable rewrite) {
            rewriteCommand(j, rewrite.table(), rewrite.command());
        } else if (stmt instanceof Stmt.EnumAddValue add) {
            if (!add.positioned()) {
                j.report(PG_ENUM_ADD_VALUE_UNORDERED, "ALTER TYPE " + add.type() + " ADD VALUE " + add.value()
                                + " puts the value last without saying so: enum values sort in declaration order, so where it goes changes ORDER BY and comparisons",
                        "say where it goes: ALTER TYPE " + add.type() + " ADD VALUE " + add.value() + " AFTER '<existing value>' (or BEFORE)");
            }
        } else if (stmt instanceof Stmt.DataChange change) {
            backfill(j, change);
        }
    }

    // ---- CREATE TABLE: hygiene only (a new table is empty and unseen, so no locking rule applies)

    private static void createTable(Judgement j, Stmt.CreateTable create) {
        if (j.postgres()) {
            identifier(j, create.table(), "table");
        }
        for (ColumnDef column : create.columns()) {
            newColumnHygiene(j, create.table(), column);
        }
        for (ConstraintDef constraint : create.constraints()) {
            if (j.postgres() && constraint.name() != null) {
                identifier(j, constraint.name(), "constraint");
            }
        }
    }

    /** The rules a new column meets wherever it appears. */
    private static void newColumnHygiene(Judgement j, String table, ColumnDef column) {
        if (j.postgres()) {
            identifier(j, column.name(), "column");
            json(j, table, column.name(), column.type());
        }
        if (j.dialect() == SqlFlavor.MARIADB && column.references() != null) {
            j.report(MY_INLINE_REFERENCES, "REFERENCES on column " + table + "." + column.name()
                            + " is parsed and ignored by MariaDB: no foreign key is created",
                    "declare it as a table constraint: CONSTRAINT " + fkName(table, List.of(column.name())) + " FOREIGN KEY ("
                            + column.name() + ") REFERENCES " + column.references().table()
                            + " (" + String.join(", ", column.references().columns()) + ")");
        }
    }

    // ---- ALTER TABLE

    private static void alterAction(Judgement j, String table, AlterAction action) {
        boolean existing = j.existing(table);
        if (action instanceof AlterAction.AddColumn add) {
            addColumn(j, table, add.column(), existing);
        } else if (action instanceof AlterAction.DropColumn drop) {
            if (existing && !j.migration.addedColumns.contains(table + "." + drop.column())) {
                j.report(DROP_COLUMN, "DROP COLUMN " + table + "." + drop.column() + " loses its data, and application versions still running"
                                + " that read or write " + drop.column() + " fail",
                        "stop using " + drop.column() + " in the application and deploy that first (mark it ignored in an ORM);"
                                + " then drop it in a later migration, with `-- strata:allow drop-column <reason>` on the line before");
            }
        } else if (action instanceof AlterAction.AlterColumnType type) {
            alterType(j, table, type, existing);
        } else if (action instanceof AlterAction.SetNotNull set) {
            setNotNull(j, table, set.column(), existing);
        } else if (action instanceof AlterAction.DropNotNull drop) {
            if (existing) {
                dropNotNull(j, table, drop.column());
            }
        } else if (action instanceof AlterAction.AddConstraint add) {
            addConstraint(j, table, add.constraint(), existing);
        } else if (action instanceof AlterAction.RenameColumn rename) {
            if (j.postgres()) {
                identifier(j, rename.to(), "column");
            }
            if (existing) {
                renameColumn(j, table, rename.from(), rename.to());
            }
        } else if (action instanceof AlterAction.RenameTable rename) {
            if (j.postgres()) {
                identifier(j, rename.to(), "table");
            }
            renameTable(j, table, rename.to());
        } else if (action instanceof AlterAction.ModifyColumn modify) {
            modifyColumn(j, table, modify, existing);
        } else if (action instanceof AlterAction.ValidateConstraint validate) {
            validateInTransaction(j, table, validate.name(), existing);
        } else if (action instanceof AlterAction.Rewrite rewrite) {
            rewriteCommand(j, table, "ALTER TABLE … " + rewrite.command());
        }
    }

    private static void addColumn(Judgement j, String table, ColumnDef column, boolean existing) {
        newColumnHygiene(j, table, column);
        if (!existing) {
            return;
        }
        String name = table + "." + column.name();
        if (j.postgres()) {
            if (column.effectivelyNotNull() && !column.hasValueSource()) {
                j.report(PG_ADD_COLUMN_NOT_NULL_NO_DEFAULT, "ADD COLUMN " + name + " " + column.type() + " NOT NULL without a default fails"
                                + " on a table with rows, and inserts from application versions that do not know the column fail too",
                        "add it nullable (ALTER TABLE " + table + " ADD COLUMN " + column.name() + " " + column.type()
                                + "), backfill it in batches, then enforce it: ADD CONSTRAINT … CHECK (" + column.name()
                                + " IS NOT NULL) NOT VALID, VALIDATE CONSTRAINT, SET NOT NULL; or give it a constant DEFAULT");
            }
            String rewrite = rewritingDefault(j, column);
            if (rewrite != null) {
                j.report(PG_ADD_COLUMN_VOLATILE_DEFAULT, "ADD COLUMN " + name + " with " + rewrite
                                + " rewrites the whole table under an ACCESS EXCLUSIVE lock (every row gets its own value)",
                        "add the column without it (nullable), then set the default for new rows (ALTER TABLE " + table
                                + " ALTER COLUMN " + column.name() + " SET DEFAULT " + (column.defaultValue() == null ? "…" : column.defaultValue().sql())
                                + ") and backfill existing rows in batches");
            }
            if (column.references() != null) {
                j.report(PG_ADD_FK_WITHOUT_NOT_VALID, "ADD COLUMN " + name + " REFERENCES " + column.references().table()
                                + " checks every row under a SHARE ROW EXCLUSIVE lock on both tables",
                        "add the column without REFERENCES, then ALTER TABLE " + table + " ADD CONSTRAINT "
                                + fkName(table, List.of(column.name())) + " FOREIGN KEY (" + column.name() + ") REFERENCES "
                                + column.references().table() + columns(column.references().columns())
                                + " NOT VALID, and VALIDATE CONSTRAINT in a later migration");
            }
            if (column.primaryKey() || column.unique()) {
                j.report(PG_ADD_UNIQUE_CONSTRAINT, "ADD COLUMN " + name + " " + (column.primaryKey() ? "PRIMARY KEY" : "UNIQUE")
                                + " builds its index under an ACCESS EXCLUSIVE lock",
                        "add the column plain, then CREATE UNIQUE INDEX CONCURRENTLY " + nonTransactional(j) + ", then ADD CONSTRAINT … "
                                + (column.primaryKey() ? "PRIMARY KEY" : "UNIQUE") + " USING INDEX");
            }
        }
        if (j.dialect() == SqlFlavor.MARIADB && column.effectivelyNotNull() && !column.hasValueSource()) {
            j.report(MY_ADD_COLUMN_NOT_NULL_NO_DEFAULT, "ADD COLUMN " + name + " " + column.type() + " NOT NULL without a default:"
                            + " MariaDB fills the existing rows with the type's zero value ('', 0, 0000-00-00) silently",
                    "give it the DEFAULT you mean, or add it nullable, backfill it, then MODIFY it NOT NULL");
        }
    }

    /** Why this new column's value makes PostgreSQL rewrite the table, or null when it does not. */
    private static String rewritingDefault(Judgement j, ColumnDef column) {
        if (column.type().isSerial()) {
            return "type " + column.type().name() + " (a sequence default)";
        }
        switch (column.generated()) {
            case IDENTITY:
                return "GENERATED … AS IDENTITY";
            case STORED:
                return "GENERATED ALWAYS AS (…) STORED";
            default:
                break;
        }
        if (column.defaultValue() == null) {
            return null;
        }
        Set<String> volatileCalls = new TreeSet<>(column.defaultValue().functions());
        volatileCalls.retainAll(VOLATILE);
        if (!volatileCalls.isEmpty()) {
            return "the volatile default " + column.defaultValue().sql();
        }
        if (j.options.pgVersion() < 11) {
            return "a DEFAULT (before PostgreSQL 11 any default)";
        }
        return null;
    }

    private static void alterType(Judgement j, String table, AlterAction.AlterColumnType change, boolean existing) {
        if (j.postgres()) {
            json(j, table, change.column(), change.type());
        }
        if (!existing || !j.postgres()) {
            return;
        }
        SchemaState.Table known = j.state.table(table);
        SchemaState.Column column = known == null ? null : known.column(change.column());
        SqlType from = column == null ? null : column.type();
        if (!change.using() && from != null && binaryCoercible(from, change.type())) {
            return;
        }
        String was = from == null ? "(its current type is not known from the history)" : "(from " + from + ")";
        j.report(PG_ALTER_COLUMN_TYPE_REWRITE, "ALTER COLUMN " + table + "." + change.column() + " TYPE " + change.type() + " " + was
                        + (change.using() ? " with USING" : "") + " rewrites the table and all its indexes under an ACCESS EXCLUSIVE lock",
                "expand and contract: add a new column of type " + change.type() + ", write both from the application,"
                        + " backfill in batches, switch readers, then drop the old column (only varchar(n) to a longer varchar or text,"
                        + " and numeric to a wider precision, change without a rewrite)");
    }

    /** True when PostgreSQL changes the type without touching the rows. */
    static boolean binaryCoercible(SqlType from, SqlType to) {
        if (from.array() != to.array()) {
            return false;
        }
        if (from.name().equals(to.name()) && from.args().equals(to.args())) {
            return true;
        }
        boolean fromChars = from.name().equals("varchar") || from.name().equals("text");
        if (fromChars && to.name().equals("text")) {
            return true;
        }
        if (fromChars && to.name().equals("varchar")) {
            if (to.length() < 0) {
                return true;
            }
            return from.name().equals("varchar") && from.length() >= 0 && to.length() >= from.length();
        }
        if (from.name().equals("numeric") && to.name().equals("numeric")) {
            if (to.args().isEmpty()) {
                return true;
            }
            return from.args().size() == to.args().size() && from.arg(0) >= 0 && to.arg(0) >= from.arg(0)
                    && from.arg(1) == to.arg(1);
        }
        if (from.name().equals("varbit") && to.name().equals("varbit")) {
            return to.length() < 0 || (from.length() >= 0 && to.length() >= from.length());
        }
        return from.name().equals("cidr") && to.name().equals("inet");
    }

    private static void setNotNull(Judgement j, String table, String column, boolean existing) {
        if (!existing || !j.postgres()) {
            return;
        }
        SchemaState.Table known = j.state.table(table);
        boolean validated = known != null && known.hasValidatedNotNullCheck(column);
        if (j.options.pgVersion() >= 12 && validated) {
            return;
        }
        String check = checkName(table, column);
        if (j.options.pgVersion() < 12) {
            j.report(PG_SET_NOT_NULL_SCAN, "SET NOT NULL on " + table + "." + column + " scans the whole table under an ACCESS EXCLUSIVE lock"
                            + " (before PostgreSQL 12 even a validated CHECK does not avoid the scan)",
                    "enforce it with ALTER TABLE " + table + " ADD CONSTRAINT " + check + " CHECK (" + column + " IS NOT NULL) NOT VALID"
                            + " and VALIDATE CONSTRAINT " + check + " in a later migration, and keep the CHECK instead of SET NOT NULL");
            return;
        }
        j.report(PG_SET_NOT_NULL_SCAN, "SET NOT NULL on " + table + "." + column + " scans the whole table under an ACCESS EXCLUSIVE lock:"
                        + " no validated CHECK (" + column + " IS NOT NULL) proves it first",
                "ALTER TABLE " + table + " ADD CONSTRAINT " + check + " CHECK (" + column + " IS NOT NULL) NOT VALID; in a later migration"
                        + " ALTER TABLE " + table + " VALIDATE CONSTRAINT " + check + "; then SET NOT NULL (no scan) and DROP CONSTRAINT " + check);
    }

    private static void dropNotNull(Judgement j, String table, String column) {
        j.report(DROP_NOT_NULL, "DROP NOT NULL on " + table + "." + column + ": readers of " + column + " in the running application"
                        + " may not handle the NULLs that can now appear",
                "make every reader of " + table + "." + column + " handle NULL and deploy that first; then keep this with"
                        + " `-- strata:allow drop-not-null <reason>`");
    }

    private static void modifyColumn(Judgement j, String table, AlterAction.ModifyColumn modify, boolean existing) {
        ColumnDef column = modify.column();
        if (!modify.from().equals(column.name())) {
            if (existing) {
                renameColumn(j, table, modify.from(), column.name());
            }
        }
        if (!existing) {
            return;
        }
        SchemaState.Table known = j.state.table(table);
        SchemaState.Column before = known == null ? null : known.column(modify.from());
        if (before != null && before.notNull() && !column.effectivelyNotNull()) {
            dropNotNull(j, table, column.name());
        }
    }

    private static void addConstraint(Judgement j, String table, ConstraintDef constraint, boolean existing) {
        if (j.postgres() && constraint.name() != null) {
            identifier(j, constraint.name(), "constraint");
        }
        if (!existing || !j.postgres()) {
            return;
        }
        String name = constraint.name();
        switch (constraint.kind()) {
            case CHECK -> {
                if (!constraint.notValid()) {
                    String n = name != null ? name : "ck_" + table;
                    j.report(PG_ADD_CHECK_WITHOUT_NOT_VALID, "ADD " + constraint.describe() + " on " + table
                                    + " checks every row while holding an ACCESS EXCLUSIVE lock",
                            "ALTER TABLE " + table + " ADD CONSTRAINT " + n + " CHECK (" + constraint.check() + ") NOT VALID;"
                                    + " then ALTER TABLE " + table + " VALIDATE CONSTRAINT " + n + " in a later migration");
                }
            }
            case FOREIGN_KEY -> {
                if (!constraint.notValid()) {
                    String n = name != null ? name : fkName(table, constraint.columns());
                    j.report(PG_ADD_FK_WITHOUT_NOT_VALID, "ADD " + constraint.describe() + " on " + table + " checks every row under a"
                                    + " SHARE ROW EXCLUSIVE lock on " + table + " and " + constraint.references().table(),
                            "ALTER TABLE " + table + " ADD CONSTRAINT " + n + " FOREIGN KEY (" + String.join(", ", constraint.columns())
                                    + ") REFERENCES " + constraint.references().table() + columns(constraint.references().columns())
                                    + " NOT VALID; then ALTER TABLE " + table
                                    + " VALIDATE CONSTRAINT " + n + " in a later migration");
                }
            }
            case UNIQUE, PRIMARY_KEY -> {
                if (constraint.usingIndex() == null) {
                    String words = constraint.kind() == ConstraintDef.Kind.UNIQUE ? "UNIQUE" : "PRIMARY KEY";
                    String n = name != null ? name : (constraint.kind() == ConstraintDef.Kind.UNIQUE ? "uq_" : "pk_") + table;
                    j.report(PG_ADD_UNIQUE_CONSTRAINT, "ADD " + constraint.describe() + " on " + table
                                    + " builds its unique index under an ACCESS EXCLUSIVE lock, blocking reads and writes for the whole build",
                            "CREATE UNIQUE INDEX CONCURRENTLY " + n + " ON " + table + " (" + String.join(", ", constraint.columns()) + ") "
                                    + nonTransactional(j) + "; then ALTER TABLE " + table + " ADD CONSTRAINT " + n + " " + words
                                    + " USING INDEX " + n);
                }
            }
            default -> {
            }
        }
    }

    private static void validateInTransaction(Judgement j, String table, String constraint, boolean existing) {
        if (!j.postgres() || !existing || !j.migration.transactional) {
            return;
        }
        boolean added = j.migration.addedConstraints.contains(table + "." + constraint);
        if (!added && !j.migration.alteredTables.contains(table)) {
            return;
        }
        j.report(PG_VALIDATE_IN_SAME_TRANSACTION, "VALIDATE CONSTRAINT " + constraint + " scans " + table + " in the transaction that "
                        + (added ? "added it" : "already altered " + table) + ", so the ACCESS EXCLUSIVE lock taken earlier is held for the whole scan",
                "validate it in a migration of its own: ALTER TABLE " + table + " VALIDATE CONSTRAINT " + constraint
                        + " (it takes only a SHARE UPDATE EXCLUSIVE lock there)");
    }

    // ---- renames and drops

    private static void renameColumn(Judgement j, String table, String from, String to) {
        j.report(RENAME_COLUMN, "renaming column " + table + "." + from + " to " + to + " breaks the application versions still"
                        + " running during the deploy, which use " + from,
                "expand and contract: add " + to + ", write both, backfill, switch readers to " + to + ", then drop " + from
                        + " in a later migration (or keep the old name)");
    }

    private static void renameTable(Judgement j, String from, String to) {
        if (!j.existing(from)) {
            return;
        }
        j.report(RENAME_TABLE, "renaming table " + from + " to " + to + " breaks the application versions still running during the deploy,"
                        + " which query " + from,
                "expand and contract: create " + to + " (or rename and leave a view named " + from + " over it), move the application"
                        + " to " + to + ", then drop " + from + " in a later migration (or keep the old name)");
    }

    private static void dropTable(Judgement j, Stmt.DropTable drop) {
        for (String table : drop.tables()) {
            if (j.existing(table)) {
                j.report(DROP_TABLE, "DROP TABLE " + table + " loses its data, and application versions still running that use "
                                + table + " fail",
                        "stop using " + table + " in the application and deploy that first; then drop it in a later migration, with"
                                + " `-- strata:allow drop-table <reason>` on the line before");
            }
        }
    }

    // ---- indexes

    private static void createIndex(Judgement j, Stmt.CreateIndex create) {
        if (!j.postgres()) {
            return;
        }
        if (create.name() != null) {
            identifier(j, create.name(), "index");
        }
        if (create.concurrently()) {
            concurrentInTransaction(j, "CREATE INDEX CONCURRENTLY");
        } else if (j.existing(create.table())) {
            String name = create.name() == null ? "" : create.name() + " ";
            j.report(PG_CREATE_INDEX_NONCONCURRENT, "CREATE INDEX " + name + "on " + create.table()
                            + ", a table that existed before this migration, takes a SHARE lock that blocks every write to it for the whole build",
                    "CREATE " + (create.unique() ? "UNIQUE " : "") + "INDEX CONCURRENTLY " + name + "ON " + create.table()
                            + " (" + String.join(", ", create.columns()) + ")" + (create.partial() ? " WHERE …" : "") + " "
                            + nonTransactional(j));
        }
    }

    private static void dropIndex(Judgement j, Stmt.DropIndex drop) {
        if (!j.postgres()) {
            return;
        }
        if (drop.concurrently()) {
            concurrentInTransaction(j, "DROP INDEX CONCURRENTLY");
            return;
        }
        List<String> locking = new ArrayList<>();
        for (String name : drop.names()) {
            SchemaState.Index index = j.state.index(name);
            boolean fresh = j.migration.createdIndexes.contains(name) || (index != null && !j.existing(index.table()));
            if (!fresh) {
                locking.add(index == null ? name : name + " (on " + index.table() + ")");
            }
        }
        if (!locking.isEmpty()) {
            j.report(PG_DROP_INDEX_NONCONCURRENT, "DROP INDEX " + String.join(", ", locking)
                            + " takes an ACCESS EXCLUSIVE lock on the table, queued behind every running query",
                    "DROP INDEX CONCURRENTLY (one index per statement) " + nonTransactional(j));
        }
    }

    private static void concurrentInTransaction(Judgement j, String what) {
        if (j.migration.transactional) {
            j.report(PG_CONCURRENT_IN_TRANSACTION, what + " cannot run inside a transaction block: PostgreSQL refuses it and the"
                            + " migration fails", "add `-- strata:transactional false` to the header (and keep the migration to"
                            + " statements that are safe to run one by one)");
        }
    }

    // ---- other PostgreSQL commands

    private static void truncate(Judgement j, Stmt.Truncate truncate) {
        if (!truncate.cascade()) {
            return;
        }
        Set<String> referencing = new TreeSet<>();
        for (SchemaState.Table table : j.state.tables()) {
            for (SchemaState.Constraint c : table.constraints()) {
                if (c.kind() == ConstraintDef.Kind.FOREIGN_KEY && truncate.tables().contains(c.references().table())
                        && !truncate.tables().contains(table.name())) {
                    referencing.add(table.name());
                }
            }
        }
        List<String> all = new ArrayList<>(truncate.tables());
        all.addAll(referencing);
        j.report(PG_TRUNCATE_CASCADE, "TRUNCATE " + String.join(", ", truncate.tables()) + " CASCADE also empties every table with a"
                        + " foreign key to " + (truncate.tables().size() == 1 ? "it" : "them") + ", transitively"
                        + (referencing.isEmpty() ? "" : " (here: " + String.join(", ", referencing) + ")"),
                "name the tables to empty: TRUNCATE " + String.join(", ", all));
    }

    private static void rewriteCommand(Judgement j, String table, String command) {
        if (table != null && !j.existing(table)) {
            return;
        }
        j.report(PG_TABLE_REWRITE_COMMAND, command + " rewrites " + (table == null ? "every table" : table)
                        + " under an ACCESS EXCLUSIVE lock: reads and writes wait for the whole rewrite",
                "use pg_repack (or pg_squeeze) to do it online, or run it by hand in a maintenance window, not in a migration");
    }

    private static void json(Judgement j, String table, String column, SqlType type) {
        if (type.name().equals("json")) {
            j.report(PG_JSON_COLUMN, "column " + table + "." + column + " is json: no equality operator (DISTINCT, GROUP BY and UNIQUE"
                    + " fail), no GIN index, and it is reparsed on every access", "use jsonb");
        }
    }

    private static void identifier(Judgement j, String name, String what) {
        byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > PG_NAME_BYTES) {
            String truncated = new String(bytes, 0, PG_NAME_BYTES, StandardCharsets.UTF_8).replace("\uFFFD", "");
            j.report(PG_IDENTIFIER_TOO_LONG, what + " name " + name + " is " + bytes.length + " bytes; PostgreSQL silently truncates"
                    + " names to 63 bytes, so it would be " + truncated, "shorten it to 63 bytes or fewer");
        }
    }

    // ---- data changes

    private static void backfill(Judgement j, Stmt.DataChange change) {
        boolean transactionalDdl = j.dialect() == SqlFlavor.POSTGRES || j.dialect() == SqlFlavor.SQLITE;
        if (!transactionalDdl || !j.migration.transactional || !j.migration.changesSchema) {
            return;
        }
        if (!change.verb().equals("UPDATE") && !change.verb().equals("DELETE")) {
            return;
        }
        if (change.table() != null && !j.existing(change.table())) {
            return;
        }
        j.report(BACKFILL_IN_DDL_TRANSACTION, change.verb() + " " + change.table() + " runs in the same transaction as this migration's"
                        + " schema changes, which keep their locks until the whole " + change.verb().toLowerCase(java.util.Locale.ROOT) + " commits",
                "move it to a migration of its own (`-- strata:transactional false`, in batches of a few thousand rows)");
    }

    /** Where a CONCURRENTLY statement belongs, said for this migration. */
    private static String nonTransactional(Judgement j) {
        return j.migration.transactional ? "in a migration with `-- strata:transactional false`" : "(this migration already runs outside a transaction)";
    }

    private static String columns(List<String> columns) {
        return columns.isEmpty() ? "" : " (" + String.join(", ", columns) + ")";
    }

    static String fkName(String table, List<String> columns) {
        return "fk_" + table + "_" + String.join("_", columns);
    }

    static String checkName(String table, String column) {
        return "ck_" + table + "_" + column + "_not_null";
    }
}
