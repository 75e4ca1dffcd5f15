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
import java.util.Arrays;
import java.util.List;

/**
 * The inspector's catalog queries, each run once per inspection whatever the number of tables, and the rows
 * they return. They run with {@code search_path} empty, so that every name outside {@code pg_catalog} that
 * {@code format_type}, {@code pg_get_expr} and {@code pg_get_viewdef} print is schema-qualified, the same
 * way on every connection ({@code public.mood}, {@code nextval('public.users_id_seq'::regclass)}).
 *
 * <p>Every query starts from the same common table expressions: {@code ns}, the schemas read (not the
 * system ones, not those an extension owns); {@code tbl}, their ordinary and partitioned tables (not
 * Strata's own, not an extension's); {@code typ}, their enum types and domains (not an extension's).
 * Implicit array and row types are never read: types are read only as enums or domains.
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
            tbl AS (
                SELECT c.oid, ns.nspname, c.relname
                  FROM pg_class c JOIN ns ON ns.oid = c.relnamespace
                 WHERE c.relkind IN ('r', 'p') AND c.relname NOT IN ('strata_version', 'strata_history')
                   AND NOT EXISTS (SELECT 1 FROM pg_depend d
                                    WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')),
            typ AS (
                SELECT t.oid, ns.nspname, t.typname
                  FROM pg_type t JOIN ns ON ns.oid = t.typnamespace
                 WHERE t.typtype IN ('e', 'd')
                   AND NOT EXISTS (SELECT 1 FROM pg_depend d
                                    WHERE d.classid = 'pg_type'::regclass AND d.objid = t.oid AND d.deptype = 'e'))
            """;

    /**
     * A sequence {@code d.objid} that column {@code a} owns as a {@code serial} does: an integer column whose
     * default is {@code nextval} of it ({@code ad} is the column's default). Shared by columns and sequences.
     */
    private static final String SERIAL_OWNER = """
            d.deptype = 'a' AND a.atttypid IN ('int2'::regtype, 'int4'::regtype, 'int8'::regtype)
            AND pg_get_expr(ad.adbin, ad.adrelid, true) = format('nextval(%L::regclass)', d.objid::regclass)""";

    record TableRow(long oid, String namespace, String name, String comment) {
    }

    /**
     * @param identity       {@code a} (always), {@code d} (by default) or empty
     * @param generated      {@code s} (stored), {@code v} (virtual, PostgreSQL 18) or empty
     * @param sequenceStart  of the identity or serial sequence, else null
     * @param sequenceOwner  {@code i} for an identity sequence, {@code a} for a serial one, else null
     */
    record ColumnRow(long table, String name, String type, boolean notNull, String identity, String generated,
                     String defaultExpression, String collation, String comment, Long sequenceStart,
                     Long sequenceIncrement, String sequenceOwner) {
    }

    /**
     * A table constraint ({@code table} set) or a domain check ({@code domain} set). The copies of a foreign key
     * that the server keeps for each partition of a partitioned table it references (same table, a parent
     * constraint) are not read: the key on the partitioned table stands for them.
     *
     * @param type {@code p}, {@code u}, {@code f}, {@code c} or {@code x}
     */
    record ConstraintRow(long table, long domain, String name, String type, boolean deferrable, boolean initiallyDeferred,
                         boolean validated, List<String> columns, String referencedNamespace, String referencedTable,
                         List<String> referencedColumns, String onDelete, String onUpdate, String expression, long index,
                         List<String> operators) {
    }

    /**
     * An index and its keys, one array element per index column (keys first, then INCLUDE columns).
     *
     * @param backs       {@code p}, {@code u} or {@code x} when the index backs that constraint, else null
     * @param columns     the table column of each index column, null for an expression
     * @param expressions the expression of each key that is one, else null
     * @param opclasses   each key's operator class, null when it is the default for the key's type
     * @param collations  each key's collation, null when it is the key's own
     * @param options     each key's {@code indoption} bits: 1 DESC, 2 NULLS FIRST
     */
    record IndexRow(long table, long oid, String name, String method, boolean unique, boolean nullsNotDistinct,
                    int keyCount, String predicate, String backs, List<String> columns, List<String> expressions,
                    List<String> opclasses, List<String> collations, List<Integer> options) {
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

    static final CatalogQuery<ColumnRow> COLUMNS = new CatalogQuery<>("columns", COMMON + """
            SELECT a.attrelid, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull, a.attidentity, a.attgenerated,
                   pg_get_expr(ad.adbin, ad.adrelid, true),
                   CASE WHEN a.attcollation <> ty.typcollation THEN co.collname END,
                   dsc.description, seq.seqstart, seq.seqincrement, seq.deptype
              FROM tbl
              JOIN pg_attribute a ON a.attrelid = tbl.oid AND a.attnum > 0 AND NOT a.attisdropped
              JOIN pg_type ty ON ty.oid = a.atttypid
              LEFT JOIN pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
              LEFT JOIN pg_collation co ON co.oid = a.attcollation
              LEFT JOIN pg_description dsc ON dsc.objoid = a.attrelid AND dsc.classoid = 'pg_class'::regclass
                                          AND dsc.objsubid = a.attnum
              LEFT JOIN LATERAL (
                    SELECT s.seqstart, s.seqincrement, d.deptype
                      FROM pg_depend d JOIN pg_sequence s ON s.seqrelid = d.objid
                     WHERE d.classid = 'pg_class'::regclass AND d.refclassid = 'pg_class'::regclass
                       AND d.refobjid = a.attrelid AND d.refobjsubid = a.attnum
                       AND (d.deptype = 'i' AND a.attidentity <> '' OR %s)
                     ORDER BY d.deptype DESC LIMIT 1) seq ON true
             ORDER BY a.attrelid, a.attnum""".formatted(SERIAL_OWNER),
            r -> new ColumnRow(r.getLong(1), r.getString(2), r.getString(3), r.getBoolean(4), r.getString(5),
                    r.getString(6), r.getString(7), r.getString(8), r.getString(9), longOrNull(r, 10), longOrNull(r, 11),
                    r.getString(12)));

    static final CatalogQuery<ConstraintRow> CONSTRAINTS = new CatalogQuery<>("constraints", COMMON + """
            SELECT c.conrelid, c.contypid, c.conname, c.contype, c.condeferrable, c.condeferred, c.convalidated,
                   ARRAY(SELECT a.attname FROM unnest(c.conkey) WITH ORDINALITY k(attnum, pos)
                           JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum ORDER BY k.pos),
                   rn.nspname, rc.relname,
                   ARRAY(SELECT a.attname FROM unnest(c.confkey) WITH ORDINALITY k(attnum, pos)
                           JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.attnum ORDER BY k.pos),
                   c.confdeltype, c.confupdtype, pg_get_expr(c.conbin, c.conrelid, true), c.conindid,
                   ARRAY(SELECT o.oprname FROM unnest(c.conexclop) WITH ORDINALITY x(opr, pos)
                           JOIN pg_operator o ON o.oid = x.opr ORDER BY x.pos)
              FROM pg_constraint c
              LEFT JOIN pg_class rc ON rc.oid = c.confrelid
              LEFT JOIN pg_namespace rn ON rn.oid = rc.relnamespace
             WHERE c.contype IN ('p', 'u', 'f', 'c', 'x')
               AND (c.conrelid IN (SELECT oid FROM tbl) OR c.contypid IN (SELECT oid FROM typ))
               AND NOT EXISTS (SELECT 1 FROM pg_constraint p WHERE p.oid = c.conparentid AND p.conrelid = c.conrelid)
             ORDER BY c.conrelid, c.contypid, c.conname""",
            r -> new ConstraintRow(r.getLong(1), r.getLong(2), r.getString(3), r.getString(4), r.getBoolean(5),
                    r.getBoolean(6), r.getBoolean(7), strings(r, 8), r.getString(9), r.getString(10), strings(r, 11),
                    r.getString(12), r.getString(13), r.getString(14), r.getLong(15), strings(r, 16)));

    /**
     * An operator class is left out when it is the default one for the key: a default class of the key's own
     * type, a polymorphic default ({@code array_ops}, {@code range_ops}), or the default reached by binary
     * coercion when the key's type has no default class of its own ({@code text_ops} for {@code varchar}).
     */
    static final CatalogQuery<IndexRow> INDEXES = new CatalogQuery<>("indexes", COMMON + """
            SELECT i.indrelid, i.indexrelid, ic.relname, am.amname, i.indisunique, %s, i.indnkeyatts,
                   pg_get_expr(i.indpred, i.indrelid, true),
                   (SELECT c.contype FROM pg_constraint c WHERE c.conindid = i.indexrelid AND c.conrelid = i.indrelid
                       AND c.contype IN ('p', 'u', 'x') LIMIT 1),
                   k.columns, k.expressions, k.opclasses, k.collations, k.options
              FROM pg_index i
              JOIN tbl ON tbl.oid = i.indrelid
              JOIN pg_class ic ON ic.oid = i.indexrelid
              JOIN pg_am am ON am.oid = ic.relam
             CROSS JOIN LATERAL (
                    SELECT array_agg(ta.attname ORDER BY s.n) AS columns,
                           array_agg(CASE WHEN i.indkey[s.n] = 0 THEN pg_get_indexdef(i.indexrelid, s.n + 1, true) END
                                     ORDER BY s.n) AS expressions,
                           array_agg(CASE WHEN s.n < i.indnkeyatts AND NOT (opc.opcdefault AND (
                                              opc.opcintype = COALESCE(ta.atttypid, ia.atttypid)
                                           OR EXISTS (SELECT 1 FROM pg_type pt WHERE pt.oid = opc.opcintype AND pt.typtype = 'p')
                                           OR NOT EXISTS (SELECT 1 FROM pg_opclass o2
                                                           WHERE o2.opcmethod = opc.opcmethod AND o2.opcdefault
                                                             AND o2.opcintype = COALESCE(ta.atttypid, ia.atttypid))))
                                          THEN CASE WHEN on_.nspname = 'pg_catalog' THEN opc.opcname
                                                    ELSE quote_ident(on_.nspname) || '.' || quote_ident(opc.opcname) END
                                     END ORDER BY s.n) AS opclasses,
                           array_agg(CASE WHEN s.n < i.indnkeyatts AND i.indcollation[s.n] <> 0
                                           AND i.indcollation[s.n] <> COALESCE(ta.attcollation, kt.typcollation)
                                          THEN co.collname END ORDER BY s.n) AS collations,
                           array_agg(CASE WHEN s.n < i.indnkeyatts THEN i.indoption[s.n] ELSE 0 END ORDER BY s.n) AS options
                      FROM generate_series(0, i.indnatts - 1) s(n)
                      LEFT JOIN pg_attribute ta ON ta.attrelid = i.indrelid AND ta.attnum = i.indkey[s.n] AND i.indkey[s.n] <> 0
                      LEFT JOIN pg_attribute ia ON ia.attrelid = i.indexrelid AND ia.attnum = s.n + 1
                      LEFT JOIN pg_type kt ON kt.oid = ia.atttypid
                      LEFT JOIN pg_opclass opc ON opc.oid = i.indclass[s.n]
                      LEFT JOIN pg_namespace on_ ON on_.oid = opc.opcnamespace
                      LEFT JOIN pg_collation co ON co.oid = i.indcollation[s.n]) k
             ORDER BY i.indrelid, ic.relname""".formatted(CatalogQuery.NULLS_NOT_DISTINCT),
            r -> new IndexRow(r.getLong(1), r.getLong(2), r.getString(3), r.getString(4), r.getBoolean(5), r.getBoolean(6),
                    r.getInt(7), r.getString(8), r.getString(9), strings(r, 10), strings(r, 11), strings(r, 12),
                    strings(r, 13), integers(r, 14)));

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
             ORDER BY ns.nspname, c.relname""".formatted(SERIAL_OWNER),
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
    static final List<CatalogQuery<?>> QUERIES = List.of(NAMESPACES, TABLES, COLUMNS, CONSTRAINTS, INDEXES, SEQUENCES,
            ENUM_TYPES, DOMAINS, VIEWS, EXTENSIONS);

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
        Array array = row.getArray(column);
        if (array == null) {
            return List.of();
        }
        return Arrays.asList((String[]) array.getArray());
    }

    private static List<Integer> integers(ResultSet row, int column) throws SQLException {
        Array array = row.getArray(column);
        if (array == null) {
            return List.of();
        }
        Object[] values = (Object[]) array.getArray();
        return Arrays.stream(values).map(value -> value == null ? 0 : ((Number) value).intValue()).toList();
    }
}
