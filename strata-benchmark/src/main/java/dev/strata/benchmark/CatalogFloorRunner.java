package dev.strata.benchmark;

import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The floor of the introspection scenario: four {@code pg_catalog} queries (tables, columns, constraints,
 * indexes) of every non-system schema, over one connection, materialized into plain Java records and put
 * together per table with hash lookups. No snapshot transaction, no {@code search_path} handling, no
 * descriptions, collations, identity or serial sequences, operator classes or extension filtering: only what
 * it takes to hold the tables, columns, keys and indexes. Prints {@code tables=…}. Usage: {@code introspect URL}.
 */
public final class CatalogFloorRunner {

    private CatalogFloorRunner() {
    }

    record Column(String name, String type, boolean notNull, String defaultExpression) {
    }

    /** @param type {@code p}, {@code u}, {@code f}, {@code c} or {@code x} */
    record Constraint(String name, String type, List<String> columns, String referencedNamespace,
                      String referencedTable, List<String> referencedColumns, String onDelete, String onUpdate,
                      String definition) {
    }

    record Index(String name, String method, boolean unique, boolean primary, List<String> columns,
                 String predicate) {
    }

    record Table(long oid, String namespace, String name, List<Column> columns, List<Constraint> constraints,
                 List<Index> indexes) {
    }

    private static final String SCHEMAS = "n.nspname !~ '^pg_' AND n.nspname <> 'information_schema'";

    static final String TABLES = "SELECT c.oid, n.nspname, c.relname FROM pg_class c"
            + " JOIN pg_namespace n ON n.oid = c.relnamespace"
            + " WHERE c.relkind IN ('r', 'p') AND " + SCHEMAS + " ORDER BY n.nspname, c.relname";

    static final String COLUMNS = "SELECT a.attrelid, a.attnum, a.attname, format_type(a.atttypid, a.atttypmod),"
            + " a.attnotnull, pg_get_expr(ad.adbin, ad.adrelid)"
            + " FROM pg_attribute a"
            + " JOIN pg_class c ON c.oid = a.attrelid AND c.relkind IN ('r', 'p')"
            + " JOIN pg_namespace n ON n.oid = c.relnamespace"
            + " LEFT JOIN pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum"
            + " WHERE a.attnum > 0 AND NOT a.attisdropped AND " + SCHEMAS
            + " ORDER BY a.attrelid, a.attnum";

    static final String CONSTRAINTS = "SELECT co.conrelid, co.conname, co.contype, co.conkey, rn.nspname,"
            + " rc.relname, co.confrelid, co.confkey, co.confdeltype, co.confupdtype,"
            + " CASE WHEN co.contype IN ('c', 'x') THEN pg_get_constraintdef(co.oid) END"
            + " FROM pg_constraint co"
            + " JOIN pg_class c ON c.oid = co.conrelid"
            + " JOIN pg_namespace n ON n.oid = c.relnamespace"
            + " LEFT JOIN pg_class rc ON rc.oid = co.confrelid"
            + " LEFT JOIN pg_namespace rn ON rn.oid = rc.relnamespace"
            + " WHERE " + SCHEMAS + " ORDER BY co.conrelid, co.conname";

    static final String INDEXES = "SELECT i.indrelid, ic.relname, am.amname, i.indisunique, i.indisprimary,"
            + " i.indkey::int2[], pg_get_expr(i.indpred, i.indrelid)"
            + " FROM pg_index i"
            + " JOIN pg_class ic ON ic.oid = i.indexrelid"
            + " JOIN pg_am am ON am.oid = ic.relam"
            + " JOIN pg_class c ON c.oid = i.indrelid"
            + " JOIN pg_namespace n ON n.oid = c.relnamespace"
            + " WHERE " + SCHEMAS + " ORDER BY i.indrelid, ic.relname";

    public static void main(String[] args) {
        if (args.length != 2 || Scenario.parse(args[0]) != Scenario.INTROSPECT) {
            System.err.println("usage: CatalogFloorRunner introspect URL");
            System.exit(2);
        }
        DbUrl db = DbUrl.parse(args[1]);
        RunnerSupport.time(() -> RunnerSupport.figure("tables", read(db).size()));
    }

    static List<Table> read(DbUrl db) throws SQLException {
        try (Connection connection = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
             Statement statement = connection.createStatement()) {
            Map<Long, Map<Integer, String>> names = new HashMap<>();
            Map<Long, List<Column>> columns = new HashMap<>();
            try (ResultSet r = statement.executeQuery(COLUMNS)) {
                while (r.next()) {
                    long table = r.getLong(1);
                    Column column = new Column(r.getString(3), r.getString(4), r.getBoolean(5), r.getString(6));
                    names.computeIfAbsent(table, k -> new HashMap<>()).put(r.getInt(2), column.name());
                    columns.computeIfAbsent(table, k -> new ArrayList<>()).add(column);
                }
            }
            Map<Long, List<Constraint>> constraints = new HashMap<>();
            try (ResultSet r = statement.executeQuery(CONSTRAINTS)) {
                while (r.next()) {
                    long table = r.getLong(1);
                    long referenced = r.getLong(7);
                    constraints.computeIfAbsent(table, k -> new ArrayList<>()).add(new Constraint(r.getString(2),
                            r.getString(3), columnNames(r.getArray(4), names.get(table)), r.getString(5),
                            r.getString(6), columnNames(r.getArray(8), names.get(referenced)), r.getString(9),
                            r.getString(10), r.getString(11)));
                }
            }
            Map<Long, List<Index>> indexes = new HashMap<>();
            try (ResultSet r = statement.executeQuery(INDEXES)) {
                while (r.next()) {
                    long table = r.getLong(1);
                    indexes.computeIfAbsent(table, k -> new ArrayList<>()).add(new Index(r.getString(2),
                            r.getString(3), r.getBoolean(4), r.getBoolean(5),
                            columnNames(r.getArray(6), names.get(table)), r.getString(7)));
                }
            }
            List<Table> tables = new ArrayList<>();
            try (ResultSet r = statement.executeQuery(TABLES)) {
                while (r.next()) {
                    long oid = r.getLong(1);
                    tables.add(new Table(oid, r.getString(2), r.getString(3),
                            List.copyOf(columns.getOrDefault(oid, List.of())),
                            List.copyOf(constraints.getOrDefault(oid, List.of())),
                            List.copyOf(indexes.getOrDefault(oid, List.of()))));
                }
            }
            return tables;
        }
    }

    /** Attribute numbers to column names; an expression key (number 0) or an unknown number stays null. */
    private static List<String> columnNames(Array numbers, Map<Integer, String> names) throws SQLException {
        if (numbers == null) {
            return List.of();
        }
        Object[] values = (Object[]) numbers.getArray();
        List<String> result = new ArrayList<>(values.length);
        for (Object value : values) {
            int number = ((Number) value).intValue();
            result.add(names == null ? null : names.get(number));
        }
        return result;
    }
}
