package dev.strata.core.model;

/**
 * One key of an index: a column or an expression, with its operator class, collation, sort order and
 * NULLS order. {@code nullsFirst} is null for the default (NULLS LAST ascending, NULLS FIRST descending).
 * Exactly one of {@code column} and {@code expression} is set.
 */
public record IndexElement(String column, String expression, String opclass, String collation, boolean descending,
                           Boolean nullsFirst) {
    public IndexElement {
        if ((column == null) == (expression == null)) {
            throw new IllegalArgumentException("an index element is either a column or an expression");
        }
    }

    public static IndexElement column(String column) {
        return new IndexElement(column, null, null, null, false, null);
    }

    public static IndexElement expression(String expression) {
        return new IndexElement(null, expression, null, null, false, null);
    }

    public boolean isExpression() {
        return expression != null;
    }

    public IndexElement withOpclass(String newOpclass) {
        return new IndexElement(column, expression, newOpclass, collation, descending, nullsFirst);
    }

    public IndexElement withCollation(String newCollation) {
        return new IndexElement(column, expression, opclass, newCollation, descending, nullsFirst);
    }

    public IndexElement desc() {
        return new IndexElement(column, expression, opclass, collation, true, nullsFirst);
    }

    public IndexElement nullsFirst(boolean first) {
        return new IndexElement(column, expression, opclass, collation, descending, first);
    }

    public IndexElement withColumn(String newColumn) {
        return new IndexElement(newColumn, null, opclass, collation, descending, nullsFirst);
    }

    /** Whether NULLs sort first, the default resolved. */
    public boolean effectiveNullsFirst() {
        return nullsFirst != null ? nullsFirst : descending;
    }
}
