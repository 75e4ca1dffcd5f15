package dev.strata.runtime.postgres;

import dev.strata.core.model.ColumnType;
import dev.strata.core.model.Domain;
import dev.strata.core.model.EnumType;
import dev.strata.core.model.Extension;
import dev.strata.core.model.Sequence;
import dev.strata.core.model.View;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The inspector's catalog queries, each run once per inspection whatever the number of tables, and the rows
 * they return. They run with {@code search_path} empty, so that every name outside {@code pg_catalog} that
 * {@code format_type}, {@code pg_get_expr} and {@code pg_get_viewdef} print is schema-qualified, the same
 * way on every connection ({@code public.mood}, {@code nextval('public.users_id_seq'::regclass)}).
 *
 * <p>Every query starts from the same common table expressions: {@code ns}, the schemas read (not the
 * system ones, not those an extension owns); {@code rel}, their ordinary and partitioned tables (not
 * Strata's own); {@code tbl}, those of them that no extension owns; {@code typ}, their enum types and domains
 * (not an extension's). Implicit array and row types are never read: types are read only as enums or domains.
 *
 * <p>The queries are kept flat, one row per catalog row with no subquery run per row, because on a large
 * schema that per-row work is what costs (measured on 2,000 tables: the index query went from ~300 ms to
 * ~50 ms). So the columns, constraints and indexes of every table in {@code rel} are read (the assembler
 * keeps those of the tables in {@code tbl}: extension-owned tables are few, and checking ownership once per
 * query costs a scan of {@code pg_depend}), and attribute numbers, operator classes and collations come back
 * as oids and numbers that {@link TableAssembler} and {@link IndexKeys} resolve in Java from the rows read.
 */
final class PostgresCatalog {
    private PostgresCatalog() {
    }

    private static final String COMMON = """
            WITH wanted AS (SELECT CAST(? AS text[]) AS names),
            ns AS (
                SELECT n.oid, n.nspname
                  FROM pg_namespace n, wanted w
                 WHERE n.nspname !~ '^pg_' AND n.nspname <> 'information_schema'
                   AND (cardinality(w.names) = 0 OR n.nspname = ANY (w.names))
                   AND NOT EXISTS (SELECT 1 FROM pg_depend d
                                    WHERE d.classid = 'pg_namespace'::regclass AND d.objid = n.oid AND d.deptype = 'e')),
            rel AS (
                SELECT c.oid, ns.nspname, c.relname
                  FROM pg_class c JOIN ns ON ns.oid = c.relnamespace
                 WHERE c.relkind IN ('r', 'p') AND c.relname NOT IN ('strata_version', 'strata_history')),
            tbl AS (
                SELECT rel.oid, rel.nspname, rel.relname
                  FROM rel
                 WHERE NOT EXISTS (SELECT 1 FROM pg_depend d
                                    WHERE d.classid = 'pg_class'::regclass AND d.objid = rel.oid AND d.deptype = 'e')),
            typ AS (
                SELECT t.oid, ns.nspname, t.typname
                  FROM pg_type t JOIN ns ON ns.oid = t.typnamespace
                 WHERE t.typtype IN ('e', 'd')
                   AND NOT EXISTS (SELECT 1 FROM pg_depend d
                                    WHERE d.classid = 'pg_type'::regclass AND d.objid = t.oid AND d.deptype = 'e'))
            """;

    /**
     * A sequence {@code DEP.objid} that column {@code a} owns as a {@code serial} does: an integer column whose
     * default is {@code nextval} of it ({@code ad} is the column's default, {@code DEP} the sequence's
     * {@code pg_depend} row). Shared by columns and sequences.
     */
    private static String serialOwner(String dependency) {
        return """
                DEP.deptype = 'a' AND a.atttypid IN ('int2'::regtype, 'int4'::regtype, 'int8'::regtype)
                AND pg_get_expr(ad.adbin, ad.adrelid, true) = format('nextval(%L::regclass)', DEP.objid::regclass)"""
                .replace("DEP", dependency);
    }

    record TableRow(long oid, String namespace, String name, String comment) {
    }

    /**
     * @param number         the attribute number ({@code attnum}) that keys refer to
     * @param identity       {@code a} (always), {@code d} (by default) or empty
     * @param generated      {@code s} (stored), {@code v} (virtual, PostgreSQL 18) or empty
     * @param sequenceStart  of the identity or serial sequence, else null
     * @param sequenceOwner  {@code i} for an identity sequence, {@code a} for a serial one, else null
     * @param typeOid        the type's oid and {@code collationOid} the column's collation (0: none), for index keys
     */
    record ColumnRow(long table, int number, String name, String type, boolean notNull, String identity, String generated,
                     String defaultExpression, String collation, String comment, Long sequenceStart,
                     Long sequenceIncrement, String sequenceOwner, long typeOid, long collationOid) {
    }

    /**
     * A table constraint ({@code table} set) or a domain check ({@code domain} set). The copies of a foreign key
     * that the server keeps for each partition of a partitioned table it references (same table, a parent
     * constraint) are not read: the key on the partitioned table stands for them.
     *
     * @param type              {@code p}, {@code u}, {@code f}, {@code c} or {@code x}
     * @param keys              attribute numbers of the constrained columns ({@code conkey})
     * @param referencedKeys    attribute numbers of the referenced columns ({@code confkey})
     * @param referencedColumns the referenced columns' names when the referenced table is not one whose columns
     *                          are read (another schema, Strata's own), else null: the assembler names them
     */
    record ConstraintRow(long table, long domain, String name, String type, boolean deferrable, boolean initiallyDeferred,
                         boolean validated, List<Integer> keys, long referencedTableOid, String referencedNamespace,
                         String referencedTable, List<Integer> referencedKeys, List<String> referencedColumns,
                         String onDelete, String onUpdate, String expression, long index, List<String> operators) {
    }

    /**
     * An index and its keys, one array element per index column (keys first, then INCLUDE columns), as the
     * catalog has them; {@link IndexKeys} resolves them.
     *
     * @param attributes      each index column's table attribute number ({@code indkey}), 0 for an expression
     * @param opclasses       each key's operator class oid ({@code indclass})
     * @param collations      each key's collation oid ({@code indcollation}), 0 for none
     * @param options         each key's {@code indoption} bits: 1 DESC, 2 NULLS FIRST
     * @param expressions     for an index with expression keys, each index column as {@code pg_get_indexdef}
     *                        prints it; else null
     * @param expressionTypes for an index with expression keys, each index column's type oid; else null
     * @param typeCollations  for an index with expression keys, the collation of each of those types; else null
     * @param collationNames  each key's collation name, only when a collation other than none or the database
     *                        default ({@value IndexKeys#DEFAULT_COLLATION}) occurs; else null
     */
    record IndexRow(long table, long oid, String name, String method, boolean unique, boolean nullsNotDistinct,
                    int keyCount, String predicate, List<Integer> attributes, List<Long> opclasses, List<Long> collations,
                    List<Integer> options, List<String> expressions, List<Long> expressionTypes,
                    List<Long> typeCollations, List<String> collationNames) {
    }

    /**
     * An operator class: its access method, input type, whether it is the default for that type, whether
     * the input type is a pseudo-type ({@code anyarray}, {@code anyrange}), and its name as an index
     * definition spells it (qualified unless in {@code pg_catalog}).
     */
    record OperatorClassRow(long oid, long method, long inputType, boolean isDefault, boolean polymorphic, String name) {
    }

    record Named<T>(String namespace, T value) {
    }

    record DomainRow(long oid, String namespace, Domain domain) {
    }

    static final CatalogQuery<String> NAMESPACES = new CatalogQuery<>("namespaces",
            COMMON + "SELECT nspname FROM ns ORDER BY nspname", r -> r.getString(1));

    static final CatalogQuery<TableRow> TABLES = new CatalogQuery<>("tables", COMMON + """
            SELECT t.oid, t.nspname, t.relname, dsc.description
              FROM tbl t
              LEFT JOIN pg_description dsc ON dsc.objoid = t.oid AND dsc.classoid = 'pg_class'::regclass AND dsc.objsubid = 0
             ORDER BY t.nspname, t.relname""",
            r -> new TableRow(r.getLong(1), r.getString(2), r.getString(3), r.getString(4)));

    /**
     * Every column with its identity or serial sequence, found by one join with the sequences' dependencies
     * (the identity sequence of an identity column; for an integer column, a sequence it owns whose
     * {@code nextval} is its default).
     */
    static final CatalogQuery<ColumnRow> COLUMNS = new CatalogQuery<>("columns", COMMON + """
            SELECT a.attrelid, a.attnum, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull, a.attidentity,
                   a.attgenerated, pg_get_expr(ad.adbin, ad.adrelid, true),
                   CASE WHEN a.attcollation <> ty.typcollation THEN co.collname END,
                   dsc.description, seq.seqstart, seq.seqincrement, seq.deptype, a.atttypid, a.attcollation
              FROM rel
              JOIN pg_attribute a ON a.attrelid = rel.oid AND a.attnum > 0 AND NOT a.attisdropped
              JOIN pg_type ty ON ty.oid = a.atttypid
              LEFT JOIN pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
              LEFT JOIN pg_collation co ON co.oid = a.attcollation
              LEFT JOIN pg_description dsc ON dsc.objoid = a.attrelid AND dsc.classoid = 'pg_class'::regclass
                                          AND dsc.objsubid = a.attnum
              LEFT JOIN (SELECT d.objid, d.refobjid, d.refobjsubid, d.deptype, s.seqstart, s.seqincrement
                           FROM pg_sequence s
                           JOIN pg_depend d ON d.classid = 'pg_class'::regclass AND d.objid = s.seqrelid
                          WHERE d.refclassid = 'pg_class'::regclass AND d.refobjsubid > 0 AND d.deptype IN ('i', 'a')) seq
                     ON seq.refobjid = a.attrelid AND seq.refobjsubid = a.attnum
                    AND (seq.deptype = 'i' AND a.attidentity <> '' OR %s)
             ORDER BY a.attrelid, a.attnum""".formatted(serialOwner("seq")),
            r -> new ColumnRow(r.getLong(1), r.getInt(2), r.getString(3), r.getString(4), r.getBoolean(5), r.getString(6),
                    r.getString(7), r.getString(8), r.getString(9), r.getString(10), longOrNull(r, 11), longOrNull(r, 12),
                    r.getString(13), r.getLong(14), r.getLong(15)));

    static final CatalogQuery<ConstraintRow> CONSTRAINTS = new CatalogQuery<>("constraints", COMMON + """
            SELECT c.conrelid, c.contypid, c.conname, c.contype, c.condeferrable, c.condeferred, c.convalidated,
                   array_to_string(c.conkey, ' '), c.confrelid, rn.nspname, rc.relname, array_to_string(c.confkey, ' '),
                   CASE WHEN c.confrelid <> 0 AND c.confrelid NOT IN (SELECT oid FROM rel)
                        THEN ARRAY(SELECT a.attname FROM unnest(c.confkey) WITH ORDINALITY k(attnum, pos)
                                     JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.attnum
                                    ORDER BY k.pos) END,
                   c.confdeltype, c.confupdtype, pg_get_expr(c.conbin, c.conrelid, true), c.conindid,
                   CASE WHEN c.contype = 'x'
                        THEN ARRAY(SELECT o.oprname FROM unnest(c.conexclop) WITH ORDINALITY x(opr, pos)
                                     JOIN pg_operator o ON o.oid = x.opr ORDER BY x.pos) END
              FROM pg_constraint c
              LEFT JOIN pg_class rc ON rc.oid = c.confrelid
              LEFT JOIN pg_namespace rn ON rn.oid = rc.relnamespace
             WHERE c.contype IN ('p', 'u', 'f', 'c', 'x')
               AND (c.conrelid IN (SELECT oid FROM rel) OR c.contypid IN (SELECT oid FROM typ))
               AND NOT EXISTS (SELECT 1 FROM pg_constraint p WHERE p.oid = c.conparentid AND p.conrelid = c.conrelid)
             ORDER BY c.conrelid, c.contypid, c.conname""",
            r -> new ConstraintRow(r.getLong(1), r.getLong(2), r.getString(3), r.getString(4), r.getBoolean(5),
                    r.getBoolean(6), r.getBoolean(7), numbers(r, 8), r.getLong(9), r.getString(10), r.getString(11),
                    numbers(r, 12), stringsOrNull(r, 13), r.getString(14), r.getString(15), r.getString(16),
                    r.getLong(17), strings(r, 18)));

    /** 100 stands for {@value IndexKeys#DEFAULT_COLLATION}; see {@link IndexRow#collationNames()}. */
    static final CatalogQuery<IndexRow> INDEXES = new CatalogQuery<>("indexes", COMMON + """
            SELECT i.indrelid, i.indexrelid, ic.relname, am.amname, i.indisunique, %s, i.indnkeyatts,
                   pg_get_expr(i.indpred, i.indrelid, true),
                   i.indkey::text, i.indclass::text, i.indcollation::text, i.indoption::text,
                   CASE WHEN i.indexprs IS NOT NULL
                        THEN ARRAY(SELECT pg_get_indexdef(i.indexrelid, k, true) FROM generate_series(1, i.indnatts) k
                                    ORDER BY k) END,
                   CASE WHEN i.indexprs IS NOT NULL
                        THEN ARRAY(SELECT ia.atttypid FROM pg_attribute ia
                                    WHERE ia.attrelid = i.indexrelid AND ia.attnum > 0 ORDER BY ia.attnum) END,
                   CASE WHEN i.indexprs IS NOT NULL
                        THEN ARRAY(SELECT kt.typcollation FROM pg_attribute ia JOIN pg_type kt ON kt.oid = ia.atttypid
                                    WHERE ia.attrelid = i.indexrelid AND ia.attnum > 0 ORDER BY ia.attnum) END,
                   CASE WHEN NOT (i.indcollation::oid[] <@ '{0,100}'::oid[])
                        THEN ARRAY(SELECT co.collname FROM unnest(i.indcollation::oid[]) WITH ORDINALITY u(coll, pos)
                                     LEFT JOIN pg_collation co ON co.oid = u.coll ORDER BY u.pos) END
              FROM pg_index i
              JOIN rel ON rel.oid = i.indrelid
              JOIN pg_class ic ON ic.oid = i.indexrelid
              JOIN pg_am am ON am.oid = ic.relam
             ORDER BY i.indrelid, ic.relname""".formatted(CatalogQuery.NULLS_NOT_DISTINCT),
            r -> new IndexRow(r.getLong(1), r.getLong(2), r.getString(3), r.getString(4), r.getBoolean(5), r.getBoolean(6),
                    r.getInt(7), r.getString(8), numbers(r, 9), oids(r, 10), oids(r, 11), numbers(r, 12),
                    stringsOrNull(r, 13), longsOrNull(r, 14), longsOrNull(r, 15), stringsOrNull(r, 16)));

    /** Every operator class, for deciding which index keys name theirs (see {@link IndexKeys}). */
    static final CatalogQuery<OperatorClassRow> OPERATOR_CLASSES = new CatalogQuery<>("operator classes", COMMON + """
            SELECT opc.oid, opc.opcmethod, opc.opcintype, opc.opcdefault, COALESCE(t.typtype = 'p', false),
                   CASE WHEN n.nspname = 'pg_catalog' THEN opc.opcname
                        ELSE quote_ident(n.nspname) || '.' || quote_ident(opc.opcname) END
              FROM pg_opclass opc
              JOIN pg_namespace n ON n.oid = opc.opcnamespace
              LEFT JOIN pg_type t ON t.oid = opc.opcintype""",
            r -> new OperatorClassRow(r.getLong(1), r.getLong(2), r.getLong(3), r.getBoolean(4), r.getBoolean(5),
                    r.getString(6)));

    /** Sequences, except those an identity column or a {@code serial} column owns: the column stands for them. */
    static final CatalogQuery<Named<Sequence>> SEQUENCES = new CatalogQuery<>("sequences", COMMON + """
            SELECT ns.nspname, c.relname, format_type(s.seqtypid, NULL), s.seqstart, s.seqincrement, s.seqmin, s.seqmax,
                   s.seqcache, s.seqcycle
              FROM pg_sequence s
              JOIN pg_class c ON c.oid = s.seqrelid
              JOIN ns ON ns.oid = c.relnamespace
             WHERE NOT EXISTS (SELECT 1 FROM pg_depend d
                                WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
               AND NOT EXISTS (SELECT 1 FROM pg_depend d
                                 JOIN pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid
                                 LEFT JOIN pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
                                WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid
                                  AND d.refclassid = 'pg_class'::regclass AND d.refobjsubid > 0
                                  AND (d.deptype = 'i' OR %s))
             ORDER BY ns.nspname, c.relname""".formatted(serialOwner("d")),
            r -> new Named<>(r.getString(1), new Sequence(r.getString(2), ColumnType.parse(r.getString(3)), r.getLong(4),
                    r.getLong(5), r.getLong(6), r.getLong(7), r.getLong(8), r.getBoolean(9))));

    static final CatalogQuery<Named<EnumType>> ENUM_TYPES = new CatalogQuery<>("enum types", COMMON + """
            SELECT typ.nspname, typ.typname,
                   COALESCE(array_agg(e.enumlabel ORDER BY e.enumsortorder) FILTER (WHERE e.enumlabel IS NOT NULL), '{}')
              FROM typ
              JOIN pg_type t ON t.oid = typ.oid AND t.typtype = 'e'
              LEFT JOIN pg_enum e ON e.enumtypid = t.oid
             GROUP BY typ.nspname, typ.typname
             ORDER BY typ.nspname, typ.typname""",
            r -> new Named<>(r.getString(1), new EnumType(r.getString(2), strings(r, 3))));

    /** Domains without their checks, which come with the constraints. */
    static final CatalogQuery<DomainRow> DOMAINS = new CatalogQuery<>("domains", COMMON + """
            SELECT t.oid, typ.nspname, typ.typname, format_type(t.typbasetype, t.typtypmod), t.typnotnull,
                   pg_get_expr(t.typdefaultbin, 0, true),
                   CASE WHEN t.typcollation <> bt.typcollation THEN co.collname END
              FROM typ
              JOIN pg_type t ON t.oid = typ.oid AND t.typtype = 'd'
              JOIN pg_type bt ON bt.oid = t.typbasetype
              LEFT JOIN pg_collation co ON co.oid = t.typcollation
             ORDER BY typ.nspname, typ.typname""",
            r -> new DomainRow(r.getLong(1), r.getString(2), new Domain(r.getString(3), ColumnType.parse(r.getString(4)),
                    !r.getBoolean(5), r.getString(6), List.of(), r.getString(7))));

    static final CatalogQuery<Named<View>> VIEWS = new CatalogQuery<>("views", COMMON + """
            SELECT ns.nspname, c.relname, pg_get_viewdef(c.oid, true), c.relkind = 'm', dsc.description
              FROM pg_class c
              JOIN ns ON ns.oid = c.relnamespace
              LEFT JOIN pg_description dsc ON dsc.objoid = c.oid AND dsc.classoid = 'pg_class'::regclass AND dsc.objsubid = 0
             WHERE c.relkind IN ('v', 'm')
               AND NOT EXISTS (SELECT 1 FROM pg_depend d
                                WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
             ORDER BY ns.nspname, c.relname""",
            r -> new Named<>(r.getString(1), new View(r.getString(2), viewDefinition(r.getString(3)), r.getBoolean(4),
                    r.getString(5))));

    /** Every extension of the database but those in {@code pg_catalog} ({@code plpgsql}), whatever schemas are read. */
    static final CatalogQuery<Extension> EXTENSIONS = new CatalogQuery<>("extensions", COMMON + """
            SELECT e.extname, n.nspname, e.extversion
              FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
             WHERE n.nspname <> 'pg_catalog'
             ORDER BY e.extname""",
            r -> new Extension(r.getString(1), r.getString(2), r.getString(3)));

    /** Every query of an inspection; each is run exactly once. */
    static final List<CatalogQuery<?>> QUERIES = List.of(NAMESPACES, TABLES, COLUMNS, CONSTRAINTS, INDEXES,
            OPERATOR_CLASSES, SEQUENCES, ENUM_TYPES, DOMAINS, VIEWS, EXTENSIONS);

    /** The query of a view without the layout {@code pg_get_viewdef} adds around it: no leading blanks, no final {@code ;}. */
    static String viewDefinition(String spelled) {
        String text = spelled.strip();
        return text.endsWith(";") ? text.substring(0, text.length() - 1).stripTrailing() : text;
    }

    private static Long longOrNull(ResultSet row, int column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : value;
    }

    private static List<String> strings(ResultSet row, int column) throws SQLException {
        List<String> values = stringsOrNull(row, column);
        return values == null ? List.of() : values;
    }

    private static List<String> stringsOrNull(ResultSet row, int column) throws SQLException {
        Array array = row.getArray(column);
        return array == null ? null : Arrays.asList((String[]) array.getArray());
    }

    /**
     * Numbers the query sent as text separated by single spaces (an {@code int2vector} or {@code oidvector} cast
     * to text, or {@code array_to_string}): decoding that is much cheaper for the driver than an array, and the
     * key columns come back for every index and constraint.
     */
    private static List<Integer> numbers(ResultSet row, int column) throws SQLException {
        String text = row.getString(column);
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<Integer> values = new ArrayList<>(4);
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf(' ', start);
            end = end < 0 ? text.length() : end;
            values.add(Integer.parseInt(text, start, end, 10));
            start = end + 1;
        }
        return values;
    }

    /** Oids sent as text separated by single spaces; see {@link #numbers}. */
    private static List<Long> oids(ResultSet row, int column) throws SQLException {
        String text = row.getString(column);
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<Long> values = new ArrayList<>(4);
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf(' ', start);
            end = end < 0 ? text.length() : end;
            values.add(Long.parseLong(text, start, end, 10));
            start = end + 1;
        }
        return values;
    }

    private static List<Long> longsOrNull(ResultSet row, int column) throws SQLException {
        Array array = row.getArray(column);
        if (array == null) {
            return null;
        }
        Object[] values = (Object[]) array.getArray();
        Long[] result = new Long[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = values[i] == null ? 0L : ((Number) values[i]).longValue();
        }
        return Arrays.asList(result);
    }
}
