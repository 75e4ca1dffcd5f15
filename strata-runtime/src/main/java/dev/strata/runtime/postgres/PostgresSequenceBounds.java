package dev.strata.runtime.postgres;

import dev.strata.core.model.ColumnType;
import dev.strata.core.model.Sequence;

/**
 * What an {@code ALTER SEQUENCE} from one set of bounds to another must do about the sequence's current value,
 * which the model does not know. PostgreSQL refuses new bounds that exclude the current value ("RESTART value
 * (1) cannot be less than MINVALUE"), so:
 * <ul>
 *   <li>when the old and new ranges do not overlap, every value the sequence can be at is excluded: the ALTER
 *       restarts it ({@code RESTART WITH} the new start when it is within the new bounds, else the new bound
 *       nearest to where the sequence counts from);</li>
 *   <li>when the new bound on the side the sequence counts from (MINVALUE of an ascending sequence, MAXVALUE of a
 *       descending one) is raised past the old one, a current value outside it is moved to the new start (or the
 *       bound) first, by a {@code setval} guarded by its {@code WHERE}: forward only, so a sequence already
 *       inside the new bounds keeps its value and no value is handed out twice;</li>
 *   <li>a new bound on the side the sequence counts towards is not moved to: a sequence past it has handed out
 *       values the new bounds exclude, and going back would hand them out again, so the ALTER fails there.</li>
 * </ul>
 * Null bounds are the defaults of the sequence's type and direction for {@code from}, and "left as they are" for
 * {@code to}. The same rules run the other way for the downgrade, which only widens bounds back in the usual
 * case and so keeps the value the upgrade reached.
 */
final class PostgresSequenceBounds {
    private final long oldMin;
    private final long oldMax;
    private final long newMin;
    private final long newMax;
    private final boolean ascending;
    private final Long start;

    PostgresSequenceBounds(Sequence from, Sequence to) {
        long fromIncrement = from.increment() == null ? 1 : from.increment();
        long[] fromType = typeRange(from.dataType());
        this.oldMin = from.minValue() != null ? from.minValue() : fromIncrement > 0 ? 1 : fromType[0];
        this.oldMax = from.maxValue() != null ? from.maxValue() : fromIncrement > 0 ? fromType[1] : -1;
        this.newMin = to.minValue() != null ? to.minValue() : oldMin;
        this.newMax = to.maxValue() != null ? to.maxValue() : oldMax;
        this.ascending = (to.increment() != null ? to.increment() : fromIncrement) > 0;
        this.start = to.start() != null ? to.start() : from.start();
    }

    /** The range of a sequence of this type ({@code bigint} when null). */
    private static long[] typeRange(ColumnType type) {
        String name = type == null ? "bigint" : type.canonicalName();
        return switch (name) {
            case "smallint", "int2" -> new long[] {Short.MIN_VALUE, Short.MAX_VALUE};
            case "integer", "int", "int4" -> new long[] {Integer.MIN_VALUE, Integer.MAX_VALUE};
            default -> new long[] {Long.MIN_VALUE, Long.MAX_VALUE};
        };
    }

    long newMin() {
        return newMin;
    }

    long newMax() {
        return newMax;
    }

    boolean ascending() {
        return ascending;
    }

    /** No value within the old bounds is within the new ones: the ALTER must restart the sequence. */
    boolean disjoint() {
        return newMin > oldMax || newMax < oldMin;
    }

    /** The bound on the side the sequence counts from moved inwards: a current value outside it is moved first. */
    boolean movesCurrentValue() {
        return !disjoint() && (ascending ? newMin > oldMin : newMax < oldMax);
    }

    /** The bound on the side the sequence counts towards moved inwards: a sequence already past it cannot be kept. */
    boolean mayExcludeHandedOutValues() {
        return ascending ? newMax < oldMax : newMin > oldMin;
    }

    /**
     * Where the sequence goes when moved or restarted: its start when that is within the new bounds (and, for a
     * move, which {@code setval} checks against the old bounds, within those too), else the new bound on the
     * side it counts from.
     */
    long restart() {
        long low = disjoint() ? newMin : Math.max(newMin, oldMin);
        long high = disjoint() ? newMax : Math.min(newMax, oldMax);
        if (start != null && start >= low && start <= high) {
            return start;
        }
        return ascending ? newMin : newMax;
    }

    /** A restart that takes an ascending sequence below, or a descending one above, every value it could be at. */
    boolean restartGoesBack() {
        return ascending ? restart() < oldMin : restart() > oldMax;
    }
}
