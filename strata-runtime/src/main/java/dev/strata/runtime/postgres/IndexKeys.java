package dev.strata.runtime.postgres;

import dev.strata.runtime.postgres.PostgresCatalog.ColumnRow;
import dev.strata.runtime.postgres.PostgresCatalog.IndexRow;
import dev.strata.runtime.postgres.PostgresCatalog.OperatorClassRow;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Resolves the keys of the rows of the index query, which come as the catalog stores them (attribute
 * numbers, operator class and collation oids), against the columns read and the operator classes:
 * <ul>
 *   <li>a key's column is the table column of its attribute number, none for an expression;</li>
 *   <li>a key names its operator class unless it is the default one for the key: a default class of the key's
 *       own type, a polymorphic default ({@code array_ops}, {@code range_ops}), or the default reached by
 *       binary coercion when the key's type has no default class of its own ({@code text_ops} for
 *       {@code varchar}). The key's type is its column's, or for an expression the index column's;</li>
 *   <li>a key names its collation when it has one that is not its column's (for an expression: its type's).</li>
 * </ul>
 */
final class IndexKeys {
    /** The name of the database's default collation, whose oid is always 100 ({@code DEFAULT_COLLATION_OID}). */
    static final String DEFAULT_COLLATION = "default";
    private static final long DEFAULT_COLLATION_OID = 100;

    /** A key of an index, resolved. Columns past {@code keyCount} are INCLUDE columns: only their column counts. */
    record Key(String column, String expression, String opclass, String collation, int options) {
    }

    private record MethodAndType(long method, long type) {
    }

    private final Map<Long, Map<Integer, ColumnRow>> columns;
    private final Map<Long, OperatorClassRow> opclasses = new HashMap<>();
    private final Set<MethodAndType> defaults = new HashSet<>();

    IndexKeys(Map<Long, Map<Integer, ColumnRow>> columnsByTable, List<OperatorClassRow> opclassRows) {
        this.columns = columnsByTable;
        for (OperatorClassRow row : opclassRows) {
            opclasses.put(row.oid(), row);
            if (row.isDefault()) {
                defaults.add(new MethodAndType(row.method(), row.inputType()));
            }
        }
    }

    /** Every index column of {@code index}, keys first, then INCLUDE columns. */
    List<Key> keys(IndexRow index) {
        Map<Integer, ColumnRow> tableColumns = columns.getOrDefault(index.table(), Map.of());
        List<Key> keys = new ArrayList<>(index.attributes().size());
        for (int n = 0; n < index.attributes().size(); n++) {
            int attribute = index.attributes().get(n);
            ColumnRow column = attribute == 0 ? null : tableColumns.get(attribute);
            String expression = attribute == 0 && index.expressions() != null ? index.expressions().get(n) : null;
            if (n >= index.keyCount()) {
                keys.add(new Key(column == null ? null : column.name(), expression, null, null, 0));
                continue;
            }
            long keyType = column != null ? column.typeOid() : at(index.expressionTypes(), n);
            long ownCollation = column != null ? column.collationOid() : at(index.typeCollations(), n);
            keys.add(new Key(column == null ? null : column.name(), expression,
                    opclass(index.opclasses().get(n), keyType), collation(index, n, ownCollation),
                    index.options().get(n)));
        }
        return keys;
    }

    private String opclass(long oid, long keyType) {
        OperatorClassRow opclass = opclasses.get(oid);
        if (opclass == null) {
            return null;
        }
        boolean isDefault = opclass.isDefault() && (opclass.inputType() == keyType || opclass.polymorphic()
                || !defaults.contains(new MethodAndType(opclass.method(), keyType)));
        return isDefault ? null : opclass.name();
    }

    private static String collation(IndexRow index, int n, long ownCollation) {
        long oid = index.collations().get(n);
        if (oid == 0 || oid == ownCollation) {
            return null;
        }
        if (oid == DEFAULT_COLLATION_OID) {
            return DEFAULT_COLLATION;
        }
        if (index.collationNames() == null) {
            throw new IllegalStateException("index " + index.name() + " has collation " + oid + " but no names were read");
        }
        return index.collationNames().get(n);
    }

    private static long at(List<Long> values, int n) {
        return values == null || n >= values.size() ? 0 : values.get(n);
    }
}
