package dev.strata.core.lint.sql;

import java.util.List;

/**
 * A table constraint (or, on MariaDB, a {@code KEY}/{@code INDEX} inside CREATE or ALTER TABLE).
 *
 * @param kind               what it is
 * @param name               normalized name, or null when the database picks one
 * @param columns            the constrained columns (for CHECK: empty)
 * @param references         for FOREIGN KEY: the target
 * @param check              for CHECK: the expression as written
 * @param notNullColumn      for CHECK: the column when the expression is exactly {@code column IS NOT NULL}
 * @param notValid           {@code NOT VALID} written (PostgreSQL)
 * @param usingIndex         {@code … USING INDEX name} (PostgreSQL), or null
 */
public record ConstraintDef(Kind kind, String name, List<String> columns, ForeignKeyRef references, String check,
                            String notNullColumn, boolean notValid, String usingIndex) {

    public enum Kind {
        PRIMARY_KEY, UNIQUE, FOREIGN_KEY, CHECK, EXCLUDE, INDEX;

        /** The SQL words: {@code FOREIGN KEY}. */
        public String words() {
            return name().replace('_', ' ');
        }
    }

    public ConstraintDef {
        columns = List.copyOf(columns);
    }

    /** The words for messages: {@code FOREIGN KEY fk_orders_customer}. */
    public String describe() {
        String words = kind.words();
        return name == null ? words + " (" + String.join(", ", columns) + ")" : words + " " + name;
    }
}
