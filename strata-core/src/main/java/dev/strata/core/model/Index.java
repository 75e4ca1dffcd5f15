package dev.strata.core.model;

import java.util.Arrays;
import java.util.List;

/**
 * A secondary index.
 *
 * @param name             the index name
 * @param unique           {@code UNIQUE}
 * @param method           the access method ({@code btree}, {@code gin}, {@code gist}, {@code brin}, {@code hash},
 *                         MariaDB {@code fulltext}); null for the dialect's default
 * @param elements         the keys, in order
 * @param include          covering columns ({@code INCLUDE}); empty if none
 * @param predicate        the condition of a partial index ({@code WHERE}); null if none
 * @param nullsNotDistinct PostgreSQL 15's {@code NULLS NOT DISTINCT}
 */
public record Index(String name, boolean unique, String method, List<IndexElement> elements, List<String> include,
                    String predicate, boolean nullsNotDistinct) {

    public Index {
        elements = List.copyOf(elements);
        include = include == null ? List.of() : List.copyOf(include);
        if (elements.isEmpty()) {
            throw new IllegalArgumentException("index " + name + " needs at least one element");
        }
    }

    /** A plain index on columns: {@code Index.on("ix_users_email", "email")}. */
    public static Index on(String name, String... columns) {
        return new Index(name, false, null, Arrays.stream(columns).map(IndexElement::column).toList(), List.of(), null, false);
    }

    public static Index unique(String name, String... columns) {
        return on(name, columns).asUnique();
    }

    public static Index of(String name, IndexElement... elements) {
        return new Index(name, false, null, List.of(elements), List.of(), null, false);
    }

    public Index named(String newName) {
        return new Index(newName, unique, method, elements, include, predicate, nullsNotDistinct);
    }

    public Index asUnique() {
        return new Index(name, true, method, elements, include, predicate, nullsNotDistinct);
    }

    public Index using(String newMethod) {
        return new Index(name, unique, newMethod, elements, include, predicate, nullsNotDistinct);
    }

    public Index including(String... columns) {
        return new Index(name, unique, method, elements, List.of(columns), predicate, nullsNotDistinct);
    }

    public Index where(String newPredicate) {
        return new Index(name, unique, method, elements, include, newPredicate, nullsNotDistinct);
    }

    public Index withElements(List<IndexElement> newElements) {
        return new Index(name, unique, method, newElements, include, predicate, nullsNotDistinct);
    }

    public Index withInclude(List<String> newInclude) {
        return new Index(name, unique, method, elements, newInclude, predicate, nullsNotDistinct);
    }
}
