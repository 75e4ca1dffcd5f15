package dev.strata.core.lint;

import dev.strata.core.lint.sql.AlterAction;
import dev.strata.core.lint.sql.ConstraintDef;
import dev.strata.core.lint.sql.Stmt;

import java.util.List;

import static dev.strata.core.lint.RuleCatalog.UNIQUE_ON_EXISTING_DATA;

/**
 * {@code unique-on-existing-data}: a unique index, unique constraint or primary key added to a table that existed
 * before this migration (all databases). Whether the rows already hold duplicates is a fact of the live data that
 * lint cannot see, so it says what to check. {@code ADD … USING INDEX} is exempt: the unique index it adopts was
 * built (and judged) before. A new column's own UNIQUE is not judged here: the column has no data yet.
 */
final class UniqueRules {
    private UniqueRules() {
    }

    static void judge(Judgement j) {
        if (j.stmt instanceof Stmt.CreateIndex create && create.unique() && j.existing(create.table())) {
            report(j, create.table(), "unique index " + (create.name() == null ? "" : create.name() + " "), create.columns(), false);
        } else if (j.stmt instanceof Stmt.AlterTable alter && j.existing(alter.table())) {
            for (AlterAction action : alter.actions()) {
                if (action instanceof AlterAction.AddConstraint add && add.constraint().usingIndex() == null
                        && (add.constraint().kind() == ConstraintDef.Kind.UNIQUE || add.constraint().kind() == ConstraintDef.Kind.PRIMARY_KEY)) {
                    ConstraintDef c = add.constraint();
                    boolean primary = c.kind() == ConstraintDef.Kind.PRIMARY_KEY;
                    report(j, alter.table(), (primary ? "PRIMARY KEY " : "UNIQUE ") + (c.name() == null ? "" : c.name() + " "), c.columns(), primary);
                } else if (action instanceof AlterAction.ModifyColumn modify && (modify.column().unique() || modify.column().primaryKey())) {
                    boolean primary = modify.column().primaryKey();
                    report(j, alter.table(), (primary ? "PRIMARY KEY " : "UNIQUE ") + "on column ", List.of(modify.column().name()), primary);
                }
            }
        }
    }

    private static void report(Judgement j, String table, String what, List<String> columns, boolean primary) {
        String cols = String.join(", ", columns);
        j.report(UNIQUE_ON_EXISTING_DATA, what + "(" + cols + ") on " + table + ", a table that existed before this migration: if its rows"
                        + " already hold duplicate" + (primary ? " or NULL" : "") + " values of (" + cols + "), the deploy fails at this statement",
                "look first: SELECT " + cols + ", count(*) FROM " + table + " GROUP BY " + cols + " HAVING count(*) > 1;"
                        + " merge or remove the duplicates in an earlier migration (and stop the application writing new ones),"
                        + " then keep this with `-- strata:allow unique-on-existing-data <how duplicates were ruled out>`");
    }
}
