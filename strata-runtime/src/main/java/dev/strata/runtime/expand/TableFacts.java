package dev.strata.runtime.expand;

import dev.strata.core.error.BadInputException;
import dev.strata.core.script.ExpandDirective;
import dev.strata.runtime.JdbcSession;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an expansion needs to know about its table, read from the catalog: where the table lives, its columns'
 * types, its single-column primary key.
 *
 * @param schema     the table's schema
 * @param table      the table's name
 * @param columns    every column, in order, with its type as {@code format_type} writes it
 * @param primaryKey the primary key's column when it has exactly one, else null
 */
record TableFacts(String schema, String table, Map<String, String> columns, String primaryKey) {

    /** Reads the facts of the directive's table; when it does not exist, a clear error if {@code required}, else null. */
    static TableFacts read(JdbcSession session, ExpandDirective.QualifiedName name, String where, boolean required) {
        String regclass = (name.schema() == null ? "" : Sql.quote(name.schema()) + ".") + Sql.quote(name.name());
        List<String[]> rows = session.query("""
                SELECT n.nspname, c.relname, a.attname, format_type(a.atttypid, a.atttypmod),
                       (SELECT string_agg(k.attname, ',') FROM pg_index i JOIN pg_attribute k
                                ON k.attrelid = i.indrelid AND k.attnum = ANY (i.indkey)
                         WHERE i.indrelid = c.oid AND i.indisprimary AND i.indnatts = 1)
                  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                  JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
                 WHERE c.oid = to_regclass(?) AND c.relkind IN ('r', 'p')
                 ORDER BY a.attnum""",
                r -> new String[]{r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5)}, regclass);
        if (rows.isEmpty() && !required) {
            return null;
        }
        if (rows.isEmpty()) {
            throw new BadInputException(where + ": the table " + display(name) + " does not exist",
                    "check table= in the -- strata:expand line (names in double quotes keep their case)");
        }
        Map<String, String> columns = new LinkedHashMap<>();
        rows.forEach(r -> columns.put(r[2], r[3]));
        return new TableFacts(rows.get(0)[0], rows.get(0)[1], columns, rows.get(0)[4]);
    }

    static String display(ExpandDirective.QualifiedName name) {
        return name.schema() == null ? name.name() : name.schema() + "." + name.name();
    }
}
