package dev.strata.core.lint;

import dev.strata.core.lint.sql.AlterAction;
import dev.strata.core.lint.sql.ColumnDef;
import dev.strata.core.lint.sql.ConstraintDef;
import dev.strata.core.lint.sql.SqlType;
import dev.strata.core.lint.sql.Stmt;

import java.util.Locale;

import static dev.strata.core.lint.RuleCatalog.MY_ADD_FOREIGN_KEY;
import static dev.strata.core.lint.RuleCatalog.MY_COPY_ALGORITHM;

/**
 * MariaDB's ALTER TABLE rules, for InnoDB as MariaDB 10.11 does it ("InnoDB Online DDL Operations with
 * ALGORITHM=INSTANT / NOCOPY / INPLACE"; each verdict is also checked on a real server by running the statement
 * with ALGORITHM=INPLACE appended, see MariaDbAlgorithmIT):
 * <ul>
 *   <li>{@code my-copy-algorithm}: an action only ALGORITHM=COPY can do, which copies the whole table while writes
 *       wait: a changed column type (except a longer VARCHAR whose length prefix stays 1 or 2 bytes, judged for
 *       utf8mb4, 4 bytes a character), a STORED generated column, a CHECK constraint, DROP PRIMARY KEY without a new
 *       one, CONVERT TO CHARACTER SET, or ALGORITHM=COPY written out;</li>
 *   <li>{@code my-add-foreign-key}: ADD FOREIGN KEY on an existing table, which needs COPY too while
 *       {@code foreign_key_checks} is on (it checks every row under the copy).</li>
 * </ul>
 * Only tables that existed before the migration are judged. A MODIFY of a column the history does not know is not
 * judged (its old type is unknown).
 */
final class MariaDbRules {
    /** VARCHAR lengths are judged for utf8mb4: a length prefix of 1 byte up to 255 bytes, 2 above. */
    private static final int BYTES_PER_CHARACTER = 4;

    private MariaDbRules() {
    }

    static void judge(Judgement j) {
        if (!(j.stmt instanceof Stmt.AlterTable alter) || !j.existing(alter.table())) {
            return;
        }
        String table = alter.table();
        boolean addsPrimaryKey = alter.actions().stream().anyMatch(a -> a instanceof AlterAction.AddConstraint add
                && add.constraint().kind() == ConstraintDef.Kind.PRIMARY_KEY);
        String copy = null;
        for (AlterAction action : alter.actions()) {
            if (action instanceof AlterAction.AddConstraint add && add.constraint().kind() == ConstraintDef.Kind.FOREIGN_KEY) {
                addForeignKey(j, table, add.constraint());
            }
            String why = copyReason(j, table, action, addsPrimaryKey);
            if (copy == null && why != null) {
                copy = why;
            }
        }
        if (copy != null) {
            j.report(MY_COPY_ALGORITHM, "ALTER TABLE " + table + " " + copy + ": MariaDB can only do that with ALGORITHM=COPY, which copies"
                            + " the whole table while every write to " + table + " waits",
                    "expand and contract instead of changing it in place (add a new column or table, backfill in batches, switch,"
                            + " drop the old), or use an online schema change tool (pt-online-schema-change, gh-ost); write"
                            + " ALGORITHM=INPLACE, LOCK=NONE on an ALTER you expect to be online, so the server refuses it instead of copying");
        }
    }

    /** Why this action needs a table copy, or null when InnoDB does it INSTANT, NOCOPY or INPLACE. */
    private static String copyReason(Judgement j, String table, AlterAction action, boolean addsPrimaryKey) {
        if (action instanceof AlterAction.AddColumn add && add.column().generated() == ColumnDef.Generated.STORED) {
            return "adds the STORED generated column " + add.column().name();
        }
        if (action instanceof AlterAction.AddConstraint add && add.constraint().kind() == ConstraintDef.Kind.CHECK) {
            return "adds " + add.constraint().describe() + " (checked against every row)";
        }
        if (action instanceof AlterAction.DropConstraint drop && drop.name() == null && !addsPrimaryKey) {
            return "drops the primary key without adding another";
        }
        if (action instanceof AlterAction.ModifyColumn modify) {
            SchemaState.Table known = j.state.table(table);
            SchemaState.Column before = known == null ? null : known.column(modify.from());
            if (before != null && !sameStorage(before.type(), modify.column().type())) {
                boolean varchars = before.type().name().equals("varchar") && modify.column().type().name().equals("varchar");
                return "changes column " + modify.from() + " from " + before.type() + " to " + modify.column().type()
                        + (varchars ? " (judged for utf8mb4: past 255 bytes the length prefix grows from 1 to 2 bytes)" : "");
            }
        }
        if (action instanceof AlterAction.Other other) {
            String text = other.text().toUpperCase(Locale.ROOT).replaceAll("\\s+", "");
            if (text.startsWith("ALGORITHM=COPY")) {
                return "asks for ALGORITHM=COPY";
            }
            if (text.startsWith("CONVERTTO")) {
                return "converts every text column to another character set (" + other.text() + ")";
            }
        }
        return null;
    }

    /** True when InnoDB changes the type without copying: the same type, or a longer VARCHAR with the same length prefix. */
    static boolean sameStorage(SqlType from, SqlType to) {
        if (from.name().equals(to.name()) && from.args().equals(to.args()) && from.array() == to.array()) {
            return true;
        }
        if (from.name().equals("varchar") && to.name().equals("varchar") && from.length() >= 0 && to.length() >= from.length()) {
            int fromBytes = from.length() * BYTES_PER_CHARACTER;
            int toBytes = to.length() * BYTES_PER_CHARACTER;
            return toBytes <= 255 || fromBytes > 255;
        }
        return false;
    }

    private static void addForeignKey(Judgement j, String table, ConstraintDef fk) {
        if (j.migration.foreignKeyChecksOff) {
            return; // added in place without checking the rows: the fix this rule gives
        }
        String name = fk.name() != null ? fk.name() : "fk_" + table + "_" + String.join("_", fk.columns());
        j.report(MY_ADD_FOREIGN_KEY, "ADD " + fk.describe() + " on " + table + ", a table that existed before this migration: with"
                        + " foreign_key_checks on, MariaDB can only add it with ALGORITHM=COPY, copying and checking every row while"
                        + " writes to " + table + " wait",
                "check the rows first (SELECT … FROM " + table + " LEFT JOIN " + fk.references().table() + " … WHERE the parent is missing),"
                        + " then add it in place without the copy: SET foreign_key_checks = 0; ALTER TABLE " + table + " ADD CONSTRAINT " + name
                        + " FOREIGN KEY (" + String.join(", ", fk.columns()) + ") REFERENCES " + fk.references().table() + " (…),"
                        + " ALGORITHM=INPLACE, LOCK=NONE; SET foreign_key_checks = 1");
    }

    /** Follows the migration's {@code SET foreign_key_checks}. */
    static void setting(Judgement.Migration m, Stmt.Setting setting) {
        if (setting.name().equals("foreign_key_checks")) {
            String v = setting.value() == null ? "1" : setting.value().toLowerCase(Locale.ROOT);
            m.foreignKeyChecksOff = v.equals("0") || v.equals("off") || v.equals("false");
        }
    }
}
