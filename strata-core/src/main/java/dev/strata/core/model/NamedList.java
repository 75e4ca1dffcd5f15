package dev.strata.core.model;

import dev.strata.core.error.BadInputException;

import java.util.AbstractList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import java.util.function.Function;

/**
 * An immutable list that can also be searched by name in constant time. The model's records keep their
 * collections in one of these, so they stay plain {@code List}s (ordered, compared element by element)
 * while the differ looks objects up by name without scanning. Items without a name (an unnamed
 * constraint) are kept but not indexed. Small lists are searched linearly: a map would cost more than it saves.
 */
final class NamedList<T> extends AbstractList<T> implements RandomAccess {
    private static final int INDEX_THRESHOLD = 8;

    private final List<T> items;
    private final Function<? super T, String> nameOf;
    private final Map<String, T> byName;

    private NamedList(List<T> items, Function<? super T, String> nameOf, String kind) {
        this.items = items;
        this.nameOf = nameOf;
        if (items.size() > INDEX_THRESHOLD) {
            Map<String, T> map = new HashMap<>(items.size() * 4 / 3 + 1);
            for (T item : items) {
                String name = nameOf.apply(item);
                if (name != null && map.putIfAbsent(name, item) != null) {
                    throw duplicate(kind, name);
                }
            }
            this.byName = map;
        } else {
            for (int i = 0; i < items.size(); i++) {
                String name = nameOf.apply(items.get(i));
                for (int j = 0; name != null && j < i; j++) {
                    if (name.equals(nameOf.apply(items.get(j)))) {
                        throw duplicate(kind, name);
                    }
                }
            }
            this.byName = null;
        }
    }

    /** The items as a name-searchable immutable list; a list that already is one is returned as is. */
    static <T> List<T> of(Collection<? extends T> items, Function<? super T, String> nameOf, String kind) {
        if (items instanceof NamedList<?>) {
            @SuppressWarnings("unchecked")
            List<T> same = (List<T>) items;
            return same;
        }
        return new NamedList<>(List.copyOf(items), nameOf, kind);
    }

    /** The item named {@code name} in {@code list}, or null; constant time for a list made by {@link #of}. */
    static <T> T find(List<T> list, String name, Function<? super T, String> nameOf) {
        if (name == null) {
            return null;
        }
        if (list instanceof NamedList<T> named && named.byName != null) {
            return named.byName.get(name);
        }
        for (T item : list) {
            if (name.equals(nameOf.apply(item))) {
                return item;
            }
        }
        return null;
    }

    private static BadInputException duplicate(String kind, String name) {
        return new BadInputException("two " + kind + "s are named " + name, "give each " + kind + " its own name");
    }

    @Override
    public T get(int index) {
        return items.get(index);
    }

    @Override
    public int size() {
        return items.size();
    }
}
