package dev.strata.runtime.mariadb;

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
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One table's catalog rows, gathered from the batched queries of {@link MariaDbInspector}, and the model built from them. */
final class MariaDbTable {

    record ColumnRow(String name, int position, String columnType, boolean nullable, String defaultValue, String extra,
                     String generationExpression, String charset, String collation, String comment) {
    }

    record IndexPart(String index, boolean unique, int seq, String column, Integer prefix, boolean descending, String type) {
    }

    record ForeignKeyPart(String name, String column, int position, String referencedSchema, String referencedTable,
                          String referencedColumn, String updateRule, String deleteRule) {
    }

    record CheckRow(String name, boolean columnLevel, String clause) {
    }

    private static final Pattern ON_UPDATE = Pattern.compile("(?i)\\bon update (\\S+)");

    final String schema;
    final String name;
    final List<ColumnRow> columns = new ArrayList<>();
    final List<IndexPart> indexParts = new ArrayList<>();
    final List<ForeignKeyPart> foreignKeyParts = new ArrayList<>();
    final List<CheckRow> checks = new ArrayList<>();
    private final String engine;
    private final String collation;
    private final String charset;
    private final String comment;
    private final boolean systemVersioned;

    MariaDbTable(String schema, String name, String engine, String collation, String charset, String comment,
                 boolean systemVersioned) {
        this.schema = schema;
        this.name = name;
        this.engine = engine;
        this.collation = collation;
        this.charset = charset;
        this.comment = comment;
        this.systemVersioned = systemVersioned;
    }

    Table build() {
        Set<String> jsonColumns = jsonColumns();
        List<Column> builtColumns = new ArrayList<>(columns.size());
        columns.sort(Comparator.comparingInt(ColumnRow::position));
        for (ColumnRow row : columns) {
            builtColumns.add(column(row, jsonColumns.contains(row.name())));
        }
        List<CheckConstraint> builtChecks = new ArrayList<>();
        for (CheckRow check : checks) {
            if (!(check.columnLevel() && jsonColumns.contains(check.name()))) {
                builtChecks.add(CheckConstraint.of(check.name(), check.clause()));
            }
        }
        builtChecks.sort(Comparator.comparing(CheckConstraint::name));

        PrimaryKey primaryKey = null;
        List<UniqueConstraint> uniques = new ArrayList<>();
        List<Index> indexes = new ArrayList<>();
        for (List<IndexPart> parts : byName(indexParts, IndexPart::index, IndexPart::seq).values()) {
            IndexPart first = parts.get(0);
            List<String> plainColumns = parts.stream().map(IndexPart::column).toList();
            if (first.index().equals("PRIMARY")) {
                primaryKey = new PrimaryKey(null, plainColumns);
            } else if (first.unique() && isConstraintShaped(parts)) {
                uniques.add(new UniqueConstraint(first.index(), plainColumns, false, false, false));
            } else {
                indexes.add(index(parts));
            }
        }

        List<ForeignKey> foreignKeys = new ArrayList<>();
        for (List<ForeignKeyPart> parts : byName(foreignKeyParts, ForeignKeyPart::name, ForeignKeyPart::position).values()) {
            foreignKeys.add(foreignKey(parts));
        }

        return new Table(name, builtColumns, primaryKey, foreignKeys, uniques, builtChecks, List.of(), indexes,
                blankToNull(comment), tableAttributes());
    }

    private Map<String, String> tableAttributes() {
        Map<String, String> attributes = new LinkedHashMap<>();
        if (engine != null) {
            attributes.put("engine", engine);
        }
        if (charset != null) {
            attributes.put("charset", charset);
        }
        if (collation != null) {
            attributes.put("collation", collation);
        }
        if (systemVersioned) {
            attributes.put("system_versioning", "true");
        }
        return attributes;
    }

    private Column column(ColumnRow row, boolean json) {
        String extra = row.extra() == null ? "" : row.extra();
        String lowerExtra = extra.toLowerCase(Locale.ROOT);
        GeneratedColumn generated = null;
        if (lowerExtra.contains("virtual generated")) {
            generated = GeneratedColumn.virtual(row.generationExpression());
        } else if (lowerExtra.contains("stored generated")) {
            generated = GeneratedColumn.stored(row.generationExpression());
        }
        String defaultValue = generated != null || "NULL".equals(row.defaultValue()) ? null : row.defaultValue();
        Identity identity = lowerExtra.contains("auto_increment") ? Identity.autoIncrement() : null;
        Map<String, String> attributes = new LinkedHashMap<>();
        String columnCollation = null;
        if (!json) {
            if (row.charset() != null && !row.charset().equals(charset)) {
                attributes.put("charset", row.charset());
            }
            if (row.collation() != null && !row.collation().equals(collation)) {
                columnCollation = row.collation();
            }
        }
        Matcher onUpdate = ON_UPDATE.matcher(extra);
        if (onUpdate.find()) {
            attributes.put("on_update", onUpdate.group(1));
        }
        if (lowerExtra.contains("invisible")) {
            attributes.put("invisible", "true");
        }
        ColumnType type = json ? ColumnType.of("json") : ColumnType.parse(row.columnType());
        return new Column(row.name(), type, row.nullable(), defaultValue, identity, generated, columnCollation,
                blankToNull(row.comment()), attributes);
    }

    /**
     * The columns declared {@code JSON}: MariaDB stores them as {@code longtext} with a column check named
     * after the column that is exactly {@code json_valid(`column`)}.
     */
    private Set<String> jsonColumns() {
        Set<String> json = new HashSet<>();
        for (CheckRow check : checks) {
            if (check.columnLevel() && check.clause() != null
                    && check.clause().equals("json_valid(" + quote(check.name()) + ")")) {
                json.add(check.name());
            }
        }
        if (!json.isEmpty()) {
            for (ColumnRow row : columns) {
                if (json.contains(row.name()) && !row.columnType().equalsIgnoreCase("longtext")) {
                    json.remove(row.name());
                }
            }
        }
        return json;
    }

    /** Whole columns, ascending, in an ordinary index: what {@code UNIQUE (a, b)} makes. */
    private static boolean isConstraintShaped(List<IndexPart> parts) {
        for (IndexPart part : parts) {
            if (part.prefix() != null || part.descending() || part.column() == null
                    || !(part.type().equalsIgnoreCase("BTREE") || part.type().equalsIgnoreCase("HASH"))) {
                return false;
            }
        }
        return true;
    }

    private static Index index(List<IndexPart> parts) {
        IndexPart first = parts.get(0);
        String type = first.type() == null ? "BTREE" : first.type();
        // a SPATIAL index reports a SUB_PART (32) that is not a prefix anyone wrote
        boolean prefixes = type.equalsIgnoreCase("BTREE") || type.equalsIgnoreCase("HASH");
        List<IndexElement> elements = new ArrayList<>(parts.size());
        for (IndexPart part : parts) {
            IndexElement element = part.prefix() == null || !prefixes ? IndexElement.column(part.column())
                    : IndexElement.expression(quote(part.column()) + "(" + part.prefix() + ")");
            elements.add(part.descending() ? element.desc() : element);
        }
        String method = type.equalsIgnoreCase("BTREE") ? null : type.toLowerCase(Locale.ROOT);
        return new Index(first.index(), first.unique(), method, elements, List.of(), null, false);
    }

    private ForeignKey foreignKey(List<ForeignKeyPart> parts) {
        ForeignKeyPart first = parts.get(0);
        TableRef referenced = new TableRef(first.referencedSchema().equals(schema) ? null : first.referencedSchema(),
                first.referencedTable());
        return new ForeignKey(first.name(), parts.stream().map(ForeignKeyPart::column).toList(), referenced,
                parts.stream().map(ForeignKeyPart::referencedColumn).toList(), action(first.deleteRule()),
                action(first.updateRule()), false, false, true);
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

    /** Rows grouped by object name (names sorted), each group in its position order. */
    private static <T> Map<String, List<T>> byName(List<T> rows, java.util.function.Function<T, String> nameOf,
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

    static String quote(String identifier) {
        return "`" + identifier.replace("`", "``") + "`";
    }

    private static String blankToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
