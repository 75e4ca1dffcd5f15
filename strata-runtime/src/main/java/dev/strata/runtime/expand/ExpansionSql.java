package dev.strata.runtime.expand;

import dev.strata.core.script.ExpandDirective;
import dev.strata.core.script.ExpandDirective.Kind;
import dev.strata.core.script.ExpandDirective.NewColumn;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The SQL of one expansion: the expand half (new columns, a dual-write trigger, a batched backfill), the contract
 * half (drop the trigger, its function and the old column) and the abort (drop the trigger, its function and the
 * new columns). Every identifier is quoted; the trigger and its function are named after the revision.
 *
 * <p>The trigger keeps the old column and the new ones in step, whichever side a writer knows:
 * <ul>
 *   <li>a writer that set a new column (on INSERT: to a non-null value; on UPDATE: to a different value) wins: the
 *       old column is derived from the new ones with {@code reverse}, unless it already agrees with them (so a
 *       lossy reverse never rewrites an old value that maps to the same new one);</li>
 *   <li>otherwise, when the old column was written (any INSERT, an UPDATE that changed it) or the row has not been
 *       backfilled yet, the new columns are derived from the old one with {@code using}.</li>
 * </ul>
 * A BEFORE trigger changes only the row being written, so nothing recurses.
 */
final class ExpansionSql {
    private final String revision;
    private final ExpandDirective directive;
    private final String table;
    private final String function;
    private final String trigger;
    private final String old;
    private final List<NewColumn> columns;

    /** @param facts the table as the catalog describes it, or null when there is no database to ask (offline --sql) */
    ExpansionSql(String revision, ExpandDirective directive, TableFacts facts) {
        this.revision = revision;
        this.directive = directive;
        String schema = facts != null ? facts.schema() : directive.table().schema();
        String name = facts != null ? facts.table() : directive.table().name();
        this.table = (schema == null ? "" : Sql.quote(schema) + ".") + Sql.quote(name);
        this.trigger = Sql.quote(Sql.derivedName(revision));
        this.function = (schema == null ? "" : Sql.quote(schema) + ".") + trigger;
        this.old = Sql.quote(directive.column());
        List<NewColumn> resolved = new ArrayList<>();
        for (NewColumn column : directive.columns()) {
            String type = column.type();
            if (type == null) {
                type = facts != null ? facts.columns().get(directive.column())
                        : "/* the type of " + directive.column().replace("*/", "* /") + ", read from the table when it runs */";
            }
            resolved.add(new NewColumn(column.name(), type, column.using()));
        }
        this.columns = List.copyOf(resolved);
    }

    String table() {
        return table;
    }

    String displayTable() {
        return TableFacts.display(directive.table());
    }

    String oldColumn() {
        return directive.column();
    }

    List<String> newColumns() {
        return columns.stream().map(NewColumn::name).toList();
    }

    String triggerName() {
        return Sql.derivedName(revision);
    }

    /** The DDL of the expand half, each statement safe to run again after a crash. */
    List<String> expand() {
        List<String> sql = new ArrayList<>();
        sql.add("ALTER TABLE " + table + " " + columns.stream()
                .map(c -> "ADD COLUMN IF NOT EXISTS " + Sql.quote(c.name()) + " " + c.type()).collect(Collectors.joining(", ")));
        sql.add(triggerFunction());
        String create = "CREATE TRIGGER " + trigger + " BEFORE INSERT OR UPDATE ON " + table + " FOR EACH ROW EXECUTE FUNCTION "
                + function + "()";
        String check = "IF NOT EXISTS (SELECT 1 FROM pg_trigger WHERE tgrelid = " + Sql.literal(table) + "::regclass AND tgname = "
                + Sql.literal(Sql.derivedName(revision)) + ") THEN\n    " + create + ";\n  END IF;";
        String tag = Sql.dollarTag(check);
        sql.add("DO " + tag + "\nBEGIN\n  " + check + "\nEND\n" + tag);
        return sql;
    }

    /** The backfill: every row whose new columns are all still null gets them derived from the old one. */
    String backfill() {
        return "UPDATE " + table + " SET " + columns.stream().map(c -> Sql.quote(c.name()) + " = " + forward(c, name -> Sql.quote(name)))
                .collect(Collectors.joining(", "))
                + " WHERE {batch} AND " + allNull("") + " AND " + old + " IS NOT NULL";
    }

    /** Drops the trigger, its function and the old column. */
    List<String> contract() {
        return List.of("DROP TRIGGER IF EXISTS " + trigger + " ON " + table, "DROP FUNCTION IF EXISTS " + function + "()",
                "ALTER TABLE " + table + " DROP COLUMN IF EXISTS " + old);
    }

    /** Drops the trigger, its function and the new columns; the old column keeps every value written meanwhile. */
    List<String> abort() {
        return List.of("DROP TRIGGER IF EXISTS " + trigger + " ON " + table, "DROP FUNCTION IF EXISTS " + function + "()",
                "ALTER TABLE " + table + " " + columns.stream().map(c -> "DROP COLUMN IF EXISTS " + Sql.quote(c.name()))
                        .collect(Collectors.joining(", ")));
    }

    private String triggerFunction() {
        String newNames = columns.stream().map(NewColumn::name).collect(Collectors.joining(", "));
        String insertWritten = columns.stream().map(c -> "NEW." + Sql.quote(c.name()) + " IS NOT NULL").collect(Collectors.joining(" OR "));
        String updateWritten = columns.stream().map(c -> "NEW." + Sql.quote(c.name()) + " IS DISTINCT FROM OLD." + Sql.quote(c.name()))
                .collect(Collectors.joining(" OR "));
        String agrees = columns.size() == 1
                ? "NEW." + Sql.quote(columns.get(0).name()) + " IS NOT DISTINCT FROM " + forward(columns.get(0), this::field)
                : "ROW(" + columns.stream().map(c -> "NEW." + Sql.quote(c.name())).collect(Collectors.joining(", "))
                  + ") IS NOT DISTINCT FROM ROW(" + columns.stream().map(c -> forward(c, this::field)).collect(Collectors.joining(", ")) + ")";
        String derive = columns.stream().map(c -> "    NEW." + Sql.quote(c.name()) + " := " + forward(c, this::field) + ";")
                .collect(Collectors.joining("\n"));
        String body = "\nDECLARE\n  written boolean;\nBEGIN\n"
                + "  -- " + (directive.kind().word() + " " + displayTable() + "." + directive.column() + " -> " + newNames)
                        .replaceAll("\\p{Cntrl}", "?") + " (Strata expansion of revision " + revision + ")\n"
                + "  IF TG_OP = 'INSERT' THEN\n    written := " + insertWritten + ";\n"
                + "  ELSE\n    written := " + updateWritten + ";\n  END IF;\n"
                + "  IF written THEN\n"
                + "    -- a writer that knows the new column(s) set them: the old column follows, unless it already agrees\n"
                + "    IF NOT (" + agrees + ") THEN\n      NEW." + old + " := " + reverse() + ";\n    END IF;\n"
                + "  ELSIF TG_OP = 'INSERT' OR NEW." + old + " IS DISTINCT FROM OLD." + old + " OR " + allNull("NEW.") + " THEN\n"
                + "    -- a writer that knows only the old column (or a row not backfilled yet): the new column(s) follow\n"
                + derive + "\n  END IF;\n  RETURN NEW;\nEND\n";
        String tag = Sql.dollarTag(body);
        return "CREATE OR REPLACE FUNCTION " + function + "() RETURNS trigger LANGUAGE plpgsql AS " + tag + body + tag;
    }

    /** A new column's value from a row: {@code using}, or the old column (cast to the new type for change-type). */
    private String forward(NewColumn column, Function<String, String> field) {
        if (column.using() != null) {
            return expression(column.using(), field);
        }
        String value = field.apply(directive.column());
        return directive.kind() == Kind.CHANGE_TYPE ? "CAST(" + value + " AS " + column.type() + ")" : value;
    }

    /** The old column's value from the new ones: {@code reverse}, or the new column (assigned, so cast to the old type). */
    private String reverse() {
        if (directive.reverse() != null) {
            return expression(directive.reverse(), this::field);
        }
        return field(columns.get(0).name());
    }

    /**
     * An expression written over the table's columns. In the table (backfill) it is used as written; in the trigger
     * it is evaluated over the row being written, exposed under the columns' own names.
     */
    private String expression(String sql, Function<String, String> field) {
        if (field.apply("x").startsWith("NEW.")) {
            return "(SELECT (" + sql + ") FROM (SELECT (NEW).*) AS strata_row)";
        }
        return "(" + sql + ")";
    }

    private String field(String column) {
        return "NEW." + Sql.quote(column);
    }

    private String allNull(String prefix) {
        String all = columns.stream().map(c -> prefix + Sql.quote(c.name()) + " IS NULL").collect(Collectors.joining(" AND "));
        return columns.size() == 1 ? all : "(" + all + ")";
    }
}
