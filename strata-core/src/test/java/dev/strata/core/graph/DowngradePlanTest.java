package dev.strata.core.graph;

import dev.strata.core.error.AmbiguousRevisionException;
import dev.strata.core.error.BadInputException;
import dev.strata.core.error.MultipleHeadsException;
import dev.strata.core.error.StrataException;
import dev.strata.core.error.UnknownRevisionException;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static dev.strata.core.graph.Plans.ids;
import static dev.strata.core.graph.Plans.rows;
import static dev.strata.core.graph.Plans.trace;
import static dev.strata.core.graph.UpgradePlanTest.BRANCHED;
import static dev.strata.core.graph.UpgradePlanTest.DEPENDENT;
import static dev.strata.core.graph.UpgradePlanTest.HEX;
import static dev.strata.core.graph.UpgradePlanTest.LABELLED;
import static dev.strata.core.graph.UpgradePlanTest.LINEAR;
import static dev.strata.core.graph.UpgradePlanTest.MERGED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DowngradePlanTest {

    @Test
    void baseRevertsEverythingChildrenFirstWithRowsPerStep() {
        MigrationPlan plan = LINEAR.planDowngrade(rows("d"), "base");

        assertThat(trace(plan)).containsExactly("d [d] -> [c]", "c [c] -> [b]", "b [b] -> [a]", "a [a] -> []");
        assertThat(plan.steps()).allMatch(step -> step.direction() == Direction.DOWNGRADE);
        assertThat(plan.headsBefore()).containsExactly("d");
        assertThat(plan.headsAfter()).isEmpty();
    }

    @Test
    void aRevisionTargetRevertsWhatCameAfterIt() {
        assertThat(trace(LINEAR.planDowngrade(rows("d"), "b"))).containsExactly("d [d] -> [c]", "c [c] -> [b]");
        assertThat(ids(HEX.planDowngrade(rows("9c1d02"), "ae10b"))).containsExactly("9c1d02", "ae10c9");
    }

    @Test
    void aTargetThatIsNotBelowTheDatabaseIsAnEmptyPlan() {
        MigrationPlan plan = LINEAR.planDowngrade(rows("d"), "head");

        assertThat(plan.isEmpty()).isTrue();
        assertThat(plan.headsAfter()).containsExactly("d");
        assertThat(LINEAR.planDowngrade(rows("d"), "d").isEmpty()).isTrue();
        assertThat(BRANCHED.planDowngrade(rows("c2", "d1"), "heads").isEmpty()).isTrue();
        assertThat(LINEAR.planDowngrade(Set.of(), "base").isEmpty()).isTrue();
    }

    @Test
    void aTargetThatIsNotAppliedIsRefused() {
        assertThatThrownBy(() -> LINEAR.planDowngrade(rows("b"), "c"))
                .isInstanceOf(BadInputException.class)
                .hasMessage("c is not applied; the database is at b")
                .satisfies(e -> assertThat(((StrataException) e).hint()).isEqualTo("downgrade to an applied revision, or upgrade to `c`"));
        assertThatThrownBy(() -> LINEAR.planDowngrade(Set.of(), "a"))
                .isInstanceOf(BadInputException.class)
                .hasMessage("a is not applied; the database is at base");
        assertThatThrownBy(() -> LINEAR.planDowngrade(rows("c"), "head"))
                .isInstanceOf(BadInputException.class)
                .hasMessage("d is not applied; the database is at c");
        assertThatThrownBy(() -> BRANCHED.planDowngrade(rows("c2", "c1"), "d1"))
                .isInstanceOf(BadInputException.class)
                .hasMessage("d1 is not applied; the database is at c1, c2");
    }

    @Test
    void relativeMinusNRevertsTheLastNRevisions() {
        assertThat(trace(LINEAR.planDowngrade(rows("d"), "-1"))).containsExactly("d [d] -> [c]");
        assertThat(ids(LINEAR.planDowngrade(rows("d"), "-2"))).containsExactly("d", "c");
        assertThat(ids(LINEAR.planDowngrade(rows("d"), "-4"))).containsExactly("d", "c", "b", "a");
    }

    @Test
    void relativeMinusNBelowBaseIsRefused() {
        assertThatThrownBy(() -> LINEAR.planDowngrade(rows("d"), "-5"))
                .isInstanceOf(BadInputException.class)
                .hasMessage("-5 goes below base: only 4 revisions are applied")
                .satisfies(e -> assertThat(((StrataException) e).hint()).isEqualTo("downgrade to `base` to revert them all"));
        assertThatThrownBy(() -> LINEAR.planDowngrade(Set.of(), "-1"))
                .isInstanceOf(BadInputException.class)
                .hasMessage("-1 goes below base: nothing is applied");
    }

    @Test
    void relativeMinusNWithSeveralVersionRowsIsAmbiguous() {
        assertThatThrownBy(() -> BRANCHED.planDowngrade(rows("c2", "d1"), "-1"))
                .isInstanceOf(AmbiguousRevisionException.class)
                .hasMessage("-1 is ambiguous: the database has 2 version rows: c2, d1")
                .satisfies(e -> assertThat(((StrataException) e).hint()).isEqualTo("name the revision to go to, e.g. `c2-1`"));
    }

    @Test
    void anchoredStepsResolveToARevision() {
        assertThat(ids(LINEAR.planDowngrade(rows("d"), "head-1"))).containsExactly("d");
        assertThat(ids(LINEAR.planDowngrade(rows("d"), "head-2"))).containsExactly("d", "c");
        assertThat(ids(LINEAR.planDowngrade(rows("d"), "head-4"))).containsExactly("d", "c", "b", "a");
        assertThat(ids(LINEAR.planDowngrade(rows("d"), "b+1"))).containsExactly("d");
        assertThat(ids(LINEAR.planDowngrade(rows("d"), "c-1"))).containsExactly("d", "c");
        assertThat(ids(BRANCHED.planDowngrade(rows("c2", "d1"), "d1-2"))).containsExactly("d1", "c2", "c1");
    }

    @Test
    void ambiguousStepsAreRefused() {
        assertThatThrownBy(() -> MERGED.planDowngrade(rows("n"), "head-2"))
                .isInstanceOf(AmbiguousRevisionException.class)
                .hasMessage("head-2 is ambiguous: m merges 2 revisions: b1, b2");
        assertThatThrownBy(() -> BRANCHED.planDowngrade(rows("c2", "d1"), "a+2"))
                .isInstanceOf(AmbiguousRevisionException.class)
                .hasMessage("a+2 is ambiguous: b is a branch point with 2 children: c1, c2");
    }

    @Test
    void upgradeOnlyFormsAreRefused() {
        assertThatThrownBy(() -> LINEAR.planDowngrade(rows("b"), "+1"))
                .isInstanceOf(BadInputException.class)
                .hasMessage("+1 moves up, not down");
    }

    @Test
    void headWithSeveralHeadsIsRefused() {
        assertThatThrownBy(() -> BRANCHED.planDowngrade(rows("c2", "d1"), "head"))
                .isInstanceOf(MultipleHeadsException.class)
                .hasMessage("the migrations have 2 heads: c2, d1")
                .satisfies(e -> assertThat(((StrataException) e).hint()).isEqualTo("name one head, or join them with `strata merge`"));
    }

    @Test
    void branchesAreRevertedChildrenFirstAndRowsReturnToTheBranchPoint() {
        assertThat(trace(BRANCHED.planDowngrade(rows("c2", "d1"), "b")))
                .containsExactly("d1 [c2, d1] -> [c1, c2]", "c2 [c1, c2] -> [c1]", "c1 [c1] -> [b]");
        assertThat(trace(BRANCHED.planDowngrade(rows("c2", "d1"), "c1"))).containsExactly("d1 [c2, d1] -> [c1, c2]");
        assertThat(ids(BRANCHED.planDowngrade(rows("c2", "d1"), "base"))).containsExactly("d1", "c2", "c1", "b", "a");
    }

    @Test
    void revertingAMergeSplitsTheRows() {
        assertThat(trace(MERGED.planDowngrade(rows("n"), "b1"))).containsExactly("n [n] -> [m]", "m [m] -> [b1, b2]");
        assertThat(trace(MERGED.planDowngrade(rows("n"), "-3")))
                .containsExactly("n [n] -> [m]", "m [m] -> [b1, b2]", "b2 [b1, b2] -> [b1]");
    }

    @Test
    void downgradingADependencyFirstRemovesItsDependents() {
        MigrationPlan plan = DEPENDENT.planDowngrade(rows("c", "y"), "billing@base");

        assertThat(trace(plan)).containsExactly("y [c, y] -> [c]", "c [c] -> [b, x]", "x [b, x] -> [b]");
        assertThat(trace(DEPENDENT.planDowngrade(rows("c", "y"), "x"))).containsExactly("y [c, y] -> [c]", "c [c] -> [b, x]");
    }

    @Test
    void aRevisionStillNeededByAnotherBranchDoesNotBecomeARow() {
        // Reverting c frees b, but x stays implied by y.
        assertThat(trace(DEPENDENT.planDowngrade(rows("c", "y"), "b"))).containsExactly("c [c, y] -> [b, y]");
    }

    @Test
    void minusNFollowsTheCombinedOrder() {
        assertThat(trace(DEPENDENT.planDowngrade(rows("c"), "-2"))).containsExactly("c [c] -> [b, x]", "x [b, x] -> [b]");
        assertThatThrownBy(() -> DEPENDENT.planDowngrade(rows("c"), "billing@head"))
                .isInstanceOf(BadInputException.class)
                .hasMessage("y is not applied; the database is at c");
    }

    @Test
    void labelBaseRevertsTheBranch() {
        assertThat(trace(LABELLED.planDowngrade(rows("b3", "m2"), "billing@base")))
                .containsExactly("b3 [b3, m2] -> [b2, m2]", "b2 [b2, m2] -> [b1, m2]", "b1 [b1, m2] -> [m2]");
        assertThat(ids(LABELLED.planDowngrade(rows("b3", "m2"), "core@base"))).containsExactly("m2", "m1", "b3", "b2", "b1", "r");
        assertThat(LABELLED.planDowngrade(rows("b3"), "main@base").isEmpty()).isTrue();
    }

    @Test
    void labelHeadAnchorsDowngrades() {
        assertThat(trace(LABELLED.planDowngrade(rows("b3", "m2"), "main@head-1"))).containsExactly("m2 [b3, m2] -> [b3, m1]");
        assertThat(ids(LABELLED.planDowngrade(rows("b3", "m2"), "billing@head-2"))).containsExactly("b3", "b2");
        assertThat(ids(LABELLED.planDowngrade(rows("b3", "m2"), "billing"))).containsExactly("b3", "b2");
    }

    @Test
    void aVersionRowThatIsNotInTheGraphIsRefused() {
        assertThatThrownBy(() -> LINEAR.planDowngrade(rows("gone"), "base"))
                .isInstanceOf(UnknownRevisionException.class)
                .hasMessage("the database is at revision gone, which is not in the migrations")
                .satisfies(e -> assertThat(((StrataException) e).hint()).isEqualTo("restore the migration file or run `strata stamp --purge`"));
    }
}
