package dev.strata.runtime.sqlite;

import dev.strata.core.model.CheckConstraint;
import dev.strata.core.model.Column;
import dev.strata.core.model.ColumnType;
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

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** One table's pragma rows and stored DDL, gathered by {@link SqliteInspector}, and the model built from them. */
final class SqliteTable {

    /** {@code hidden}: 0 an ordinary column, 2 a virtual and 3 a stored generated one. */
    record ColumnRow(int cid, String name, String type, boolean notNull, String defaultValue, int pk, int hidden) {
    }

    record ForeignKeyPart(int id, int seq, String table, String from, String to, String onUpdate, String onDelete) {
    }

    /** {@code origin}: {@code c} a {@code CREATE INDEX}, {@code u} a unique constraint, {@code pk} the primary key. */
    record IndexPart(String index, boolean unique, String origin, boolean partial, int seq, int cid, String column,
                     boolean descending, String collation) {
    }

    /** The tables of the schema by SQLite's name comparison, to resolve what foreign keys reference. */
    static final class Lookup {
        private final Map<String, SqliteTable> byKey = new HashMap<>();

        Lookup(Collection<SqliteTable> tables) {
            for (SqliteTable table : tables) {
                byKey.put(SqliteTokens.key(table.name), table);
            }
        }

        SqliteTable find(String name) {
            return name == null ? null : byKey.get(SqliteTokens.key(name));
        }
    }

    final String name;
    final List<ColumnRow> columns = new ArrayList<>();
    final List<ForeignKeyPart> foreignKeyParts = new ArrayList<>();
    final List<IndexPart> indexParts = new ArrayList<>();
    private final String sql;
    private final boolean withoutRowid;
    private final boolean strict;
    private SqliteDdl.TableFacts facts = SqliteDdl.TableFacts.NONE;

    SqliteTable(String name, String sql, boolean withoutRowid, boolean strict) {
        this.name = name;
        this.sql = sql;
        this.withoutRowid = withoutRowid;
        this.strict = strict;
    }

    Table build(Lookup lookup, Map<String, String> indexSql) {
        facts = SqliteDdl.table(sql);
        columns.sort(Comparator.comparingInt(ColumnRow::cid));
        List<Column> builtColumns = new ArrayList<>(columns.size());
        for (ColumnRow row : columns) {
            builtColumns.add(column(row, facts.columns().get(SqliteTokens.key(row.name()))));
        }
        List<String> primaryKeyColumns = primaryKeyColumns();
        PrimaryKey primaryKey = primaryKeyColumns.isEmpty() ? null : new PrimaryKey(facts.primaryKeyName(), primaryKeyColumns);

        List<UniqueConstraint> uniques = new ArrayList<>();
        List<Index> indexes = new ArrayList<>();
        List<SqliteDdl.Unique> declaredUniques = new ArrayList<>(facts.uniques());
        for (List<IndexPart> parts : group(indexParts, IndexPart::index, IndexPart::seq).values()) {
            IndexPart first = parts.get(0);
            switch (first.origin()) {
                case "pk" -> {
                    // the primary key, reported as such
                }
                case "u" -> {
                    List<String> keyColumns = parts.stream().map(IndexPart::column).toList();
                    String declared = takeDeclaredName(declaredUniques, keyColumns);
                    uniques.add(UniqueConstraint.of(declared != null ? declared : first.index(), keyColumns.toArray(String[]::new)));
                }
                default -> indexes.add(index(parts, SqliteDdl.index(indexSql.get(first.index()))));
            }
        }

        List<CheckConstraint> checks = new ArrayList<>();
        for (SqliteDdl.Check check : facts.checks()) {
            checks.add(CheckConstraint.of(check.name(), check.expression()));
        }

        Map<String, String> attributes = new LinkedHashMap<>();
        if (withoutRowid) {
            attributes.put("without_rowid", "true");
        }
        if (strict) {
            attributes.put("strict", "true");
        }
        return new Table(name, builtColumns, primaryKey, foreignKeys(lookup, facts.foreignKeys()), uniques, checks, List.of(),
                indexes, null, attributes);
    }

    private static Column column(ColumnRow row, SqliteDdl.ColumnFacts written) {
        String declared = row.type() == null || row.type().isBlank() ? "BLOB" : row.type();
        GeneratedColumn generated = null;
        if (row.hidden() == 2 || row.hidden() == 3) {
            String expression = written == null || written.generatedExpression() == null ? "" : written.generatedExpression();
            generated = new GeneratedColumn(expression, row.hidden() == 3);
        }
        Identity identity = written != null && written.autoincrement() ? Identity.autoIncrement() : null;
        String defaultValue = row.defaultValue() == null || row.defaultValue().equalsIgnoreCase("NULL") ? null : row.defaultValue();
        return new Column(row.name(), ColumnType.parse(declared), !row.notNull(), defaultValue, identity, generated,
                written == null ? null : written.collation(), null, Map.of());
    }

    private List<String> primaryKeyColumns() {
        return columns.stream().filter(c -> c.pk() > 0).sorted(Comparator.comparingInt(ColumnRow::pk)).map(ColumnRow::name).toList();
    }

    private String declaredCollation(String columnName) {
        SqliteDdl.ColumnFacts column = facts.columns().get(SqliteTokens.key(columnName));
        return column == null || column.collation() == null ? "BINARY" : column.collation();
    }

    private Index index(List<IndexPart> parts, SqliteDdl.IndexFacts ddl) {
        IndexPart first = parts.get(0);
        List<IndexElement> elements = new ArrayList<>(parts.size());
        for (int i = 0; i < parts.size(); i++) {
            IndexPart part = parts.get(i);
            IndexElement element;
            String implied;
            if (part.cid() == -2 || part.column() == null) {
                String key = i < ddl.keys().size() ? ddl.keys().get(i) : "";
                element = IndexElement.expression(key.isEmpty() ? "?" : key);
                implied = "BINARY";
            } else {
                element = IndexElement.column(part.column());
                implied = declaredCollation(part.column());
            }
            if (part.collation() != null && !part.collation().equalsIgnoreCase(implied)) {
                element = element.withCollation(part.collation());
            }
            elements.add(part.descending() ? element.desc() : element);
        }
        String predicate = first.partial() ? ddl.predicate() : null;
        return new Index(first.index(), first.unique(), null, elements, List.of(), predicate, false);
    }

    private List<ForeignKey> foreignKeys(Lookup lookup, List<SqliteDdl.ForeignKeyFacts> declared) {
        // SQLite lists a table's foreign keys last declared first: id 0 is the last one
        Map<Integer, List<ForeignKeyPart>> byId = new TreeMap<>(Comparator.reverseOrder());
        for (ForeignKeyPart part : foreignKeyParts) {
            byId.computeIfAbsent(part.id(), k -> new ArrayList<>()).add(part);
        }
        List<SqliteDdl.ForeignKeyFacts> unmatched = new ArrayList<>(declared);
        List<ForeignKey> out = new ArrayList<>(byId.size());
        for (List<ForeignKeyPart> parts : byId.values()) {
            parts.sort(Comparator.comparingInt(ForeignKeyPart::seq));
            ForeignKeyPart first = parts.get(0);
            SqliteTable parent = lookup.find(first.table());
            String parentName = parent == null ? first.table() : parent.name;
            List<String> columnNames = parts.stream().map(ForeignKeyPart::from).toList();
            List<String> referenced = parts.stream().map(ForeignKeyPart::to).toList();
            if (referenced.contains(null)) {
                List<String> parentKey = parent == null ? List.of() : parent.primaryKeyColumns();
                referenced = parentKey.size() == columnNames.size() ? parentKey : columnNames;
            }
            SqliteDdl.ForeignKeyFacts written = takeDeclared(unmatched, columnNames, first.table());
            out.add(new ForeignKey(written == null ? null : written.name(), columnNames, new TableRef(null, parentName), referenced,
                    action(first.onDelete()), action(first.onUpdate()), written != null && written.deferrable(),
                    written != null && written.initiallyDeferred(), true));
        }
        return out;
    }

    private static SqliteDdl.ForeignKeyFacts takeDeclared(List<SqliteDdl.ForeignKeyFacts> declared, List<String> columns, String table) {
        for (int i = 0; i < declared.size(); i++) {
            SqliteDdl.ForeignKeyFacts candidate = declared.get(i);
            if (sameNames(candidate.columns(), columns) && SqliteTokens.key(candidate.table()).equals(SqliteTokens.key(table))) {
                return declared.remove(i);
            }
        }
        return null;
    }

    private static String takeDeclaredName(List<SqliteDdl.Unique> declared, List<String> columns) {
        for (int i = 0; i < declared.size(); i++) {
            if (sameNames(declared.get(i).columns(), columns)) {
                return declared.remove(i).name();
            }
        }
        return null;
    }

    private static boolean sameNames(List<String> a, List<String> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (b.get(i) == null || !SqliteTokens.key(a.get(i)).equals(SqliteTokens.key(b.get(i)))) {
                return false;
            }
        }
        return true;
    }

    static ReferentialAction action(String rule) {
        if (rule == null) {
            return ReferentialAction.NO_ACTION;
        }
        return switch (rule.toUpperCase(Locale.ROOT)) {
            case "CASCADE" -> ReferentialAction.CASCADE;
            case "SET NULL" -> ReferentialAction.SET_NULL;
            case "SET DEFAULT" -> ReferentialAction.SET_DEFAULT;
            case "RESTRICT" -> ReferentialAction.RESTRICT;
            default -> ReferentialAction.NO_ACTION;
        };
    }

    private static <T> Map<String, List<T>> group(List<T> rows, java.util.function.Function<T, String> nameOf,
                                                  java.util.function.ToIntFunction<T> positionOf) {
        Map<String, List<T>> grouped = new TreeMap<>();
        for (T row : rows) {
            grouped.computeIfAbsent(nameOf.apply(row), k -> new ArrayList<>()).add(row);
        }
        for (List<T> group : grouped.values()) {
            group.sort(Comparator.comparingInt(positionOf));
        }
        return grouped;
    }
}
