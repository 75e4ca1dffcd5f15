package dev.strata.runtime.sqlite;

import dev.strata.core.model.Namespace;
import dev.strata.core.model.Schema;
import dev.strata.core.model.Table;
import dev.strata.core.model.View;
import dev.strata.runtime.Inspector;
import dev.strata.runtime.JdbcSession;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a SQLite database's {@code main} schema, Strata's single namespace {@code "main"}, in
 * {@link #QUERIES}{@code .size()} statements whatever the number of tables: {@code sqlite_master} with
 * {@code pragma_table_list}, then the table-valued pragmas {@code table_xinfo}, {@code foreign_key_list} and
 * {@code index_list} × {@code index_xinfo} joined to {@code sqlite_master}, each once for every table.
 * What the pragmas do not say (constraint names, checks, generation expressions, declared collations,
 * {@code AUTOINCREMENT}, index expressions and predicates) is read from the stored {@code CREATE} text by
 * {@link SqliteDdl}.
 *
 * <p>Types and defaults are as written ({@code VARCHAR(20)}, {@code 'it''s'}, {@code CURRENT_TIMESTAMP});
 * a column declared without a type is {@code BLOB}, the type it has. A unique constraint is named by its
 * {@code CONSTRAINT} name when it has one and otherwise by SQLite's {@code sqlite_autoindex_…} index; the
 * automatic indexes behind the primary key and unique constraints are not reported as indexes. A foreign key
 * written without columns ({@code REFERENCES users}) references the parent's primary key columns. An index key
 * has a collation only where it is not the one the key gets anyway (its column's declared collation, or
 * {@code BINARY}).
 *
 * <p>Left out: {@code sqlite_*} tables, Strata's tables, virtual tables and their shadow tables, triggers,
 * a view's column list, and schemas other than {@code main} (temp, attached databases).
 */
public final class SqliteInspector implements Inspector {

    static final String NAMESPACE = "main";
    static final Set<String> STRATA_TABLES = Set.of("strata_version", "strata_history");

    private static final String USER_TABLES = "m.type = 'table' AND m.name NOT LIKE 'sqlite\\_%' ESCAPE '\\' "
            + "AND m.sql NOT LIKE 'CREATE VIRTUAL%'";

    static final String OBJECTS = "SELECT m.type, m.name, m.tbl_name, m.sql, l.type, l.wr, l.strict FROM sqlite_master m "
            + "LEFT JOIN pragma_table_list l ON l.schema = 'main' AND l.name = m.name "
            + "WHERE m.name NOT LIKE 'sqlite\\_%' ESCAPE '\\'";

    static final String COLUMNS = "SELECT m.name, c.cid, c.name, c.type, c.\"notnull\", c.dflt_value, c.pk, c.hidden "
            + "FROM sqlite_master m JOIN pragma_table_xinfo(m.name) c WHERE " + USER_TABLES;

    static final String FOREIGN_KEYS = "SELECT m.name, f.id, f.seq, f.\"table\", f.\"from\", f.\"to\", f.on_update, f.on_delete "
            + "FROM sqlite_master m JOIN pragma_foreign_key_list(m.name) f WHERE " + USER_TABLES;

    static final String INDEXES = "SELECT m.name, il.name, il.\"unique\", il.origin, il.partial, ix.seqno, ix.cid, ix.name, "
            + "ix.\"desc\", ix.coll FROM sqlite_master m JOIN pragma_index_list(m.name) il "
            + "JOIN pragma_index_xinfo(il.name) ix WHERE " + USER_TABLES + " AND ix.key = 1";

    /** Every statement an inspection runs, in order, each once. */
    static final List<String> QUERIES = List.of(OBJECTS, COLUMNS, FOREIGN_KEYS, INDEXES);

    /** Reads {@code main}; a request that names other schemas only gets those of them that exist, i.e. none. */
    @Override
    public Schema inspect(JdbcSession session, Set<String> schemas) {
        if (schemas != null && !schemas.isEmpty() && !schemas.contains(NAMESPACE)) {
            return Schema.EMPTY;
        }
        Map<String, SqliteTable> tables = new HashMap<>();
        Map<String, String> indexSql = new HashMap<>();
        List<View> views = new ArrayList<>();
        session.query(OBJECTS, r -> {
            String type = r.getString(1);
            String name = r.getString(2);
            String sql = r.getString(4);
            String listed = r.getString(5);
            switch (type) {
                case "table" -> {
                    if ("table".equals(listed) && !STRATA_TABLES.contains(name)) {
                        tables.put(name, new SqliteTable(name, sql, r.getInt(6) == 1, r.getInt(7) == 1));
                    }
                }
                case "view" -> views.add(View.of(name, SqliteDdl.viewQuery(sql)));
                case "index" -> indexSql.put(name, sql);
                default -> {
                    // triggers are not part of the model
                }
            }
            return null;
        });
        session.query(COLUMNS, r -> {
            SqliteTable table = tables.get(r.getString(1));
            if (table != null) {
                table.columns.add(new SqliteTable.ColumnRow(r.getInt(2), r.getString(3), r.getString(4), r.getInt(5) == 1,
                        r.getString(6), r.getInt(7), r.getInt(8)));
            }
            return null;
        });
        session.query(FOREIGN_KEYS, r -> {
            SqliteTable table = tables.get(r.getString(1));
            if (table != null) {
                table.foreignKeyParts.add(new SqliteTable.ForeignKeyPart(r.getInt(2), r.getInt(3), r.getString(4),
                        r.getString(5), r.getString(6), r.getString(7), r.getString(8)));
            }
            return null;
        });
        session.query(INDEXES, r -> {
            SqliteTable table = tables.get(r.getString(1));
            if (table != null) {
                table.indexParts.add(new SqliteTable.IndexPart(r.getString(2), r.getInt(3) == 1, r.getString(4),
                        r.getInt(5) == 1, r.getInt(6), r.getInt(7), r.getString(8), r.getInt(9) == 1, r.getString(10)));
            }
            return null;
        });

        SqliteTable.Lookup lookup = new SqliteTable.Lookup(tables.values());
        List<Table> built = new ArrayList<>(tables.size());
        for (SqliteTable table : tables.values()) {
            built.add(table.build(lookup, indexSql));
        }
        built.sort(Comparator.comparing(Table::name));
        views.sort(Comparator.comparing(View::name));
        return Schema.of(new Namespace(NAMESPACE, built, views, List.of(), List.of(), List.of()));
    }
}
