package dev.strata.core.graph;

import java.util.AbstractSet;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;

/**
 * An immutable set of revision ids of one graph, iterated in the graph's topological order.
 *
 * <p>Every step of a plan carries the version rows before and after it. On a wide graph those sets hold
 * thousands of ids, so copying them per step would make a plan quadratic in time and memory. A RowSet is a
 * small persistent trie over the revisions' topological positions instead: {@link #with} and {@link #without}
 * copy only the path to one key (a few dozen slots) and share everything else with the set they came from.
 * The trie's depth is fixed by the graph's size (2 levels for 16,000 revisions), never by the graph's shape.
 */
final class RowSet extends AbstractSet<String> {
    private static final int LEAF_BITS = 9;                       // a leaf is a long[8]: 512 keys
    private static final int LEAF_WORDS = (1 << LEAF_BITS) / Long.SIZE;
    private static final int FAN_BITS = 5;                        // an inner node is an Object[32]
    private static final int FAN = 1 << FAN_BITS;

    /** The ids that keys stand for, shared by every RowSet of one graph. */
    static final class Universe {
        private final String[] ids;
        private final Map<String, Integer> index;
        private final int levels;
        private final RowSet empty;

        Universe(String[] ids, Map<String, Integer> index) {
            this.ids = ids;
            this.index = index;
            int depth = 0;
            for (long capacity = 1L << LEAF_BITS; capacity < ids.length; capacity <<= FAN_BITS) {
                depth++;
            }
            this.levels = depth;
            this.empty = new RowSet(this, null, 0);
        }
    }

    private final Universe universe;
    private final Object root;   // null when empty; Object[] inner nodes above long[] leaves
    private final int size;

    private RowSet(Universe universe, Object root, int size) {
        this.universe = universe;
        this.root = root;
        this.size = size;
    }

    static RowSet empty(Universe universe) {
        return universe.empty;
    }

    /** The set of the given keys (topological positions); duplicates are ignored. */
    static RowSet of(Universe universe, int... keys) {
        Object root = null;
        int size = 0;
        for (int key : keys) {
            if (!contains(root, universe.levels, key)) {
                root = put(root, universe.levels, key, true);
                size++;
            }
        }
        return new RowSet(universe, root, size);
    }

    /**
     * An unmodifiable copy that keeps the iteration order, or the set itself when it is a RowSet (already
     * immutable). Used by {@link Step} and {@link MigrationPlan} so that a plan's row sets stay shared.
     */
    static Set<String> freeze(Set<String> set) {
        if (set instanceof RowSet) {
            return set;
        }
        LinkedHashSet<String> copy = new LinkedHashSet<>();
        for (String id : set) {
            copy.add(Objects.requireNonNull(id, "null revision id in a set of version rows"));
        }
        return Collections.unmodifiableSet(copy);
    }

    RowSet with(int key) {
        if (containsKey(key)) {
            return this;
        }
        return new RowSet(universe, put(root, universe.levels, key, false), size + 1);
    }

    RowSet without(int key) {
        if (!containsKey(key)) {
            return this;
        }
        return new RowSet(universe, remove(root, universe.levels, key), size - 1);
    }

    RowSet withoutAll(int[] keys) {
        RowSet result = this;
        for (int key : keys) {
            result = result.without(key);
        }
        return result;
    }

    boolean containsKey(int key) {
        return contains(root, universe.levels, key);
    }

    /** The keys in ascending (topological) order. */
    int[] keys() {
        int[] out = new int[size];
        if (root != null) {
            collect(root, universe.levels, 0, out, 0);
        }
        return out;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public boolean isEmpty() {
        return size == 0;
    }

    @Override
    public boolean contains(Object o) {
        if (!(o instanceof String)) {
            return false;
        }
        Integer key = universe.index.get(o);
        return key != null && containsKey(key);
    }

    @Override
    public Iterator<String> iterator() {
        int[] keys = keys();
        String[] ids = universe.ids;
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < keys.length;
            }

            @Override
            public String next() {
                if (next >= keys.length) {
                    throw new NoSuchElementException();
                }
                return ids[keys[next++]];
            }
        };
    }

    // The trie. `level` is the number of inner levels at and below node; 0 means node is a leaf.
    // Recursion here is bounded by the trie's depth (at most 6 for any int key), not by the graph.

    private static int slot(int key, int level) {
        return (key >>> (LEAF_BITS + FAN_BITS * (level - 1))) & (FAN - 1);
    }

    private static int word(int key) {
        return (key >>> 6) & (LEAF_WORDS - 1);
    }

    private static boolean contains(Object node, int level, int key) {
        Object current = node;
        for (int l = level; l > 0 && current != null; l--) {
            current = ((Object[]) current)[slot(key, l)];
        }
        return current != null && (((long[]) current)[word(key)] & (1L << key)) != 0;
    }

    private static Object put(Object node, int level, int key, boolean inPlace) {
        if (level == 0) {
            long[] leaf = node == null ? new long[LEAF_WORDS] : inPlace ? (long[]) node : ((long[]) node).clone();
            leaf[word(key)] |= 1L << key;
            return leaf;
        }
        Object[] inner = node == null ? new Object[FAN] : inPlace ? (Object[]) node : ((Object[]) node).clone();
        int s = slot(key, level);
        inner[s] = put(inner[s], level - 1, key, inPlace);
        return inner;
    }

    private static Object remove(Object node, int level, int key) {
        if (level == 0) {
            long[] leaf = ((long[]) node).clone();
            leaf[word(key)] &= ~(1L << key);
            for (long bits : leaf) {
                if (bits != 0) {
                    return leaf;
                }
            }
            return null;
        }
        Object[] inner = ((Object[]) node).clone();
        int s = slot(key, level);
        inner[s] = remove(inner[s], level - 1, key);
        for (Object child : inner) {
            if (child != null) {
                return inner;
            }
        }
        return null;
    }

    private static int collect(Object node, int level, int base, int[] out, int at) {
        int pos = at;
        if (level == 0) {
            long[] leaf = (long[]) node;
            for (int w = 0; w < LEAF_WORDS; w++) {
                for (long bits = leaf[w]; bits != 0; bits &= bits - 1) {
                    out[pos++] = base + w * Long.SIZE + Long.numberOfTrailingZeros(bits);
                }
            }
            return pos;
        }
        Object[] inner = (Object[]) node;
        int shift = LEAF_BITS + FAN_BITS * (level - 1);
        for (int s = 0; s < FAN; s++) {
            if (inner[s] != null) {
                pos = collect(inner[s], level - 1, base + (s << shift), out, pos);
            }
        }
        return pos;
    }
}
