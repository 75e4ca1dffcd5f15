package dev.strata.core.graph;

import dev.strata.core.error.CycleDetectedException;
import dev.strata.core.error.MultipleHeadsException;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import static dev.strata.core.graph.Plans.ids;
import static dev.strata.core.graph.Revision.rev;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Ten thousand revisions, deep and wide: everything builds, plans and resolves without recursion along the
 * graph and without per-step copies of the version rows. No assertion on time.
 */
class LargeGraphTest {
    static final int N = 10_000;

    /** 12 hex digits like a generated id; the first 8 are a bijection of i, so 8-character prefixes are unique. */
    static String id(int i) {
        return String.format("%08x%04x", (i * 0x9E3779B1L) & 0xffffffffL, i & 0xffff);
    }

    @Test
    void aLongChain() {
        List<String> chain = new ArrayList<>();
        List<Revision> revisions = new ArrayList<>();
        for (int i = 0; i < N; i++) {
            chain.add(id(i));
            revisions.add(i == 0 ? rev(id(0)) : rev(id(i), id(i - 1)));
        }
        Collections.reverse(revisions);   // children before parents in the input
        RevisionGraph graph = RevisionGraph.of(revisions);
        String head = id(N - 1);

        assertThat(ids(graph.revisions())).isEqualTo(chain);
        assertThat(graph.heads()).containsExactly(head);
        assertThat(graph.bases()).containsExactly(id(0));
        assertThat(graph.ancestors(List.of(head))).hasSize(N);
        assertThat(graph.descendants(List.of(id(0)))).hasSize(N);

        MigrationPlan up = graph.planUpgrade(Set.of(), "head");
        assertThat(ids(up)).isEqualTo(chain);
        assertThat(up.steps().get(0).headsAfter()).containsExactly(id(0));
        assertThat(up.steps().get(N - 1).headsBefore()).containsExactly(id(N - 2));
        assertThat(up.headsAfter()).containsExactly(head);

        MigrationPlan down = graph.planDowngrade(Set.of(head), "base");
        List<String> reversed = new ArrayList<>(chain);
        Collections.reverse(reversed);
        assertThat(ids(down)).isEqualTo(reversed);
        assertThat(down.steps().get(N - 1).headsAfter()).isEmpty();

        assertThat(graph.planDowngrade(Set.of(head), "-" + (N - 1)).headsAfter()).containsExactly(id(0));
        assertThat(ids(graph.planUpgrade(Set.of(), "head-" + (N - 1)))).containsExactly(id(0));
        assertThat(graph.planUpgrade(Set.of(), "head-" + N).isEmpty()).isTrue();
        assertThat(graph.range(":head")).hasSize(N);
        assertThat(ids(graph.range(id(N - 2) + ":"))).containsExactly(head, id(N - 2));

        for (int i = 0; i < N; i++) {
            assertThat(graph.resolve(id(i).substring(0, 8)).id()).isEqualTo(id(i));
        }
    }

    @Test
    void aLongCycleIsReportedWithoutRecursion() {
        List<Revision> revisions = new ArrayList<>();
        for (int i = 0; i < N; i++) {
            revisions.add(rev(id(i), id((i + N - 1) % N)));
        }

        assertThatThrownBy(() -> RevisionGraph.of(revisions))
                .isInstanceOf(CycleDetectedException.class)
                .hasMessageStartingWith("the revisions form a cycle: ")
                .hasMessageEndingWith(", and 9990 more (10000 revisions in all)");
    }

    @Test
    void aWideFanOutAndMerge() {
        // id(0) is the root, ids 1..N-2 its children, id(N-1) merges them all.
        List<Revision> revisions = new ArrayList<>();
        List<String> middle = new ArrayList<>();
        revisions.add(rev(id(0)));
        for (int i = 1; i < N - 1; i++) {
            revisions.add(rev(id(i), id(0)));
            middle.add(id(i));
        }
        revisions.add(rev(id(N - 1), middle.toArray(new String[0])));
        RevisionGraph graph = RevisionGraph.of(revisions);
        List<String> sortedMiddle = new ArrayList<>(middle);
        Collections.sort(sortedMiddle);   // ties in the topological order are broken by id

        assertThat(graph.heads()).containsExactly(id(N - 1));
        assertThat(graph.branchPoints()).containsExactly(id(0));
        assertThat(graph.mergePoints()).containsExactly(id(N - 1));
        assertThat(graph.children(id(0))).hasSize(N - 2);

        MigrationPlan up = graph.planUpgrade(Set.of(), "head");
        List<String> expected = new ArrayList<>();
        expected.add(id(0));
        expected.addAll(sortedMiddle);
        expected.add(id(N - 1));
        assertThat(ids(up)).isEqualTo(expected);
        for (int k = 1; k <= N - 2; k++) {
            Step step = up.steps().get(k);
            assertThat(step.headsAfter()).hasSize(k);
            assertThat(step.headsAfter().contains(sortedMiddle.get(k - 1))).isTrue();
        }
        Step merge = up.steps().get(N - 1);
        assertThat(merge.headsBefore()).hasSize(N - 2);
        assertThat(merge.headsBefore()).containsExactlyElementsOf(sortedMiddle);
        assertThat(merge.headsAfter()).containsExactly(id(N - 1));

        MigrationPlan down = graph.planDowngrade(Set.of(id(N - 1)), "base");
        List<String> reversed = new ArrayList<>(expected);
        Collections.reverse(reversed);
        assertThat(ids(down)).isEqualTo(reversed);
        assertThat(down.steps().get(0).headsAfter()).hasSize(N - 2);
        assertThat(down.steps().get(N - 2).headsAfter()).containsExactly(id(0));
        assertThat(down.headsAfter()).isEmpty();

        for (int i = 0; i < N; i++) {
            assertThat(graph.resolve(id(i).substring(0, 8)).id()).isEqualTo(id(i));
        }
    }

    @Test
    void tenThousandHeads() {
        List<Revision> revisions = new ArrayList<>();
        revisions.add(rev(id(0)));
        for (int i = 1; i < N; i++) {
            revisions.add(rev(id(i), id(0)));
        }
        RevisionGraph graph = RevisionGraph.of(revisions);

        assertThat(graph.heads()).hasSize(N - 1);
        assertThatThrownBy(() -> graph.planUpgrade(Set.of(), "head"))
                .isInstanceOf(MultipleHeadsException.class)
                .hasMessageStartingWith("the migrations have 9999 heads: ")
                .hasMessageEndingWith(" and 9989 more");

        MigrationPlan up = graph.planUpgrade(Set.of(), "heads");
        assertThat(up.steps()).hasSize(N);
        assertThat(up.headsAfter()).isEqualTo(graph.heads());

        MigrationPlan down = graph.planDowngrade(graph.heads(), "base");
        assertThat(down.steps()).hasSize(N);
        assertThat(down.steps().get(0).headsBefore()).hasSize(N - 1);
        assertThat(ids(down).get(N - 1)).isEqualTo(id(0));
        assertThat(down.headsAfter()).isEmpty();

        MigrationPlan one = graph.planDowngrade(graph.heads(), id(0));
        assertThat(one.steps()).hasSize(N - 1);
        assertThat(one.headsAfter()).containsExactly(id(0));
    }
}
