package dev.strata.runtime.postgres;

import dev.strata.core.model.CheckConstraint;
import dev.strata.core.model.Column;
import dev.strata.core.model.ColumnType;
import dev.strata.core.model.ExclusionConstraint;
import dev.strata.core.model.ForeignKey;
import dev.strata.core.model.GeneratedColumn;
import dev.strata.core.model.Identity;
import dev.strata.core.model.Index;
import dev.strata.core.model.IndexElement;
import dev.strata.core.model.PrimaryKey;
import dev.strata.core.model.ReferentialAction;
import dev.strata.core.model.Table;
import dev.strata.core.model.TableRef;
import dev.strata.core.model.UniqueConstraint;
import dev.strata.runtime.postgres.PostgresCatalog.ColumnRow;
import dev.strata.runtime.postgres.PostgresCatalog.ConstraintRow;
import dev.strata.runtime.postgres.PostgresCatalog.IndexRow;
import dev.strata.runtime.postgres.PostgresCatalog.OperatorClassRow;
import dev.strata.runtime.postgres.PostgresCatalog.TableRow;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Puts the rows of the table, column, constraint and index queries together into tables, with hash lookups
 * by table oid: linear in the number of rows. Constraint and index keys come as attribute numbers and are
 * named from the column rows (see {@link IndexKeys}). An index that backs a primary key, unique or exclusion
 * constraint is reported as that constraint only; the exclusion constraint takes its keys from it.
 */
final class TableAssembler {
    private final Map<Long, List<ColumnRow>> columns = new HashMap<>();
    private final Map<Long, Map<Integer, ColumnRow>> columnsByNumber = new HashMap<>();
    private final Map<Long, List<ConstraintRow>> constraints = new HashMap<>();
    private final Map<Long, List<IndexRow>> indexes = new HashMap<>();
    private final Map<Long, IndexRow> indexesByOid = new HashMap<>();
    /** Indexes that back a primary key, unique or exclusion constraint of their table. */
    private final Set<Long> backingIndexes = new HashSet<>();
    private final IndexKeys indexKeys;
    /** Types by their spelling: a large schema spells few distinct ones, and the values are immutable. */
    private final Map<String, ColumnType> types = new HashMap<>();

    TableAssembler(List<ColumnRow> columnRows, List<ConstraintRow> constraintRows, List<IndexRow> indexRows,
                   List<OperatorClassRow> opclassRows) {
        for (ColumnRow row : columnRows) {
            columns.computeIfAbsent(row.table(), k -> new ArrayList<>()).add(row);
            columnsByNumber.computeIfAbsent(row.table(), k -> new HashMap<>()).put(row.number(), row);
        }
        for (ConstraintRow row : constraintRows) {
            if (row.table() != 0) {
                constraints.computeIfAbsent(row.table(), k -> new ArrayList<>()).add(row);
                if (row.index() != 0 && (row.type().equals("p") || row.type().equals("u") || row.type().equals("x"))) {
                    backingIndexes.add(row.index());
                }
            }
        }
        for (IndexRow row : indexRows) {
            indexes.computeIfAbsent(row.table(), k -> new ArrayList<>()).add(row);
            indexesByOid.put(row.oid(), row);
        }
        indexKeys = new IndexKeys(columnsByNumber, opclassRows);
    }

    /** The tables of each namespace, in the order of the rows (by name). */
    Map<String, List<Table>> tablesByNamespace(List<TableRow> tableRows) {
        Map<String, List<Table>> byNamespace = new LinkedHashMap<>();
        for (TableRow row : tableRows) {
            byNamespace.computeIfAbsent(row.namespace(), k -> new ArrayList<>()).add(table(row));
        }
        return byNamespace;
    }

    private Table table(TableRow row) {
        List<Column> tableColumns = columns.getOrDefault(row.oid(), List.of()).stream().map(this::column).toList();
        PrimaryKey primaryKey = null;
        List<ForeignKey> foreignKeys = new ArrayList<>();
        List<UniqueConstraint> uniques = new ArrayList<>();
        List<CheckConstraint> checks = new ArrayList<>();
        List<ExclusionConstraint> exclusions = new ArrayList<>();
        for (ConstraintRow c : constraints.getOrDefault(row.oid(), List.of())) {
            switch (c.type()) {
                case "p" -> primaryKey = new PrimaryKey(c.name(), names(c.table(), c.keys()));
                case "u" -> {
                    IndexRow index = indexesByOid.get(c.index());
                    uniques.add(new UniqueConstraint(c.name(), names(c.table(), c.keys()),
                            index != null && index.nullsNotDistinct(), c.deferrable(), c.initiallyDeferred()));
                }
                case "f" -> foreignKeys.add(new ForeignKey(c.name(), names(c.table(), c.keys()),
                        new TableRef(c.referencedNamespace(), c.referencedTable()), referencedColumns(c),
                        action(c.onDelete()), action(c.onUpdate()), c.deferrable(), c.initiallyDeferred(), c.validated()));
                case "c" -> checks.add(new CheckConstraint(c.name(), c.expression(), c.validated()));
                case "x" -> exclusions.add(exclusion(c));
                default -> throw new IllegalStateException("constraint type " + c.type() + " was not asked for");
            }
        }
        List<Index> tableIndexes = new ArrayList<>();
        for (IndexRow index : indexes.getOrDefault(row.oid(), List.of())) {
            if (!backingIndexes.contains(index.oid())) {
                tableIndexes.add(index(index));
            }
        }
        return new Table(row.name(), tableColumns, primaryKey, foreignKeys, uniques, checks, exclusions, tableIndexes,
                row.comment(), Map.of());
    }

    /** The names of the columns of {@code table} with these attribute numbers. */
    private List<String> names(long table, List<Integer> numbers) {
        Map<Integer, ColumnRow> byNumber = columnsByNumber.getOrDefault(table, Map.of());
        List<String> names = new ArrayList<>(numbers.size());
        for (int number : numbers) {
            ColumnRow column = byNumber.get(number);
            if (column == null) {
                throw new IllegalStateException("table " + table + " has no column " + number + " in the same snapshot");
            }
            names.add(column.name());
        }
        return names;
    }

    /** A foreign key's referenced columns: named by the query when their table's columns were not read. */
    private List<String> referencedColumns(ConstraintRow c) {
        return c.referencedColumns() != null ? c.referencedColumns() : names(c.referencedTableOid(), c.referencedKeys());
    }

    /**
     * A column. A {@code serial} column (an integer whose default is {@code nextval} of a sequence it owns) has
     * identity {@link Identity.Kind#SERIAL} and no default, as {@code serial} declares it; an identity column
     * carries its sequence's start and increment.
     */
    Column column(ColumnRow row) {
        Identity identity = switch (row.identity()) {
            case "a" -> new Identity(Identity.Kind.ALWAYS, row.sequenceStart(), row.sequenceIncrement());
            case "d" -> new Identity(Identity.Kind.BY_DEFAULT, row.sequenceStart(), row.sequenceIncrement());
            default -> "a".equals(row.sequenceOwner()) ? Identity.serial() : null;
        };
        boolean generated = !row.generated().isEmpty(); // s: STORED; v: VIRTUAL (PostgreSQL 18)
        String defaultExpression = generated || identity != null ? null : row.defaultExpression();
        return new Column(row.name(), types.computeIfAbsent(row.type(), ColumnType::parse), !row.notNull(), defaultExpression, identity,
                generated ? new GeneratedColumn(row.defaultExpression(), row.generated().equals("s")) : null,
                row.collation(), row.comment(), Map.of());
    }

    private ExclusionConstraint exclusion(ConstraintRow c) {
        IndexRow index = indexesByOid.get(c.index());
        if (index == null) {
            throw new IllegalStateException("exclusion constraint " + c.name() + " has no index in the same snapshot");
        }
        List<IndexElement> keys = elements(index);
        List<ExclusionConstraint.Element> elements = new ArrayList<>(keys.size());
        for (int i = 0; i < keys.size(); i++) {
            elements.add(new ExclusionConstraint.Element(keys.get(i), c.operators().get(i)));
        }
        return new ExclusionConstraint(c.name(), method(index.method()), elements, index.predicate(), c.deferrable(),
                c.initiallyDeferred());
    }

    private Index index(IndexRow row) {
        List<IndexKeys.Key> all = indexKeys.keys(row);
        List<String> include = new ArrayList<>();
        for (int i = row.keyCount(); i < all.size(); i++) {
            include.add(all.get(i).column());
        }
        return new Index(row.name(), row.unique(), method(row.method()), elements(row, all), include, row.predicate(),
                row.nullsNotDistinct());
    }

    private List<IndexElement> elements(IndexRow row) {
        return elements(row, indexKeys.keys(row));
    }

    /** The key columns of an index; NULLS FIRST/LAST only when not the default for the direction. */
    private static List<IndexElement> elements(IndexRow row, List<IndexKeys.Key> all) {
        List<IndexElement> keys = new ArrayList<>(row.keyCount());
        for (int i = 0; i < row.keyCount(); i++) {
            IndexKeys.Key key = all.get(i);
            boolean descending = (key.options() & 1) != 0;
            boolean nullsFirst = (key.options() & 2) != 0;
            keys.add(new IndexElement(key.column(), key.column() == null ? key.expression() : null, key.opclass(),
                    key.collation(), descending, nullsFirst == descending ? null : nullsFirst));
        }
        return keys;
    }

    /** {@code btree}, the default, is null in the model. */
    private static String method(String amname) {
        return "btree".equals(amname) ? null : amname;
    }

    private static ReferentialAction action(String code) {
        return switch (code) {
            case "r" -> ReferentialAction.RESTRICT;
            case "c" -> ReferentialAction.CASCADE;
            case "n" -> ReferentialAction.SET_NULL;
            case "d" -> ReferentialAction.SET_DEFAULT;
            default -> ReferentialAction.NO_ACTION;
        };
    }
}
