package dev.strata.core.model;

import java.util.List;
import java.util.Objects;

/**
 * A PostgreSQL exclusion constraint: {@code EXCLUDE USING method (element WITH operator, …) WHERE (predicate)}.
 */
public record ExclusionConstraint(String name, String method, List<Element> elements, String predicate,
                                  boolean deferrable, boolean initiallyDeferred) {

    /** One key of the constraint and the operator it is compared with ({@code &&}, {@code =}). */
    public record Element(IndexElement key, String operator) {
        public Element {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(operator, "operator");
        }

        public static Element of(String column, String operator) {
            return new Element(IndexElement.column(column), operator);
        }
    }

    public ExclusionConstraint {
        elements = List.copyOf(elements);
        if (elements.isEmpty()) {
            throw new IllegalArgumentException("exclusion constraint " + name + " needs at least one element");
        }
    }

    public static ExclusionConstraint of(String name, String method, Element... elements) {
        return new ExclusionConstraint(name, method, List.of(elements), null, false, false);
    }

    public ExclusionConstraint where(String newPredicate) {
        return new ExclusionConstraint(name, method, elements, newPredicate, deferrable, initiallyDeferred);
    }
}
