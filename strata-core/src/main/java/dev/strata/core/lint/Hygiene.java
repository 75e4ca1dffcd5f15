package dev.strata.core.lint;

import dev.strata.core.lint.sql.ConstraintDef;
import dev.strata.core.lint.sql.SqlType;
import dev.strata.core.script.SqlFlavor;

import java.util.List;

import static dev.strata.core.lint.RuleCatalog.FK_WITHOUT_ON_DELETE;
import static dev.strata.core.lint.RuleCatalog.TIMESTAMP_WITHOUT_TIME_ZONE;
import static dev.strata.core.lint.RuleCatalog.UNNAMED_CONSTRAINT;
import static dev.strata.core.lint.RuleCatalog.VARCHAR_WITHOUT_LENGTH;

/**
 * The design rules about one table's naming and types, judged on the schema after the linted migrations and
 * anchored to the statement that made each object: {@code unnamed-constraint}, {@code fk-without-on-delete},
 * and PostgreSQL's {@code varchar-without-length} and {@code timestamp-without-time-zone}.
 *
 * <p>A primary key is not judged by {@code unnamed-constraint}: every database names it from the table alone
 * (PostgreSQL {@code <table>_pkey}, MariaDB {@code PRIMARY}), so a later migration can always name it. Foreign keys,
 * unique and check constraints and indexes get names built from columns and counters ({@code orders_customer_id_fkey},
 * {@code orders_ibfk_1}, {@code orders_check1}) that differ between databases and versions.
 */
final class Hygiene {
    private Hygiene() {
    }

    static void judge(SchemaState state, SchemaState.Table table, SqlFlavor dialect, DesignRules.Anchor anchor, List<Judgement.Raw> out) {
        for (SchemaState.Constraint c : table.constraints()) {
            DesignRules.Anchored at = c.origin() == null ? null : anchor.apply(c.origin());
            if (at == null) {
                continue;
            }
            if (c.name() == null && c.kind() != ConstraintDef.Kind.PRIMARY_KEY) {
                String name = suggested(c.kind(), table.name(), c.columns());
                out.add(raw(UNNAMED_CONSTRAINT, at, c.origin(), c.kind().words() + " (" + String.join(", ", c.columns()) + ") of "
                                + table.name() + " has no name, so the database makes one up: a later migration (or this one's downgrade)"
                                + " has to guess it to drop or change it, and the guess differs between databases",
                        "name it: CONSTRAINT " + name + " " + c.kind().words() + " …"));
            }
            if (c.kind() == ConstraintDef.Kind.FOREIGN_KEY && c.references().onDelete() == null) {
                String name = c.name() != null ? c.name() : "(" + String.join(", ", c.columns()) + ")";
                String target = c.references().table();
                out.add(raw(FK_WITHOUT_ON_DELETE, at, c.origin(), "foreign key " + name + " of " + table.name() + " says nothing about ON DELETE:"
                                + " deleting a row of " + target + " that rows of " + table.name() + " reference fails (NO ACTION); say whether that is meant",
                        "write what deleting a row of " + target + " does: ON DELETE RESTRICT (refuse), ON DELETE CASCADE (delete the "
                                + table.name() + " rows too) or ON DELETE SET NULL (keep them, unlinked)"));
            }
        }
        for (SchemaState.Index index : state.indexesOf(table.name())) {
            DesignRules.Anchored at = index.origin() == null ? null : anchor.apply(index.origin());
            if (at != null && !index.named()) {
                String name = (index.unique() ? "uq_" : "ix_") + table.name() + "_" + columnsPart(index.columns());
                out.add(raw(UNNAMED_CONSTRAINT, at, index.origin(), (index.unique() ? "unique index" : "index") + " ("
                                + String.join(", ", index.columns()) + ") on " + table.name() + " has no name, so the database makes one up:"
                                + " a later migration (or this one's downgrade) has to guess it to drop it",
                        "name it: CREATE " + (index.unique() ? "UNIQUE " : "") + "INDEX " + name + " ON " + table.name() + " (…)"));
            }
        }
        if (dialect != SqlFlavor.POSTGRES) {
            return;
        }
        for (String name : table.columnNames()) {
            SchemaState.Column column = table.column(name);
            DesignRules.Anchored at = column.origin() == null ? null : anchor.apply(column.origin());
            if (at == null) {
                continue;
            }
            SqlType type = column.type();
            if (type.name().equals("varchar") && type.args().isEmpty()) {
                out.add(raw(VARCHAR_WITHOUT_LENGTH, at, column.origin(), "column " + table.name() + "." + name + " is " + type
                                + " without a length: on PostgreSQL that is text under another name, and readers of the schema expect a limit",
                        "say which you mean: text (no limit), or varchar(n) when a limit belongs to the data"));
            } else if (type.name().equals("timestamp")) {
                out.add(raw(TIMESTAMP_WITHOUT_TIME_ZONE, at, column.origin(), "column " + table.name() + "." + name + " is " + type
                                + " (without time zone): it keeps a wall-clock reading without its zone, so values written by sessions in"
                                + " different time zones cannot be compared",
                        "use timestamptz" + (type.args().isEmpty() ? "" : "(" + String.join(", ", type.args()) + ")")
                                + (type.array() ? "[]" : "") + ", which stores an instant (changing it later rewrites the table)"));
            }
        }
    }

    private static Judgement.Raw raw(String rule, DesignRules.Anchored at, SchemaState.Origin origin, String message, String fix) {
        return new Judgement.Raw(rule, at.revisionIndex(), at.statement(), origin.line(), message, fix);
    }


    private static String suggested(ConstraintDef.Kind kind, String table, List<String> columns) {
        String prefix = switch (kind) {
            case UNIQUE -> "uq_";
            case FOREIGN_KEY -> "fk_";
            case CHECK -> "ck_";
            case EXCLUDE -> "ex_";
            default -> "ix_";
        };
        return prefix + table + (columns.isEmpty() ? "" : "_" + columnsPart(columns));
    }

    private static String columnsPart(List<String> columns) {
        return String.join("_", columns).replaceAll("[^A-Za-z0-9_]", "");
    }
}
