package dev.strata.core.lint;

import dev.strata.core.lint.sql.ConstraintDef;
import dev.strata.core.script.SqlFlavor;

import java.util.List;
import java.util.function.Function;

import static dev.strata.core.lint.RuleCatalog.FK_WITHOUT_INDEX;
import static dev.strata.core.lint.RuleCatalog.TABLE_WITHOUT_PRIMARY_KEY;

/**
 * Design review: the schema after the linted migrations, judged once. A finding is anchored to the statement
 * that made the object (so an index added by a later migration clears a foreign key's finding, and a
 * suppression on that statement excuses it).
 */
final class DesignRules {
    /** Where an object's finding goes: the statement that made it, in a linted migration; null to skip it. */
    interface Anchor extends Function<SchemaState.Origin, Anchored> {
    }

    record Anchored(int revisionIndex, int statement) {
    }

    private DesignRules() {
    }

    static void judge(SchemaState state, SqlFlavor dialect, Anchor anchor, List<Judgement.Raw> out) {
        for (SchemaState.Table table : state.tables()) {
            if (!table.known() || table.origin() == null) {
                Hygiene.judge(state, table, dialect, anchor, out); // constraints an ALTER added to a table made elsewhere
                continue;
            }
            Anchored at = anchor.apply(table.origin());
            if (at != null && table.primaryKey() == null) {
                out.add(new Judgement.Raw(TABLE_WITHOUT_PRIMARY_KEY, at.revisionIndex(), at.statement(), table.origin().line(),
                        "table " + table.name() + " has no primary key: rows cannot be addressed one by one (logical replication,"
                                + " many tools and ORMs need one)",
                        "add one: a surrogate key column (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY on PostgreSQL) or"
                                + " CONSTRAINT pk_" + table.name() + " PRIMARY KEY (<natural key columns>)"));
            }
            Hygiene.judge(state, table, dialect, anchor, out);
            if (dialect == SqlFlavor.MARIADB) {
                continue; // InnoDB creates an index for every foreign key that lacks one
            }
            for (SchemaState.Constraint fk : table.constraints()) {
                if (fk.kind() != ConstraintDef.Kind.FOREIGN_KEY || fk.origin() == null || covered(state, table, fk.columns())) {
                    continue;
                }
                Anchored fkAt = anchor.apply(fk.origin());
                if (fkAt == null) {
                    continue;
                }
                String name = fk.name() != null ? fk.name() : "(" + String.join(", ", fk.columns()) + ")";
                String index = "ix_" + table.name() + "_" + String.join("_", fk.columns());
                out.add(new Judgement.Raw(FK_WITHOUT_INDEX, fkAt.revisionIndex(), fkAt.statement(), fk.origin().line(),
                        "foreign key " + name + " of " + table.name() + " has no index leading with " + String.join(", ", fk.columns())
                                + ": every delete or key update in " + fk.references().table() + " scans " + table.name() + ", and joins are slow",
                        "CREATE INDEX " + (dialect == SqlFlavor.POSTGRES ? "CONCURRENTLY " : "") + index + " ON " + table.name()
                                + " (" + String.join(", ", fk.columns()) + ")"
                                + (dialect == SqlFlavor.POSTGRES ? " in a migration with `-- strata:transactional false`" : "")));
            }
        }
    }

    /** True when some index, primary key or unique constraint of the table leads with exactly these columns. */
    private static boolean covered(SchemaState state, SchemaState.Table table, List<String> columns) {
        for (SchemaState.Constraint c : table.constraints()) {
            if ((c.kind() == ConstraintDef.Kind.PRIMARY_KEY || c.kind() == ConstraintDef.Kind.UNIQUE) && leads(c.columns(), columns)) {
                return true;
            }
        }
        for (SchemaState.Index index : state.indexesOf(table.name())) {
            if (!index.partial() && leads(index.columns(), columns)) {
                return true;
            }
        }
        return false;
    }

    /** True when indexed starts with columns, in any order within that prefix. */
    private static boolean leads(List<String> indexed, List<String> columns) {
        if (columns.isEmpty() || indexed.size() < columns.size()) {
            return false;
        }
        return indexed.subList(0, columns.size()).containsAll(columns);
    }
}
