package dev.strata.core.lint.sql;

import java.util.List;
import java.util.Set;

/**
 * A column type as written, canonicalized: {@code name} lowercased with the usual aliases folded
 * ({@code character varying} → {@code varchar}, {@code int4} → {@code integer}, {@code timestamp with time zone}
 * → {@code timestamptz} …), {@code args} the modifiers ({@code varchar(200)} → ["200"]).
 */
public record SqlType(String name, List<String> args, boolean array) {
    private static final Set<String> SERIALS = Set.of("serial", "bigserial", "smallserial", "serial2", "serial4", "serial8");

    public SqlType {
        args = List.copyOf(args);
    }

    public static SqlType of(String name, String... args) {
        return new SqlType(name, List.of(args), false);
    }

    public boolean isSerial() {
        return SERIALS.contains(name);
    }

    /** The first modifier as a number (varchar length, numeric precision), or -1 when there is none. */
    public int length() {
        return arg(0);
    }

    public int arg(int index) {
        if (args.size() <= index) {
            return -1;
        }
        try {
            return Integer.parseInt(args.get(index).strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** As SQL: {@code varchar(200)}, {@code integer[]}. */
    public String sql() {
        return name + (args.isEmpty() ? "" : "(" + String.join(", ", args) + ")") + (array ? "[]" : "");
    }

    @Override
    public String toString() {
        return sql();
    }
}
