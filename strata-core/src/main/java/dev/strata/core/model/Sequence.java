package dev.strata.core.model;

/**
 * A sequence. Numeric settings are null when unknown or left to the default, and are then not compared.
 *
 * @param dataType the sequence's type ({@code bigint} when null)
 */
public record Sequence(String name, ColumnType dataType, Long start, Long increment, Long minValue, Long maxValue,
                       Long cache, boolean cycle) {
    public Sequence {
        Attributes.requireName(name, "a sequence");
    }

    public static Sequence of(String name) {
        return new Sequence(name, null, null, null, null, null, null, false);
    }

    public Sequence startingAt(long value) {
        return new Sequence(name, dataType, value, increment, minValue, maxValue, cache, cycle);
    }

    public Sequence incrementingBy(long value) {
        return new Sequence(name, dataType, start, value, minValue, maxValue, cache, cycle);
    }

    public Sequence withDataType(ColumnType type) {
        return new Sequence(name, type, start, increment, minValue, maxValue, cache, cycle);
    }

    public Sequence cycling(boolean cycles) {
        return new Sequence(name, dataType, start, increment, minValue, maxValue, cache, cycles);
    }
}
