package dev.strata.runtime.postgres;

import dev.strata.core.dialect.SqlDialect;
import dev.strata.core.error.BadInputException;
import dev.strata.core.model.CheckConstraint;
import dev.strata.core.model.Column;
import dev.strata.core.model.ColumnType;
import dev.strata.core.model.ExclusionConstraint;
import dev.strata.core.model.ForeignKey;
import dev.strata.core.model.Identity;
import dev.strata.core.model.Index;
import dev.strata.core.model.IndexElement;
import dev.strata.core.model.PrimaryKey;
import dev.strata.core.model.ReferentialAction;
import dev.strata.core.model.TableRef;
import dev.strata.core.model.UniqueConstraint;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The pieces of PostgreSQL DDL that several statements share: column definitions, constraint clauses,
 * index statements, names. Identifiers go through the dialect's quote(), literals through literal();
 * expressions, defaults and predicates are model text, emitted as they are.
 */
final class PostgresClauses {
    /** PostgreSQL truncates longer identifiers (NAMEDATALEN - 1 bytes). */
    static final int MAX_NAME_BYTES = 63;

    private static final Map<String, String> SERIAL_TYPES = Map.of(
            "integer", "serial", "bigint", "bigserial", "smallint", "smallserial",
            "serial", "serial", "bigserial", "bigserial", "smallserial", "smallserial");

    private final SqlDialect dialect;

    PostgresClauses(SqlDialect dialect) {
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

    /**
     * A collation or operator class: quoted as one identifier, unless the model already spells it as SQL
     * with quotes ({@code pg_catalog."C"}).
     */
    String nameOrSql(String name) {
        return name.indexOf('"') >= 0 ? name : quote(name);
    }

    /**
     * A name the catalogs may report schema-qualified ({@code public.gin_trgm_ops}, as read with an empty
     * search_path, quoting only what needs it): kept as SQL when it has a dot or a quote, else quoted.
     */
    String qualifiedNameOrSql(String name) {
        return name.indexOf('"') >= 0 || name.indexOf('.') >= 0 ? name : quote(name);
    }

    /** {@code "c" type [COLLATE x] [GENERATED …] [DEFAULT …] [NOT NULL]}: a column as CREATE TABLE and ADD COLUMN take it. */
    String column(TableRef table, Column column) {
        requireNoAttributes(table, column);
        StringBuilder sql = new StringBuilder(quote(column.name())).append(' ').append(type(table, column));
        if (column.collation() != null) {
            sql.append(" COLLATE ").append(nameOrSql(column.collation()));
        }
        if (column.generated() != null) {
            sql.append(" GENERATED ALWAYS AS (").append(column.generated().expression()).append(')')
                    .append(column.generated().stored() ? " STORED" : " VIRTUAL");
        }
        Identity identity = column.identity();
        if (identity != null && identity.kind() != Identity.Kind.SERIAL) {
            sql.append(' ').append(identityClause(table, column, identity));
        }
        String defaultExpression = column.defaultExpression();
        boolean serialDefault = identity != null && identity.kind() == Identity.Kind.SERIAL
                && defaultExpression != null && defaultExpression.strip().toLowerCase(Locale.ROOT).startsWith("nextval(");
        if (defaultExpression != null && !serialDefault) {
            sql.append(" DEFAULT ").append(defaultExpression);
        }
        if (!column.nullable()) {
            sql.append(" NOT NULL");
        }
        return sql.toString();
    }

    /** The column's type; a serial column's {@code integer} becomes {@code serial}, and so on. */
    String type(TableRef table, Column column) {
        ColumnType type = column.type();
        if (column.identity() == null || column.identity().kind() != Identity.Kind.SERIAL) {
            return type.sql();
        }
        String serial = type.isArray() || !type.params().isEmpty() ? null : SERIAL_TYPES.get(type.canonicalName());
        if (serial == null) {
            throw new BadInputException("PostgreSQL has no serial form of type " + type.sql() + " (column "
                    + table + "." + column.name() + ")", "make it smallint, integer or bigint, or use an identity column");
        }
        return serial;
    }

    /**
     * The type a column has once created, for {@code ALTER COLUMN … TYPE}: serial is only a CREATE-time
     * shorthand, so {@code serial} is {@code integer} here, and so on.
     */
    static String storedType(ColumnType type) {
        if (type.isArray() || !type.params().isEmpty()) {
            return type.sql();
        }
        return switch (type.canonicalName()) {
            case "serial" -> "integer";
            case "bigserial" -> "bigint";
            case "smallserial" -> "smallint";
            default -> type.sql();
        };
    }

    /** {@code GENERATED ALWAYS AS IDENTITY (START WITH 1 INCREMENT BY 1)}. */
    String identityClause(TableRef table, Column column, Identity identity) {
        String kind = switch (identity.kind()) {
            case ALWAYS -> "GENERATED ALWAYS AS IDENTITY";
            case BY_DEFAULT -> "GENERATED BY DEFAULT AS IDENTITY";
            default -> throw new BadInputException("PostgreSQL has no " + identity.kind() + " identity (column "
                    + table + "." + column.name() + ")", "use an identity column (ALWAYS or BY DEFAULT) or serial");
        };
        List<String> options = new ArrayList<>();
        if (identity.start() != null) {
            options.add("START WITH " + identity.start());
        }
        if (identity.increment() != null) {
            options.add("INCREMENT BY " + identity.increment());
        }
        return options.isEmpty() ? kind : kind + " (" + String.join(" ", options) + ")";
    }

    void requireNoAttributes(TableRef table, Column column) {
        if (!column.attributes().isEmpty()) {
            throw new BadInputException("PostgreSQL has no column attributes " + column.attributes().keySet()
                    + " (column " + table + "." + column.name() + ")", "remove them from the model");
        }
    }

    String constraintName(String name) {
        return name == null ? "" : "CONSTRAINT " + quote(name) + " ";
    }

    String primaryKey(PrimaryKey primaryKey) {
        return constraintName(primaryKey.name()) + "PRIMARY KEY (" + columns(primaryKey.columns()) + ")";
    }

    String unique(UniqueConstraint unique) {
        return constraintName(unique.name()) + "UNIQUE " + (unique.nullsNotDistinct() ? "NULLS NOT DISTINCT " : "")
                + "(" + columns(unique.columns()) + ")" + deferrable(unique.deferrable(), unique.initiallyDeferred());
    }

    String check(CheckConstraint check) {
        return constraintName(check.name()) + "CHECK (" + check.expression() + ")";
    }

    String exclusion(ExclusionConstraint exclusion) {
        List<String> elements = new ArrayList<>();
        for (ExclusionConstraint.Element element : exclusion.elements()) {
            elements.add(element(element.key()) + " WITH " + element.operator());
        }
        return constraintName(exclusion.name()) + "EXCLUDE" + (exclusion.method() == null ? "" : " USING " + quote(exclusion.method()))
                + " (" + String.join(", ", elements) + ")"
                + (exclusion.predicate() == null ? "" : " WHERE (" + exclusion.predicate() + ")")
                + deferrable(exclusion.deferrable(), exclusion.initiallyDeferred());
    }

    /** A foreign key clause; a referenced table without namespace is in {@code namespace}, the referencing table's. */
    String foreignKey(ForeignKey foreignKey, String namespace) {
        StringBuilder sql = new StringBuilder(constraintName(foreignKey.name()))
                .append("FOREIGN KEY (").append(columns(foreignKey.columns())).append(") REFERENCES ")
                .append(table(foreignKey.referencedTable().inNamespace(namespace)))
                .append(" (").append(columns(foreignKey.referencedColumns())).append(')');
        if (foreignKey.onDelete() != ReferentialAction.NO_ACTION) {
            sql.append(" ON DELETE ").append(foreignKey.onDelete().sql());
        }
        if (foreignKey.onUpdate() != ReferentialAction.NO_ACTION) {
            sql.append(" ON UPDATE ").append(foreignKey.onUpdate().sql());
        }
        return sql.append(deferrable(foreignKey.deferrable(), foreignKey.initiallyDeferred())).toString();
    }

    private static String deferrable(boolean deferrable, boolean initiallyDeferred) {
        if (!deferrable) {
            return "";
        }
        return initiallyDeferred ? " DEFERRABLE INITIALLY DEFERRED" : " DEFERRABLE";
    }

    /** {@code CREATE [UNIQUE] INDEX [CONCURRENTLY] "name" ON table [USING m] (…) [INCLUDE (…)] [NULLS NOT DISTINCT] [WHERE …]}. */
    String createIndex(TableRef table, Index index, boolean concurrently) {
        List<String> elements = new ArrayList<>();
        for (IndexElement element : index.elements()) {
            elements.add(element(element));
        }
        return "CREATE " + (index.unique() ? "UNIQUE " : "") + "INDEX " + (concurrently ? "CONCURRENTLY " : "")
                + (index.name() == null ? "" : quote(index.name()) + " ") + "ON " + table(table)
                + (index.method() == null ? "" : " USING " + quote(index.method()))
                + " (" + String.join(", ", elements) + ")"
                + (index.include().isEmpty() ? "" : " INCLUDE (" + columns(index.include()) + ")")
                + (index.nullsNotDistinct() ? " NULLS NOT DISTINCT" : "")
                + (index.predicate() == null ? "" : " WHERE " + index.predicate());
    }

    /** {@code "col"} or {@code (expression)}, then collation, operator class, order and NULLS placement. */
    String element(IndexElement element) {
        StringBuilder sql = new StringBuilder(element.isExpression() ? "(" + element.expression() + ")" : quote(element.column()));
        if (element.collation() != null) {
            sql.append(" COLLATE ").append(nameOrSql(element.collation()));
        }
        if (element.opclass() != null) {
            sql.append(' ').append(qualifiedNameOrSql(element.opclass()));
        }
        if (element.descending()) {
            sql.append(" DESC");
        }
        if (element.nullsFirst() != null && element.nullsFirst() != element.descending()) {
            sql.append(element.nullsFirst() ? " NULLS FIRST" : " NULLS LAST");
        }
        return sql.toString();
    }

    /**
     * {@code base + suffix} shortened to PostgreSQL's 63 bytes by cutting {@code base} (never inside a
     * character), so that the name the server keeps is the name the script uses.
     */
    static String fit(String base, String suffix) {
        int budget = MAX_NAME_BYTES - suffix.getBytes(StandardCharsets.UTF_8).length;
        StringBuilder kept = new StringBuilder();
        int used = 0;
        for (int i = 0; i < base.length(); ) {
            int codePoint = base.codePointAt(i);
            int bytes = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (used + bytes > budget) {
                break;
            }
            kept.appendCodePoint(codePoint);
            used += bytes;
            i += Character.charCount(codePoint);
        }
        return kept + suffix;
    }
}
