package dev.strata.core.graph;

import dev.strata.core.error.AmbiguousRevisionException;
import dev.strata.core.error.BadInputException;
import dev.strata.core.error.CycleDetectedException;
import dev.strata.core.error.DuplicateRevisionException;
import dev.strata.core.error.UnknownRevisionException;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import static dev.strata.core.graph.Plans.ids;
import static dev.strata.core.graph.Revision.rev;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Construction, structure queries and reference resolution. */
class RevisionGraphTest {

    @Test
    void linearGraphHasOneBaseAndOneHead() {
        RevisionGraph graph = RevisionGraph.of(rev("c", "b"), rev("a"), rev("b", "a"));

        assertThat(ids(graph.revisions())).containsExactly("a", "b", "c");
        assertThat(graph.size()).isEqualTo(3);
        assertThat(graph.heads()).containsExactly("c");
        assertThat(graph.bases()).containsExactly("a");
        assertThat(graph.branchPoints()).isEmpty();
        assertThat(graph.mergePoints()).isEmpty();
        assertThat(graph.children("a")).containsExactly("b");
        assertThat(graph.children("c")).isEmpty();
    }

    @Test
    void branchedGraphHasTwoHeadsAndABranchPoint() {
        RevisionGraph graph = RevisionGraph.of(rev("a"), rev("b", "a"), rev("c1", "b"), rev("c2", "b"), rev("d1", "c1"));

        assertThat(ids(graph.revisions())).containsExactly("a", "b", "c1", "c2", "d1");
        assertThat(graph.heads()).containsExactly("c2", "d1");
        assertThat(graph.branchPoints()).containsExactly("b");
        assertThat(graph.children("b")).containsExactly("c1", "c2");
        assertThat(graph.mergePoints()).isEmpty();
    }

    @Test
    void mergedGraphHasAMergePointAndOneHead() {
        RevisionGraph graph = RevisionGraph.of(rev("a"), rev("b1", "a"), rev("b2", "a"), rev("m", "b1", "b2"), rev("n", "m"));

        assertThat(ids(graph.revisions())).containsExactly("a", "b1", "b2", "m", "n");
        assertThat(graph.heads()).containsExactly("n");
        assertThat(graph.branchPoints()).containsExactly("a");
        assertThat(graph.mergePoints()).containsExactly("m");
        assertThat(graph.ancestors(List.of("b2"))).containsExactly("a", "b2");
        assertThat(graph.descendants(List.of("b1"))).containsExactly("b1", "m", "n");
    }

    @Test
    void topologicalOrderBreaksTiesByIdWhateverTheInputOrder() {
        List<Revision> revisions = List.of(rev("z"), rev("m", "z"), rev("b", "z"), rev("y"), rev("a", "y", "m"));
        RevisionGraph forward = RevisionGraph.of(revisions);
        List<Revision> reversed = new ArrayList<>(revisions);
        Collections.reverse(reversed);
        RevisionGraph backward = RevisionGraph.of(reversed);

        assertThat(ids(forward.revisions())).containsExactly("y", "z", "b", "m", "a");
        assertThat(ids(backward.revisions())).isEqualTo(ids(forward.revisions()));
    }

    @Test
    void dependsOnOrdersRevisionsButDoesNotConsumeAHead() {
        RevisionGraph graph = dependent();

        assertThat(ids(graph.revisions())).containsExactly("a", "b", "x", "c", "y");
        assertThat(graph.heads()).containsExactly("c", "y");
        assertThat(graph.bases()).containsExactly("a", "x");
        assertThat(graph.children("x")).containsExactly("y");
        assertThat(graph.ancestors(List.of("c"))).containsExactly("a", "b", "x", "c");
        assertThat(graph.descendants(List.of("x"))).containsExactly("x", "c", "y");
    }

    @Test
    void versionRowsAreTheMaximalElementsOfTheAppliedSet() {
        RevisionGraph graph = dependent();

        assertThat(graph.versionRows(Set.of("a", "b", "x"))).containsExactly("b", "x");
        assertThat(graph.versionRows(Set.of("a", "b", "x", "c"))).containsExactly("c");
        assertThat(graph.versionRows(Set.of())).isEmpty();
        assertThat(graph.applied(Set.of("c"))).containsExactly("a", "b", "x", "c");
        assertThat(graph.applied(Set.of("b", "y"))).containsExactly("a", "b", "x", "y");
        assertThat(graph.applied(Set.of())).isEmpty();
    }

    @Test
    void appliedRejectsARowThatIsNotInTheGraph() {
        assertThatThrownBy(() -> dependent().applied(Set.of("b", "gone")))
                .isInstanceOf(UnknownRevisionException.class)
                .hasMessage("the database is at revision gone, which is not in the migrations")
                .extracting(e -> ((UnknownRevisionException) e).hint())
                .isEqualTo("restore the migration file or run `strata stamp --purge`");
    }

    @Test
    void getAndFindTakeExactIds() {
        RevisionGraph graph = hex();

        assertThat(graph.get("ae10b7").revises()).containsExactly("3f2a9c");
        assertThat(graph.find("ae10b7")).map(Revision::id).contains("ae10b7");
        assertThat(graph.find("ae10b")).isEmpty();
        assertThatThrownBy(() -> graph.get("ae10b"))
                .isInstanceOf(UnknownRevisionException.class)
                .hasMessage("no revision ae10b in the migrations");
    }

    @Test
    void resolveTakesAnIdALabelOrAUniquePrefix() {
        RevisionGraph graph = hex();

        assertThat(graph.resolve("ae10b7").id()).isEqualTo("ae10b7");
        assertThat(graph.resolve("ae10b").id()).isEqualTo("ae10b7");
        assertThat(graph.resolve("3f2a").id()).isEqualTo("3f2a9c");
        assertThat(graph.resolve("billing").id()).isEqualTo("9c1d02");
    }

    @Test
    void resolveRejectsAnAmbiguousPrefix() {
        assertThatThrownBy(() -> hex().resolve("ae10"))
                .isInstanceOf(AmbiguousRevisionException.class)
                .hasMessage("revision prefix ae10 matches 2 revisions: ae10b7, ae10c9");
    }

    @Test
    void resolveRejectsAPrefixShorterThanFourCharacters() {
        assertThatThrownBy(() -> hex().resolve("ae1"))
                .isInstanceOf(UnknownRevisionException.class)
                .hasMessage("no revision or branch label ae1, and a prefix needs at least 4 characters");
    }

    @Test
    void resolveRejectsAPrefixThatMatchesNothing() {
        assertThatThrownBy(() -> hex().resolve("ffff"))
                .isInstanceOf(UnknownRevisionException.class)
                .hasMessage("no revision, branch label or revision prefix ffff in the migrations");
    }

    @Test
    void aDuplicateIdIsRefused() {
        assertThatThrownBy(() -> RevisionGraph.of(rev("a"), rev("b", "a"), rev("a")))
                .isInstanceOf(DuplicateRevisionException.class)
                .hasMessage("revision a is defined twice");
    }

    @Test
    void anUnknownParentIsRefusedNamingBothRevisions() {
        assertThatThrownBy(() -> RevisionGraph.of(rev("a"), rev("b", "zz")))
                .isInstanceOf(UnknownRevisionException.class)
                .hasMessage("revision b revises zz, which is not in the migrations");
    }

    @Test
    void anUnknownDependencyIsRefusedNamingBothRevisions() {
        assertThatThrownBy(() -> RevisionGraph.of(rev("a"), rev("b", "a").dependingOn("zz")))
                .isInstanceOf(UnknownRevisionException.class)
                .hasMessage("revision b depends on zz, which is not in the migrations");
    }

    @Test
    void aSelfLoopIsACycle() {
        assertThatThrownBy(() -> RevisionGraph.of(rev("a"), rev("b", "b")))
                .isInstanceOf(CycleDetectedException.class)
                .hasMessage("revision b revises itself");
    }

    @Test
    void aCycleThroughRevisesNamesItsRevisionsButNotThoseBelowIt() {
        assertThatThrownBy(() -> RevisionGraph.of(rev("root"), rev("p", "r"), rev("q", "p"), rev("r", "q", "root"), rev("after", "r")))
                .isInstanceOf(CycleDetectedException.class)
                .hasMessage("the revisions form a cycle: p revises r, r revises q, q revises p");
    }

    @Test
    void aCycleThroughDependsOnIsACycle() {
        assertThatThrownBy(() -> RevisionGraph.of(rev("a"), rev("b", "a").dependingOn("c"), rev("c", "b")))
                .isInstanceOf(CycleDetectedException.class)
                .hasMessage("the revisions form a cycle: b depends on c, c revises b");
    }

    @Test
    void aRevisionThatDependsOnItselfIsACycle() {
        assertThatThrownBy(() -> RevisionGraph.of(rev("a").dependingOn("a")))
                .isInstanceOf(CycleDetectedException.class)
                .hasMessage("revision a depends on itself");
    }

    @Test
    void aBranchLabelOnTwoRevisionsIsRefused() {
        assertThatThrownBy(() -> RevisionGraph.of(rev("a").labelled("core"), rev("b", "a").labelled("core")))
                .isInstanceOf(BadInputException.class)
                .hasMessage("branch label core is on two revisions: a, b");
    }

    @Test
    void aBranchLabelThatIsAlsoARevisionIdIsRefused() {
        assertThatThrownBy(() -> RevisionGraph.of(rev("a").labelled("b"), rev("b", "a")))
                .isInstanceOf(BadInputException.class)
                .hasMessage("branch label b of revision a is also a revision id");
    }

    @Test
    void targetKeywordsAndSeparatorsAreRefusedAsIds() {
        assertThatThrownBy(() -> RevisionGraph.of(rev("head")))
                .isInstanceOf(BadInputException.class)
                .hasMessage("revision id head is reserved");
        assertThatThrownBy(() -> RevisionGraph.of(rev("a:b")))
                .isInstanceOf(BadInputException.class)
                .hasMessage("revision id 'a:b' contains ':'");
        assertThatThrownBy(() -> RevisionGraph.of(rev("a").labelled("x@y")))
                .isInstanceOf(BadInputException.class)
                .hasMessage("branch label 'x@y' contains '@'");
    }

    @Test
    void anEmptyGraphHasNoHeadsAndNothingToDo() {
        RevisionGraph graph = RevisionGraph.of();

        assertThat(graph.heads()).isEmpty();
        assertThat(graph.planUpgrade(Set.of(), "head").isEmpty()).isTrue();
        assertThat(graph.planDowngrade(Set.of(), "base").isEmpty()).isTrue();
        assertThat(graph.range(":head")).isEmpty();
        assertThatThrownBy(() -> graph.planUpgrade(Set.of(), "head-1"))
                .isInstanceOf(BadInputException.class)
                .hasMessage("head-1 has nothing to step from: there are no revisions");
    }

    @Test
    void aParentNamedTwiceCountsOnce() {
        RevisionGraph graph = RevisionGraph.of(rev("a"), rev("b", "a", "a").dependingOn("a"));

        assertThat(graph.mergePoints()).isEmpty();
        assertThat(graph.children("a")).containsExactly("b");
        assertThat(ids(graph.planUpgrade(Set.of(), "head"))).containsExactly("a", "b");
    }

    /** main a-b-c; billing x-y; c depends on x. */
    static RevisionGraph dependent() {
        return RevisionGraph.of(rev("a"), rev("b", "a"), rev("c", "b").dependingOn("x"), rev("x").labelled("billing"), rev("y", "x"));
    }

    /** 3f2a9c - ae10b7 - ae10c9 - 9c1d02 (labelled billing): realistic ids with a shared prefix. */
    static RevisionGraph hex() {
        return RevisionGraph.of(rev("3f2a9c"), rev("ae10b7", "3f2a9c"), rev("ae10c9", "ae10b7"), rev("9c1d02", "ae10c9").labelled("billing"));
    }
}
