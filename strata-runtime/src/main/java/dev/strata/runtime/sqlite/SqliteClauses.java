package dev.strata.runtime.sqlite;

import dev.strata.core.dialect.SqlDialect;
import dev.strata.core.error.BadInputException;
import dev.strata.core.model.CheckConstraint;
import dev.strata.core.model.Column;
import dev.strata.core.model.ForeignKey;
import dev.strata.core.model.Identity;
import dev.strata.core.model.Index;
import dev.strata.core.model.IndexElement;
import dev.strata.core.model.PrimaryKey;
import dev.strata.core.model.ReferentialAction;
import dev.strata.core.model.Table;
import dev.strata.core.model.UniqueConstraint;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The pieces of SQLite DDL: the whole {@code CREATE TABLE} (foreign keys inline, as SQLite cannot add them
 * later), column definitions, index statements. SQLite has no schemas of Strata's concern, so names are
 * never qualified, and no comments, so a model that carries one is refused rather than rendered without it.
 */
final class SqliteClauses {
    /** Table attributes of the model that SQLite renders, as table options. */
    static final Set<String> TABLE_ATTRIBUTES = Set.of("without_rowid", "strict");

    private static final Pattern LITERAL = Pattern.compile(
            "'(?:[^']|'')*'|[-+]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][-+]?\\d+)?|0[xX][0-9a-fA-F]+|[xX]'[0-9a-fA-F]*'"
                    + "|(?i:null|true|false|current_time|current_date|current_timestamp)");
    private static final Pattern CONSTANT_LITERAL = Pattern.compile(
            "'(?:[^']|'')*'|[-+]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][-+]?\\d+)?|0[xX][0-9a-fA-F]+|[xX]'[0-9a-fA-F]*'|(?i:true|false)");

    private final SqlDialect dialect;

    SqliteClauses(SqlDialect dialect) {
        this.dialect = dialect;
    }

    String quote(String identifier) {
        return dialect.quote(identifier);
    }

    String columns(List<String> names) {
        List<String> quoted = new ArrayList<>(names.size());
        for (String name : names) {
            quoted.add(quote(name));
        }
        return String.join(", ", quoted);
    }

    /** {@code CREATE TABLE "name" (…)} for the whole table (without its indexes), under {@code name}. */
    String createTable(Table table, String name) {
        requireNoComments(table);
        String autoIncrement = autoIncrementColumn(table);
        List<String> parts = new ArrayList<>();
        for (Column column : table.columns()) {
            parts.add(column(table, column, column.name().equals(autoIncrement)));
        }
        PrimaryKey primaryKey = table.primaryKey();
        if (primaryKey != null && autoIncrement == null) {
            parts.add(constraintName(primaryKey.name()) + "PRIMARY KEY (" + columns(primaryKey.columns()) + ")");
        }
        for (UniqueConstraint unique : table.uniques()) {
            if (unique.deferrable() || unique.nullsNotDistinct()) {
                throw new BadInputException("SQLite has no " + (unique.deferrable() ? "deferrable" : "NULLS NOT DISTINCT")
                        + " unique constraints (table " + table.name() + ")", "remove that from the model");
            }
            parts.add(constraintName(unique.name()) + "UNIQUE (" + columns(unique.columns()) + ")");
        }
        for (CheckConstraint check : table.checks()) {
            parts.add(constraintName(check.name()) + "CHECK (" + check.expression() + ")");
        }
        for (ForeignKey key : table.foreignKeys()) {
            parts.add(foreignKey(key));
        }
        if (!table.exclusions().isEmpty()) {
            throw new BadInputException("SQLite has no exclusion constraints (table " + table.name() + ")",
                    "remove them from the SQLite model");
        }
        return "CREATE TABLE " + quote(name) + " (\n    " + String.join(",\n    ", parts) + "\n)" + tableOptions(table);
    }

    /** A column as ADD COLUMN takes it (never the table's AUTOINCREMENT key, which needs a rebuild). */
    String column(Table table, Column column) {
        return column(table, column, false);
    }

    private String column(Table table, Column column, boolean inlineKey) {
        String where = " (column " + table.name() + "." + column.name() + ")";
        if (column.comment() != null) {
            throw new BadInputException("SQLite has no column comments" + where, "remove the comment from the SQLite model");
        }
        if (!column.attributes().isEmpty()) {
            throw new BadInputException("SQLite has no column attributes " + column.attributes().keySet() + where,
                    "remove them from the SQLite model");
        }
        if (column.type().isArray()) {
            throw new BadInputException("SQLite has no array types: " + column.type().sql() + where, "use a JSON text column");
        }
        StringBuilder sql = new StringBuilder(quote(column.name())).append(' ').append(column.type().sql());
        if (inlineKey) {
            sql.append(' ').append(constraintName(table.primaryKey().name())).append("PRIMARY KEY AUTOINCREMENT");
        }
        if (!column.nullable()) {
            sql.append(" NOT NULL");
        }
        if (column.defaultExpression() != null) {
            sql.append(" DEFAULT ").append(defaultValue(column.defaultExpression()));
        }
        if (column.collation() != null) {
            sql.append(" COLLATE ").append(quote(column.collation()));
        }
        if (column.generated() != null) {
            sql.append(" GENERATED ALWAYS AS (").append(column.generated().expression()).append(')')
                    .append(column.generated().stored() ? " STORED" : " VIRTUAL");
        }
        return sql.toString();
    }

    /**
     * The column declared {@code INTEGER PRIMARY KEY AUTOINCREMENT}, or null. SQLite allows it only on a
     * single-column INTEGER primary key, declared on the column.
     */
    static String autoIncrementColumn(Table table) {
        String found = null;
        for (Column column : table.columns()) {
            Identity identity = column.identity();
            if (identity == null) {
                continue;
            }
            String where = " (column " + table.name() + "." + column.name() + ")";
            if (identity.kind() != Identity.Kind.AUTO_INCREMENT) {
                throw new BadInputException("SQLite has no " + identity.kind() + " identity" + where,
                        "use INTEGER PRIMARY KEY (AUTOINCREMENT)");
            }
            if (identity.start() != null || (identity.increment() != null && identity.increment() != 1L)) {
                throw new BadInputException("SQLite's AUTOINCREMENT has no start or step" + where, "leave them out of the model");
            }
            PrimaryKey key = table.primaryKey();
            if (key == null || !key.columns().equals(List.of(column.name()))
                    || !column.type().sql().equalsIgnoreCase("integer")) {
                throw new BadInputException("SQLite allows AUTOINCREMENT only on an INTEGER column that alone is the primary key" + where,
                        "make the column INTEGER and the table's whole primary key");
            }
            found = column.name();
        }
        return found;
    }

    private static void requireNoComments(Table table) {
        if (table.comment() != null) {
            throw new BadInputException("SQLite has no table comments (table " + table.name() + ")",
                    "remove the comment from the SQLite model");
        }
    }

    private String constraintName(String name) {
        return name == null ? "" : "CONSTRAINT " + quote(name) + " ";
    }

    /** A foreign key clause. SQLite cannot name another database in REFERENCES, so the namespace is left out. */
    String foreignKey(ForeignKey key) {
        StringBuilder sql = new StringBuilder(constraintName(key.name()))
                .append("FOREIGN KEY (").append(columns(key.columns())).append(") REFERENCES ")
                .append(quote(key.referencedTable().name())).append(" (").append(columns(key.referencedColumns())).append(')');
        if (key.onDelete() != ReferentialAction.NO_ACTION) {
            sql.append(" ON DELETE ").append(key.onDelete().sql());
        }
        if (key.onUpdate() != ReferentialAction.NO_ACTION) {
            sql.append(" ON UPDATE ").append(key.onUpdate().sql());
        }
        if (key.deferrable()) {
            sql.append(key.initiallyDeferred() ? " DEFERRABLE INITIALLY DEFERRED" : " DEFERRABLE INITIALLY IMMEDIATE");
        }
        return sql.toString();
    }

    private String tableOptions(Table table) {
        List<String> options = new ArrayList<>();
        for (Map.Entry<String, String> attribute : table.attributes().entrySet()) {
            if (!TABLE_ATTRIBUTES.contains(attribute.getKey())) {
                throw new BadInputException("SQLite has no table attribute '" + attribute.getKey() + "' (table " + table.name() + ")",
                        "known table attributes: " + TABLE_ATTRIBUTES);
            }
            if (!"false".equalsIgnoreCase(attribute.getValue())) {
                options.add(attribute.getKey().equals("strict") ? "STRICT" : "WITHOUT ROWID");
            }
        }
        options.sort(null); // STRICT, WITHOUT ROWID: a stable order
        return options.isEmpty() ? "" : " " + String.join(", ", options);
    }

    /** A literal default as it is; any other expression in parentheses, as SQLite requires. */
    static String defaultValue(String expression) {
        String text = expression.strip();
        return LITERAL.matcher(text).matches() ? text : "(" + text + ")";
    }

    /** Whether ADD COLUMN takes this default: a constant literal, or none. */
    static boolean isConstantDefault(String expression) {
        return expression == null || CONSTANT_LITERAL.matcher(expression.strip()).matches()
                || expression.strip().equalsIgnoreCase("null");
    }

    /** {@code CREATE [UNIQUE] INDEX "i" ON "t" (…) [WHERE …]}. */
    String createIndex(String table, Index index) {
        String where = " (index " + index.name() + " on " + table + ")";
        if (index.name() == null) {
            throw new BadInputException("SQLite needs a name for every index" + where, "name the index in the model");
        }
        if (index.method() != null || !index.include().isEmpty() || index.nullsNotDistinct()) {
            throw new BadInputException("SQLite has no " + (index.method() != null ? "index methods"
                    : !index.include().isEmpty() ? "INCLUDE columns" : "NULLS NOT DISTINCT") + where, "remove that from the SQLite model");
        }
        List<String> elements = new ArrayList<>();
        for (IndexElement element : index.elements()) {
            elements.add(element(element, where));
        }
        return "CREATE " + (index.unique() ? "UNIQUE " : "") + "INDEX " + quote(index.name()) + " ON " + quote(table)
                + " (" + String.join(", ", elements) + ")" + (index.predicate() == null ? "" : " WHERE " + index.predicate());
    }

    private String element(IndexElement element, String where) {
        if (element.opclass() != null) {
            throw new BadInputException("SQLite has no operator classes" + where, "remove them from the SQLite model");
        }
        if (element.nullsFirst() != null && element.nullsFirst() == element.descending()) {
            throw new BadInputException("SQLite sorts NULLs first ascending and last descending, and cannot be told otherwise" + where,
                    "remove the NULLS placement from the model");
        }
        StringBuilder sql = new StringBuilder(element.isExpression() ? "(" + element.expression() + ")" : quote(element.column()));
        if (element.collation() != null) {
            sql.append(" COLLATE ").append(quote(element.collation()));
        }
        if (element.descending()) {
            sql.append(" DESC");
        }
        return sql.toString();
    }
}
