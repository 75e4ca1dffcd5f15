package dev.strata.core.model;

import java.util.Map;
import java.util.Objects;

/**
 * A table column.
 *
 * @param name              the column name
 * @param type              its type
 * @param nullable          false for {@code NOT NULL}
 * @param defaultExpression the server default as the database spells it ({@code 'a'::text}, {@code now()}); null if none
 * @param identity          identity, serial or auto-increment; null if none
 * @param generated         the generation expression of a computed column; null if none
 * @param collation         an explicit collation; null for the default
 * @param comment           the column comment; null if none
 * @param attributes        dialect attributes (MariaDB {@code charset}, {@code on_update}); empty if none
 */
public record Column(String name, ColumnType type, boolean nullable, String defaultExpression, Identity identity,
                     GeneratedColumn generated, String collation, String comment, Map<String, String> attributes) {

    public Column {
        Attributes.requireName(name, "a column");
        Objects.requireNonNull(type, "type");
        attributes = Attributes.copy(attributes);
    }

    /** A nullable column with no default: {@code Column.of("email", "character varying(255)")}. */
    public static Column of(String name, String type) {
        return of(name, ColumnType.parse(type));
    }

    public static Column of(String name, ColumnType type) {
        return new Column(name, type, true, null, null, null, null, null, Map.of());
    }

    public Column withName(String newName) {
        return new Column(newName, type, nullable, defaultExpression, identity, generated, collation, comment, attributes);
    }

    public Column withType(ColumnType newType) {
        return new Column(name, newType, nullable, defaultExpression, identity, generated, collation, comment, attributes);
    }

    public Column withNullable(boolean isNullable) {
        return new Column(name, type, isNullable, defaultExpression, identity, generated, collation, comment, attributes);
    }

    public Column notNull() {
        return withNullable(false);
    }

    public Column withDefault(String expression) {
        return new Column(name, type, nullable, expression, identity, generated, collation, comment, attributes);
    }

    public Column withIdentity(Identity newIdentity) {
        return new Column(name, type, nullable, defaultExpression, newIdentity, generated, collation, comment, attributes);
    }

    public Column withGenerated(GeneratedColumn newGenerated) {
        return new Column(name, type, nullable, defaultExpression, identity, newGenerated, collation, comment, attributes);
    }

    public Column withCollation(String newCollation) {
        return new Column(name, type, nullable, defaultExpression, identity, generated, newCollation, comment, attributes);
    }

    public Column withComment(String newComment) {
        return new Column(name, type, nullable, defaultExpression, identity, generated, collation, newComment, attributes);
    }

    public Column withAttributes(Map<String, String> newAttributes) {
        return new Column(name, type, nullable, defaultExpression, identity, generated, collation, comment, newAttributes);
    }
}
