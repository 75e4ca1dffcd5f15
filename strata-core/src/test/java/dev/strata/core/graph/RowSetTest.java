package dev.strata.core.graph;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RowSetTest {

    static RowSet.Universe universe(int size) {
        String[] ids = new String[size];
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < size; i++) {
            ids[i] = "r" + i;
            index.put(ids[i], i);
        }
        return new RowSet.Universe(ids, index);
    }

    @Test
    void withAndWithoutLeaveTheOriginalAlone() {
        RowSet.Universe universe = universe(100_000);
        RowSet empty = RowSet.empty(universe);
        RowSet one = empty.with(70_000);
        RowSet two = one.with(3);
        RowSet back = two.without(70_000);

        assertThat(empty).isEmpty();
        assertThat(one).containsExactly("r70000");
        assertThat(two).containsExactly("r3", "r70000");
        assertThat(back).containsExactly("r3");
        assertThat(two.with(3)).isSameAs(two);
        assertThat(two.without(4)).isSameAs(two);
        assertThat(back.without(3)).isEmpty();
    }

    @Test
    void iteratesInKeyOrderWhateverTheInsertionOrder() {
        RowSet.Universe universe = universe(5_000);
        int[] keys = IntStream.range(0, 5_000).map(i -> (i * 7919) % 5_000).toArray();
        RowSet all = RowSet.of(universe, keys);
        RowSet odd = all;
        for (int k = 0; k < 5_000; k += 2) {
            odd = odd.without(k);
        }

        assertThat(all.keys()).containsExactly(IntStream.range(0, 5_000).toArray());
        assertThat(odd).hasSize(2_500);
        assertThat(odd.keys()).containsExactly(IntStream.range(0, 5_000).filter(k -> k % 2 == 1).toArray());
        assertThat(all).hasSize(5_000);
    }

    @Test
    void isAnImmutableSetEqualToOtherSets() {
        RowSet.Universe universe = universe(10);
        RowSet set = RowSet.of(universe, 4, 1, 4);

        assertThat(set).isEqualTo(Set.of("r1", "r4"));
        assertThat(set.hashCode()).isEqualTo(Set.of("r1", "r4").hashCode());
        assertThat(set.contains("r4")).isTrue();
        assertThat(set.contains("r5")).isFalse();
        assertThat(set.contains("other")).isFalse();
        assertThat(set.contains(4)).isFalse();
        assertThat(set.toString()).isEqualTo("[r1, r4]");
        assertThatThrownBy(() -> set.add("r2")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(set::clear).isInstanceOf(UnsupportedOperationException.class);
        Iterator<String> it = set.iterator();
        it.next();
        assertThatThrownBy(it::remove).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void freezeKeepsOrderAndKeepsRowSetsAsTheyAre() {
        RowSet rows = RowSet.of(universe(3), 2, 0);
        Set<String> frozen = RowSet.freeze(new LinkedHashSet<>(List.of("b", "a", "c")));

        assertThat(RowSet.freeze(rows)).isSameAs(rows);
        assertThat(frozen).containsExactly("b", "a", "c");
        assertThatThrownBy(() -> frozen.add("d")).isInstanceOf(UnsupportedOperationException.class);
        assertThat(new Step(Revision.rev("a"), Direction.UPGRADE, rows, rows).headsBefore()).isSameAs(rows);
    }
}
