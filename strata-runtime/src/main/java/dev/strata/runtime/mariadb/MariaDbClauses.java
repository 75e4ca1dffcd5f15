package dev.strata.runtime.mariadb;

import dev.strata.core.dialect.SqlDialect;
import dev.strata.core.error.BadInputException;
import dev.strata.core.model.CheckConstraint;
import dev.strata.core.model.Column;
import dev.strata.core.model.ColumnType;
import dev.strata.core.model.ForeignKey;
import dev.strata.core.model.Identity;
import dev.strata.core.model.Index;
import dev.strata.core.model.IndexElement;
import dev.strata.core.model.ReferentialAction;
import dev.strata.core.model.TableRef;
import dev.strata.core.model.UniqueConstraint;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The pieces of MariaDB DDL that several statements share: column definitions (the full definition, as
 * {@code MODIFY COLUMN} needs it), keys, constraints, index statements and table options.
 */
final class MariaDbClauses {
    /** Column attributes of the model that MariaDB renders. */
    static final Set<String> COLUMN_ATTRIBUTES = Set.of("charset", "on_update");
    /** Table attributes of the model that MariaDB renders, as table options. */
    static final Set<String> TABLE_ATTRIBUTES = Set.of("engine", "charset", "collation", "row_format");

    private static final Set<String> TYPE_MODIFIERS = Set.of("unsigned", "signed", "zerofill");
    private static final Pattern LITERAL = Pattern.compile(
            "'(?:[^'\\\\]|''|\\\\.)*'|[-+]?\\d+(?:\\.\\d+)?(?:[eE][-+]?\\d+)?|(?i:null|true|false)|(?i:[bx])'[0-9a-fA-F]*'|0x[0-9a-fA-F]+");
    private static final Pattern KEYWORD = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final SqlDialect dialect;

    MariaDbClauses(SqlDialect dialect) {
        this.dialect = dialect;
    }

    String quote(String identifier) {
        return dialect.quote(identifier);
    }

    String literal(String value) {
        return dialect.literal(value);
    }

    String table(TableRef ref) {
        return dialect.qualified(ref.namespace(), ref.name());
    }

    String qualified(String namespace, String name) {
        return dialect.qualified(namespace, name);
    }

    String columns(List<String> names) {
        List<String> quoted = new ArrayList<>(names.size());
        for (String name : names) {
            quoted.add(quote(name));
        }
        return String.join(", ", quoted);
    }

    /** The full column definition, as CREATE TABLE, ADD COLUMN and MODIFY COLUMN take it. */
    String column(TableRef table, Column column) {
        String where = " (column " + table + "." + column.name() + ")";
        for (String key : column.attributes().keySet()) {
            if (!COLUMN_ATTRIBUTES.contains(key)) {
                throw new BadInputException("MariaDB has no column attribute '" + key + "'" + where,
                        "known column attributes: " + COLUMN_ATTRIBUTES);
            }
        }
        StringBuilder sql = new StringBuilder(quote(column.name())).append(' ').append(type(column.type(), where));
        String charset = column.attributes().get("charset");
        if (charset != null) {
            sql.append(" CHARACTER SET ").append(quote(charset));
        }
        if (column.collation() != null) {
            sql.append(" COLLATE ").append(quote(column.collation()));
        }
        if (column.generated() != null) {
            if (!column.nullable() || column.defaultExpression() != null || column.identity() != null
                    || column.attributes().containsKey("on_update")) {
                throw new BadInputException("MariaDB allows no NOT NULL, DEFAULT, AUTO_INCREMENT or ON UPDATE on a generated column" + where,
                        "make the generated column nullable and without a default in the model");
            }
            sql.append(" GENERATED ALWAYS AS (").append(column.generated().expression()).append(')')
                    .append(column.generated().stored() ? " PERSISTENT" : " VIRTUAL");
        } else {
            sql.append(column.nullable() ? " NULL" : " NOT NULL");
            if (column.defaultExpression() != null) {
                sql.append(" DEFAULT ").append(defaultValue(column.defaultExpression()));
            }
            String onUpdate = column.attributes().get("on_update");
            if (onUpdate != null) {
                sql.append(" ON UPDATE ").append(onUpdate);
            }
            if (column.identity() != null) {
                autoIncrement(column.identity(), where);
                sql.append(" AUTO_INCREMENT");
            }
        }
        if (column.comment() != null) {
            sql.append(" COMMENT ").append(literal(column.comment()));
        }
        return sql.toString();
    }

    /**
     * The type, with MariaDB's modifiers after the parameters ({@code int(10) unsigned}), where
     * {@link ColumnType#sql()} would put them before.
     */
    String type(ColumnType type, String where) {
        if (type.isArray()) {
            throw new BadInputException("MariaDB has no array types: " + type.sql() + where, "use json, or a child table");
        }
        if (type.params().isEmpty()) {
            return type.sql();
        }
        List<String> words = Arrays.asList(type.name().split(" "));
        int end = words.size();
        while (end > 1 && TYPE_MODIFIERS.contains(words.get(end - 1).toLowerCase(Locale.ROOT))) {
            end--;
        }
        if (end == words.size()) {
            return type.sql();
        }
        return String.join(" ", words.subList(0, end)) + "(" + String.join(",", type.params()) + ") "
                + String.join(" ", words.subList(end, words.size()));
    }

    /** A literal default as it is; any other expression in parentheses, as MariaDB wants expression defaults. */
    static String defaultValue(String expression) {
        String text = expression.strip();
        return LITERAL.matcher(text).matches() || isParenthesized(text) ? text : "(" + text + ")";
    }

    private static boolean isParenthesized(String text) {
        if (!text.startsWith("(") || !text.endsWith(")")) {
            return false;
        }
        int depth = 0;
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"' || c == '`') {
                quote = c;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0 && i < text.length() - 1) {
                return false;
            }
        }
        return depth == 0;
    }

    /** Refuses what AUTO_INCREMENT cannot say; its start is a table option ({@link #autoIncrementStart}). */
    static void autoIncrement(Identity identity, String where) {
        if (identity.kind() != Identity.Kind.AUTO_INCREMENT) {
            throw new BadInputException("MariaDB has no " + identity.kind() + " identity" + where,
                    "use AUTO_INCREMENT, or a DEFAULT NEXT VALUE FOR a sequence");
        }
        if (identity.increment() != null && identity.increment() != 1L) {
            throw new BadInputException("MariaDB's AUTO_INCREMENT step is a server setting, not a column's: increment "
                    + identity.increment() + where, "set auto_increment_increment on the server, and leave it out of the model");
        }
    }

    /** The table option {@code AUTO_INCREMENT = n} a column's identity start asks for, or null. */
    static Long autoIncrementStart(List<Column> columns) {
        for (Column column : columns) {
            if (column.identity() != null && column.identity().start() != null) {
                return column.identity().start();
            }
        }
        return null;
    }

    String uniqueKey(UniqueConstraint unique, TableRef table) {
        if (unique.deferrable() || unique.nullsNotDistinct()) {
            throw new BadInputException("MariaDB has no " + (unique.deferrable() ? "deferrable" : "NULLS NOT DISTINCT")
                    + " unique constraints (" + table + "." + unique.name() + ")", "remove that from the model");
        }
        return "UNIQUE KEY " + (unique.name() == null ? "" : quote(unique.name()) + " ") + "(" + columns(unique.columns()) + ")";
    }

    String check(CheckConstraint check) {
        return (check.name() == null ? "" : "CONSTRAINT " + quote(check.name()) + " ") + "CHECK (" + check.expression() + ")";
    }

    /** A foreign key as a table constraint (MariaDB ignores an inline {@code REFERENCES} on a column). */
    String foreignKey(ForeignKey key, TableRef table) {
        if (key.deferrable()) {
            throw new BadInputException("MariaDB has no deferrable foreign keys (" + table + "." + key.name() + ")",
                    "remove DEFERRABLE from the model");
        }
        for (ReferentialAction action : List.of(key.onDelete(), key.onUpdate())) {
            if (action == ReferentialAction.SET_DEFAULT) {
                throw new BadInputException("MariaDB (InnoDB) refuses SET DEFAULT as a foreign key action ("
                        + table + "." + key.name() + ")", "use RESTRICT, CASCADE or SET NULL");
            }
        }
        StringBuilder sql = new StringBuilder(key.name() == null ? "" : "CONSTRAINT " + quote(key.name()) + " ")
                .append("FOREIGN KEY (").append(columns(key.columns())).append(") REFERENCES ")
                .append(table(key.referencedTable().inNamespace(table.namespace())))
                .append(" (").append(columns(key.referencedColumns())).append(')');
        if (key.onDelete() != ReferentialAction.NO_ACTION) {
            sql.append(" ON DELETE ").append(key.onDelete().sql());
        }
        if (key.onUpdate() != ReferentialAction.NO_ACTION) {
            sql.append(" ON UPDATE ").append(key.onUpdate().sql());
        }
        return sql.toString();
    }

    /** {@code CREATE [UNIQUE|FULLTEXT|SPATIAL] INDEX `i` ON table (…) [USING BTREE|HASH]}. */
    String createIndex(TableRef table, Index index) {
        String where = " (index " + index.name() + " on " + table + ")";
        if (index.predicate() != null || !index.include().isEmpty() || index.nullsNotDistinct()) {
            throw new BadInputException("MariaDB has no " + (index.predicate() != null ? "partial indexes"
                    : !index.include().isEmpty() ? "INCLUDE columns" : "NULLS NOT DISTINCT") + where, "remove that from the model");
        }
        if (index.name() == null) {
            throw new BadInputException("MariaDB needs a name for every index" + where, "name the index in the model");
        }
        String method = index.method() == null ? "" : index.method().toLowerCase(Locale.ROOT);
        String kind;
        String using = "";
        switch (method) {
            case "" -> kind = index.unique() ? "UNIQUE " : "";
            case "btree", "hash" -> {
                kind = index.unique() ? "UNIQUE " : "";
                using = " USING " + method.toUpperCase(Locale.ROOT);
            }
            case "fulltext", "spatial" -> {
                if (index.unique()) {
                    throw new BadInputException("a " + method + " index cannot be unique" + where, "make it a plain " + method + " index");
                }
                kind = method.toUpperCase(Locale.ROOT) + " ";
            }
            default -> throw new BadInputException("MariaDB has no index method '" + index.method() + "'" + where,
                    "use btree, hash, fulltext or spatial");
        }
        List<String> elements = new ArrayList<>();
        for (IndexElement element : index.elements()) {
            elements.add(element(element, where));
        }
        return "CREATE " + kind + "INDEX " + quote(index.name()) + " ON " + table(table) + " (" + String.join(", ", elements) + ")" + using;
    }

    /** A key part: a column, or the model's text for one (a prefix such as {@code `name`(10)}), and DESC. */
    private String element(IndexElement element, String where) {
        if (element.opclass() != null || element.collation() != null) {
            throw new BadInputException("MariaDB has no operator classes or collations on index keys" + where, "remove them from the model");
        }
        if (element.nullsFirst() != null && element.nullsFirst() == element.descending()) {
            throw new BadInputException("MariaDB sorts NULLs first ascending and last descending, and cannot be told otherwise" + where,
                    "remove the NULLS placement from the model");
        }
        String key = element.isExpression() ? element.expression() : quote(element.column());
        return element.descending() ? key + " DESC" : key;
    }

    /** Table options for these attributes (and comment): {@code ENGINE = `InnoDB` DEFAULT CHARSET = … COMMENT = '…'}. */
    String tableOptions(TableRef table, Map<String, String> attributes, String comment, Long autoIncrement) {
        List<String> options = new ArrayList<>();
        for (Map.Entry<String, String> attribute : inOptionOrder(attributes).entrySet()) {
            options.add(tableOption(table, attribute.getKey(), attribute.getValue()));
        }
        if (autoIncrement != null) {
            options.add("AUTO_INCREMENT = " + autoIncrement);
        }
        if (comment != null) {
            options.add("COMMENT = " + literal(comment));
        }
        return String.join(" ", options);
    }

    /** Engine, charset, collation, row format, then the rest by name: the same options always render the same way. */
    static Map<String, String> inOptionOrder(Map<String, String> attributes) {
        List<String> first = List.of("engine", "charset", "collation", "row_format");
        Map<String, String> ordered = new java.util.TreeMap<>(java.util.Comparator
                .comparingInt((String key) -> first.contains(key) ? first.indexOf(key) : first.size())
                .thenComparing(java.util.Comparator.naturalOrder()));
        ordered.putAll(attributes);
        return ordered;
    }

    String tableOption(TableRef table, String key, String value) {
        return switch (key) {
            case "engine" -> "ENGINE = " + quote(value);
            case "charset" -> "DEFAULT CHARSET = " + quote(value);
            case "collation" -> "COLLATE = " + quote(value);
            case "row_format" -> {
                if (!KEYWORD.matcher(value).matches()) {
                    throw new BadInputException("'" + value + "' is not a row format (table " + table + ")", "use e.g. DYNAMIC or COMPRESSED");
                }
                yield "ROW_FORMAT = " + value.toUpperCase(Locale.ROOT);
            }
            default -> throw new BadInputException("MariaDB has no table attribute '" + key + "' (table " + table + ")",
                    "known table attributes: " + TABLE_ATTRIBUTES);
        };
    }
}
