package dev.strata.runtime.lint.verify;

import dev.strata.core.error.DatabaseException;
import dev.strata.runtime.JdbcSession;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Puts sample rows into every table of the scratch database that has none from us yet, so that the next migration
 * meets tables with rows: scans, rewrites and a failing {@code NOT NULL} become observable. Values come from the
 * column types ({@code g} runs 1…{@value #ROWS}, so keys are unique); a foreign key's columns take rows of the table
 * it references (seeded first); columns with a default, identity or generated columns are left to the database.
 * A table that refuses the rows (a CHECK the values do not meet, a type with no generator) gets a second try with
 * only the columns that must be given, then is left empty and noted.
 */
final class SampleRows {
    static final int ROWS = 300;

    private static final String COLUMNS = "SELECT a.attname, pg_catalog.format_type(a.atttypid, a.atttypmod),"
            + " COALESCE(NULLIF(bt.typtype, ''), t.typtype), COALESCE(bt.typcategory, t.typcategory),"
            + " pg_catalog.format_type(COALESCE(NULLIF(t.typbasetype, 0), a.atttypid), CASE WHEN t.typbasetype <> 0 THEN t.typtypmod ELSE a.atttypmod END),"
            + " a.attnotnull OR t.typnotnull, a.atthasdef OR a.attidentity <> '' OR a.attgenerated <> '' OR t.typdefault IS NOT NULL,"
            + " CASE WHEN t.typbasetype <> 0 THEN t.typtypmod ELSE a.atttypmod END"
            + " FROM pg_catalog.pg_attribute a JOIN pg_catalog.pg_type t ON t.oid = a.atttypid"
            + " LEFT JOIN pg_catalog.pg_type bt ON bt.oid = t.typbasetype"
            + " WHERE a.attrelid = ? AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum";

    private static final String FOREIGN_KEYS = "SELECT c.confrelid,"
            + " ARRAY(SELECT a.attname FROM unnest(c.conkey) WITH ORDINALITY k(n, i) JOIN pg_catalog.pg_attribute a"
            + "   ON a.attrelid = c.conrelid AND a.attnum = k.n ORDER BY k.i)::text[],"
            + " ARRAY(SELECT a.attname FROM unnest(c.confkey) WITH ORDINALITY k(n, i) JOIN pg_catalog.pg_attribute a"
            + "   ON a.attrelid = c.confrelid AND a.attnum = k.n ORDER BY k.i)::text[]"
            + " FROM pg_catalog.pg_constraint c WHERE c.conrelid = ? AND c.contype = 'f' ORDER BY c.conname";

    private static final String TABLE_NAME = "SELECT pg_catalog.format('%I.%I', n.nspname, c.relname)"
            + " FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE c.oid = ?";

    private record Column(String name, String type, char typtype, char category, String baseType, boolean notNull,
                          boolean hasDefault, int typmod) {
    }

    private record ForeignKey(long parent, List<String> columns, List<String> referenced) {
    }

    private final JdbcSession work;
    private final Set<Long> done = new HashSet<>();
    private final List<String> notes = new ArrayList<>();

    SampleRows(JdbcSession work) {
        this.work = work;
    }

    /** Tables that could not be given rows, each with the reason. */
    List<String> notes() {
        return notes;
    }

    /** Seeds every table in {@code relations} not seeded before, parents before the tables that reference them. */
    int seed(Relations relations) {
        List<Long> pending = new ArrayList<>();
        for (Relations.Relation relation : relations.byOid().values()) {
            if (relation.kind() == 'r' && !done.contains(relation.oid())) {
                pending.add(relation.oid());
            }
        }
        Map<Long, List<ForeignKey>> keys = new LinkedHashMap<>();
        for (long oid : pending) {
            keys.put(oid, foreignKeys(oid));
        }
        int rows = 0;
        while (!pending.isEmpty()) {
            Long next = pending.stream()
                    .filter(oid -> keys.get(oid).stream().allMatch(k -> k.parent() == oid || !pending.contains(k.parent())))
                    .findFirst().orElse(pending.get(0)); // a cycle of foreign keys: one table goes first, its keys may stay empty
            pending.remove(next);
            done.add(next);
            rows += seedTable(next, relations.get(next).name(), keys.get(next));
        }
        return rows;
    }

    private int seedTable(long oid, String name, List<ForeignKey> keys) {
        String table = work.queryOne(TABLE_NAME, r -> r.getString(1), oid);
        List<Column> columns = work.query(COLUMNS, r -> new Column(r.getString(1), r.getString(2), r.getString(3).charAt(0),
                r.getString(4).charAt(0), r.getString(5), r.getBoolean(6), r.getBoolean(7), r.getInt(8)), oid);
        String first = insert(table, columns, keys, false);
        DatabaseException refused = null;
        if (first != null) {
            try {
                return work.update(first);
            } catch (DatabaseException e) {
                refused = e;
            }
        }
        String second = insert(table, columns, keys, true);
        if (second != null && !second.equals(first)) {
            try {
                return work.update(second);
            } catch (DatabaseException e) {
                refused = e;
            }
        }
        notes.add(name + ": no sample rows (" + (refused != null ? refused.getMessage() : "a NOT NULL column of a type with no sample value")
                + ")");
        return 0;
    }

    /** {@code INSERT … SELECT … FROM generate_series}, or null when a required column has no sample value. */
    private String insert(String table, List<Column> columns, List<ForeignKey> keys, boolean requiredOnly) {
        Map<String, String> fromKey = new LinkedHashMap<>();
        StringBuilder from = new StringBuilder(" FROM generate_series(1, " + ROWS + ") AS g");
        for (int k = 0; k < keys.size(); k++) {
            ForeignKey key = keys.get(k);
            String alias = "fk" + k;
            String parent = work.queryOne(TABLE_NAME, r -> r.getString(1), key.parent());
            List<String> referenced = key.referenced().stream().map(SampleRows::quote).toList();
            from.append(" LEFT JOIN LATERAL (SELECT ").append(String.join(", ", referenced)).append(" FROM ").append(parent)
                    .append(" ORDER BY ").append(String.join(", ", referenced)).append(" OFFSET (g - 1) % GREATEST((SELECT count(*) FROM ")
                    .append(parent).append("), 1) LIMIT 1) AS ").append(alias).append(" ON true");
            for (int c = 0; c < key.columns().size(); c++) {
                fromKey.putIfAbsent(key.columns().get(c), alias + "." + quote(key.referenced().get(c)));
            }
        }
        List<String> names = new ArrayList<>();
        List<String> values = new ArrayList<>();
        for (Column column : columns) {
            boolean required = column.notNull() && !column.hasDefault();
            if (column.hasDefault() || requiredOnly && !required) {
                continue;
            }
            String value = fromKey.containsKey(column.name()) ? fromKey.get(column.name()) : value(column);
            if (value == null) {
                if (required) {
                    return null;
                }
                continue;
            }
            names.add(quote(column.name()));
            values.add("(" + value + ")::" + column.type());
        }
        if (names.isEmpty()) {
            return "INSERT INTO " + table + " SELECT FROM generate_series(1, " + ROWS + ")";
        }
        return "INSERT INTO " + table + " (" + String.join(", ", names) + ") SELECT " + String.join(", ", values) + from;
    }

    /** A value expression over {@code g} for the column's type, or null when there is none. */
    private static String value(Column column) {
        String base = column.baseType();
        if (column.typtype() == 'e') {
            String type = column.type();
            return "(enum_range(NULL::" + type + "))[1 + g % cardinality(enum_range(NULL::" + type + "))]";
        }
        switch (column.category()) {
            case 'N' -> {
                if (base.startsWith("numeric(")) {
                    int precision = ((column.typmod() - 4) >> 16) & 0xffff;
                    int scale = (column.typmod() - 4) & 0xffff;
                    int digits = precision - scale;
                    return digits >= 6 ? "100000 + g" : digits <= 0 ? "0" : "g % " + (long) Math.pow(10, digits);
                }
                return base.equals("smallint") ? "10000 + g" : "100000 + g";
            }
            case 'S' -> {
                int length = base.matches(".*\\(\\d+\\)") ? Integer.parseInt(base.replaceAll(".*\\((\\d+)\\)", "$1")) : 0;
                return length > 0 ? "right('s' || (100000 + g), " + length + ")" : "'s' || (100000 + g)";
            }
            case 'B' -> {
                return "g % 2 = 0";
            }
            case 'D' -> {
                if (base.startsWith("date")) {
                    return "date '2024-01-01' + g";
                }
                return base.startsWith("timestamp") ? "timestamp '2024-01-01' + g * interval '1 minute'" : "time '00:00' + g * interval '1 second'";
            }
            case 'T' -> {
                return "g * interval '1 second'";
            }
            case 'I' -> {
                return "('10.0.' || (g / 256) || '.' || (g % 256))::inet";
            }
            case 'A' -> {
                return "'{}'";
            }
            case 'U' -> {
                return switch (base) {
                    case "uuid" -> "md5(g::text)::uuid";
                    case "json", "jsonb" -> "json_build_object('n', g)";
                    case "bytea" -> "decode(md5(g::text), 'hex')";
                    default -> null;
                };
            }
            default -> {
                return null;
            }
        }
    }

    private static List<ForeignKey> foreignKeysOf(JdbcSession work, long oid) {
        return work.query(FOREIGN_KEYS, r -> new ForeignKey(r.getLong(1), List.of((String[]) r.getArray(2).getArray()),
                List.of((String[]) r.getArray(3).getArray())), oid);
    }

    private List<ForeignKey> foreignKeys(long oid) {
        return foreignKeysOf(work, oid);
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
