package dev.strata.core.diff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.Collections;

/**
 * Pairs the objects of one kind in one table (indexes, constraints) between the two schemas: first by
 * name; then, among those left, an unnamed object or two with names the database generated are paired
 * by definition, so {@code users_email_idx} and {@code users_email_idx1} with the same keys are one index.
 * Linear in the number of objects, with hash lookups. Objects of the first schema are translated to the
 * second schema's names (renamed columns) before their definitions are compared; the sink still gets the
 * originals.
 */
final class Matcher<T> {

    interface Sink<T> {
        void same(T from, T to);

        void changed(T from, T to);

        void dropped(T from);

        void added(T to);
    }

    Function<T, String> name;
    UnaryOperator<T> translate = UnaryOperator.identity();
    Predicate<T> fromGenerated = t -> false;
    Predicate<T> toGenerated = t -> false;
    Function<T, Object> key = t -> "";
    BiPredicate<T, T> equivalent;

    Matcher(Function<T, String> name, BiPredicate<T, T> equivalent) {
        this.name = name;
        this.equivalent = equivalent;
    }

    void match(List<T> from, List<T> to, Sink<T> sink) {
        if (from.isEmpty() && to.isEmpty()) {
            return;
        }
        Map<String, T> toByName = new HashMap<>();
        for (T item : to) {
            String itemName = name.apply(item);
            if (itemName != null) {
                toByName.put(itemName, item);
            }
        }
        Set<T> pairedTo = Collections.newSetFromMap(new IdentityHashMap<>());
        List<T> leftFrom = new ArrayList<>();
        for (T item : from) {
            T other = toByName.get(name.apply(item));
            if (other == null) {
                leftFrom.add(item);
                continue;
            }
            pairedTo.add(other);
            if (equivalent.test(translate.apply(item), other)) {
                sink.same(item, other);
            } else {
                sink.changed(item, other);
            }
        }
        Map<Object, List<T>> candidates = new HashMap<>();
        for (T item : to) {
            if (!pairedTo.contains(item) && (name.apply(item) == null || toGenerated.test(item))) {
                candidates.computeIfAbsent(key.apply(item), k -> new ArrayList<>()).add(item);
            }
        }
        for (T item : leftFrom) {
            T translated = translate.apply(item);
            T found = null;
            for (T other : candidates.getOrDefault(key.apply(translated), List.of())) {
                boolean namesFree = name.apply(item) == null || name.apply(other) == null
                        || (fromGenerated.test(item) && toGenerated.test(other));
                if (namesFree && !pairedTo.contains(other) && equivalent.test(translated, other)) {
                    found = other;
                    break;
                }
            }
            if (found != null) {
                pairedTo.add(found);
                sink.same(item, found);
            } else {
                sink.dropped(item);
            }
        }
        for (T item : to) {
            if (!pairedTo.contains(item)) {
                sink.added(item);
            }
        }
    }
}
