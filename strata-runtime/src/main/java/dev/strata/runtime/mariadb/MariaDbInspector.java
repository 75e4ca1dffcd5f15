package dev.strata.runtime.mariadb;

import dev.strata.core.model.Namespace;
import dev.strata.core.model.Schema;
import dev.strata.core.model.Table;
import dev.strata.core.model.View;
import dev.strata.runtime.Inspector;
import dev.strata.runtime.JdbcSession;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads MariaDB databases (Strata's namespaces) from {@code information_schema} in at most
 * {@link #QUERIES}{@code .size()} statements, each run once, whatever the number of tables: the databases
 * that exist, then tables with their views, columns, index parts, foreign-key parts and checks, each for
 * all requested databases at once. An empty request means the connection's current database.
 *
 * <p>What the model gets, and why:
 * <ul>
 *   <li>Types, defaults and expressions as MariaDB spells them ({@code int(11)}, {@code 'it''s'},
 *       {@code current_timestamp()}, {@code `a` + 1}); {@link MariaDbDiffPolicy} knows which spellings agree.
 *       MariaDB's {@code 'NULL'} default (an explicit or implied {@code DEFAULT NULL}) is no default.</li>
 *   <li>A {@code JSON} column is MariaDB's {@code longtext} with a {@code json_valid} check named after it:
 *       it is read back as type {@code json}, without that check or its implied charset and collation.</li>
 *   <li>Table attributes {@code engine}, {@code charset}, {@code collation} (and {@code system_versioning}
 *       for a system-versioned table); column attributes
 *       {@code charset} (only when not the table's), {@code on_update}, {@code invisible}; a column's
 *       collation only when it is not the table's.</li>
 *   <li>A unique index of whole, ascending columns (a B-tree, or the hash MariaDB uses for long keys) is a
 *       unique constraint: MariaDB makes no difference between the two. The primary key's name is null (it is
 *       always {@code PRIMARY}).</li>
 *   <li>Referential actions as MariaDB reports them: {@code RESTRICT} where none was written.</li>
 *   <li>Every other index is reported, including the one MariaDB makes for a foreign key that has no index
 *       to use: it is a real index that outlives the key, and both sides of a diff read from MariaDB
 *       have it, so reporting it keeps inspections and diffs consistent. A key part with a prefix length
 *       ({@code name(10)}) is an expression element spelled as MariaDB's key part: {@code `name`(10)}.</li>
 *   <li>A foreign key to a table of the same database has a referenced table without a namespace, so a
 *       namespace read from a scratch database compares with one read from the target.</li>
 *   <li>A view's definition has its own database's qualifier removed, for the same reason.</li>
 * </ul>
 * Not read: sequences, partitioning, table options other than the engine and charset, view algorithm,
 * security and check option, index comments and ignored indexes, triggers, routines and events.
 * Strata's tables ({@code strata_version}, {@code strata_history}) are left out wherever they are.
 */
public final class MariaDbInspector implements Inspector {

    static final Set<String> STRATA_TABLES = Set.of("strata_version", "strata_history");

    /** The requested databases that exist ({@code %s}: a placeholder per name, or {@code DATABASE()}). */
    static final String SCHEMATA = "SELECT SCHEMA_NAME FROM information_schema.SCHEMATA WHERE SCHEMA_NAME IN (%s)";

    static final String TABLES = "SELECT t.TABLE_SCHEMA, t.TABLE_NAME, t.TABLE_TYPE, t.ENGINE, t.TABLE_COLLATION, "
            + "t.TABLE_COMMENT, v.VIEW_DEFINITION "
            + "FROM information_schema.TABLES t "
            + "LEFT JOIN information_schema.VIEWS v ON v.TABLE_SCHEMA = t.TABLE_SCHEMA AND v.TABLE_NAME = t.TABLE_NAME "
            + "WHERE t.TABLE_SCHEMA IN (%s)";

    static final String COLUMNS = "SELECT TABLE_SCHEMA, TABLE_NAME, COLUMN_NAME, ORDINAL_POSITION, COLUMN_TYPE, IS_NULLABLE, "
            + "COLUMN_DEFAULT, EXTRA, GENERATION_EXPRESSION, CHARACTER_SET_NAME, COLLATION_NAME, COLUMN_COMMENT "
            + "FROM information_schema.COLUMNS WHERE TABLE_SCHEMA IN (%s)";

    static final String STATISTICS = "SELECT TABLE_SCHEMA, TABLE_NAME, INDEX_NAME, NON_UNIQUE, SEQ_IN_INDEX, COLUMN_NAME, "
            + "SUB_PART, COLLATION, INDEX_TYPE FROM information_schema.STATISTICS WHERE TABLE_SCHEMA IN (%s)";

    static final String FOREIGN_KEYS = "SELECT k.TABLE_SCHEMA, k.TABLE_NAME, k.CONSTRAINT_NAME, k.COLUMN_NAME, k.ORDINAL_POSITION, "
            + "k.REFERENCED_TABLE_SCHEMA, k.REFERENCED_TABLE_NAME, k.REFERENCED_COLUMN_NAME, r.UPDATE_RULE, r.DELETE_RULE "
            + "FROM information_schema.KEY_COLUMN_USAGE k "
            + "JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA "
            + "AND r.TABLE_NAME = k.TABLE_NAME AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME "
            + "WHERE k.TABLE_SCHEMA IN (%s) AND k.REFERENCED_TABLE_NAME IS NOT NULL";

    static final String CHECKS = "SELECT CONSTRAINT_SCHEMA, TABLE_NAME, CONSTRAINT_NAME, LEVEL, CHECK_CLAUSE "
            + "FROM information_schema.CHECK_CONSTRAINTS WHERE CONSTRAINT_SCHEMA IN (%s)";

    /** Every statement an inspection runs, in order, each once. */
    static final List<String> QUERIES = List.of(SCHEMATA, TABLES, COLUMNS, STATISTICS, FOREIGN_KEYS, CHECKS);

    @Override
    public Schema inspect(JdbcSession session, Set<String> schemas) {
        List<String> requested = schemas == null ? List.of() : List.copyOf(new TreeSet<>(schemas));
        String filter = requested.isEmpty() ? "DATABASE()" : placeholders(requested.size());
        List<String> names = session.query(String.format(SCHEMATA, filter), r -> r.getString(1), requested.toArray());
        if (names.isEmpty()) {
            return Schema.EMPTY;
        }
        names = new ArrayList<>(new TreeSet<>(names));
        String in = placeholders(names.size());
        Object[] params = names.toArray();

        Map<String, Map<String, MariaDbTable>> tables = new HashMap<>();
        Map<String, List<View>> views = new HashMap<>();
        for (String name : names) {
            tables.put(name, new HashMap<>());
            views.put(name, new ArrayList<>());
        }
        session.query(String.format(TABLES, in), r -> {
            String schema = r.getString(1);
            String name = r.getString(2);
            String type = r.getString(3);
            if (!tables.containsKey(schema)) {
                return null;
            }
            if ("VIEW".equals(type)) {
                String definition = r.getString(7);
                views.get(schema).add(View.of(name, withoutSchemaQualifier(definition == null ? "" : definition, schema)));
            } else if (("BASE TABLE".equals(type) || "SYSTEM VERSIONED".equals(type)) && !STRATA_TABLES.contains(name)) {
                String collation = r.getString(5);
                tables.get(schema).put(name, new MariaDbTable(schema, name, r.getString(4), collation, charsetOf(collation),
                        r.getString(6), "SYSTEM VERSIONED".equals(type)));
            }
            return null;
        }, params);

        session.query(String.format(COLUMNS, in), r -> {
            MariaDbTable table = tables.getOrDefault(r.getString(1), Map.of()).get(r.getString(2));
            if (table != null) {
                table.columns.add(new MariaDbTable.ColumnRow(r.getString(3), r.getInt(4), r.getString(5),
                        "YES".equals(r.getString(6)), r.getString(7), r.getString(8), r.getString(9), r.getString(10),
                        r.getString(11), r.getString(12)));
            }
            return null;
        }, params);

        session.query(String.format(STATISTICS, in), r -> {
            MariaDbTable table = tables.getOrDefault(r.getString(1), Map.of()).get(r.getString(2));
            if (table != null) {
                int subPart = r.getInt(7);
                Integer prefix = r.wasNull() ? null : subPart;
                table.indexParts.add(new MariaDbTable.IndexPart(r.getString(3), r.getInt(4) == 0, r.getInt(5), r.getString(6),
                        prefix, "D".equals(r.getString(8)), r.getString(9)));
            }
            return null;
        }, params);

        session.query(String.format(FOREIGN_KEYS, in), r -> {
            MariaDbTable table = tables.getOrDefault(r.getString(1), Map.of()).get(r.getString(2));
            if (table != null) {
                table.foreignKeyParts.add(new MariaDbTable.ForeignKeyPart(r.getString(3), r.getString(4), r.getInt(5),
                        r.getString(6), r.getString(7), r.getString(8), r.getString(9), r.getString(10)));
            }
            return null;
        }, params);

        session.query(String.format(CHECKS, in), r -> {
            MariaDbTable table = tables.getOrDefault(r.getString(1), Map.of()).get(r.getString(2));
            if (table != null) {
                table.checks.add(new MariaDbTable.CheckRow(r.getString(3), "Column".equalsIgnoreCase(r.getString(4)), r.getString(5)));
            }
            return null;
        }, params);

        List<Namespace> namespaces = new ArrayList<>(names.size());
        for (String name : names) {
            List<Table> built = new ArrayList<>();
            for (MariaDbTable table : tables.get(name).values()) {
                built.add(table.build());
            }
            built.sort(Comparator.comparing(Table::name));
            List<View> namespaceViews = views.get(name);
            namespaceViews.sort(Comparator.comparing(View::name));
            namespaces.add(new Namespace(name, built, namespaceViews, List.of(), List.of(), List.of()));
        }
        return new Schema(namespaces, List.of());
    }

    /**
     * The character set of a collation: the part of its name before the first underscore ({@code utf8mb4} of
     * {@code utf8mb4_uca1400_ai_ci}); no character set's name has one. {@code binary} is its own.
     */
    static String charsetOf(String collation) {
        if (collation == null) {
            return null;
        }
        int underscore = collation.indexOf('_');
        return underscore < 0 ? collation : collation.substring(0, underscore);
    }

    private static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    /**
     * The view query without its own database's qualifier: MariaDB writes {@code `db`.`users`.`id`}, which
     * would make the same view read from two databases differ. Quoted text is left alone.
     */
    static String withoutSchemaQualifier(String definition, String schema) {
        StringBuilder out = new StringBuilder(definition.length());
        int i = 0;
        int n = definition.length();
        while (i < n) {
            char c = definition.charAt(i);
            if (c == '\'' || c == '"') {
                int end = endOfString(definition, i, c);
                out.append(definition, i, end);
                i = end;
            } else if (c == '`') {
                int end = i + 1;
                StringBuilder name = new StringBuilder();
                while (end < n) {
                    char d = definition.charAt(end);
                    if (d == '`') {
                        if (end + 1 < n && definition.charAt(end + 1) == '`') {
                            name.append('`');
                            end += 2;
                            continue;
                        }
                        break;
                    }
                    name.append(d);
                    end++;
                }
                end = Math.min(end + 1, n);
                if (end < n && definition.charAt(end) == '.' && name.toString().equals(schema)) {
                    i = end + 1;
                } else {
                    out.append(definition, i, end);
                    i = end;
                }
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** The index just past a string literal starting at {@code start}, with backslash and doubled-quote escapes. */
    private static int endOfString(String text, int start, char quote) {
        int i = start + 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == quote) {
                if (i + 1 < text.length() && text.charAt(i + 1) == quote) {
                    i += 2;
                } else {
                    return i + 1;
                }
            } else {
                i++;
            }
        }
        return text.length();
    }
}
