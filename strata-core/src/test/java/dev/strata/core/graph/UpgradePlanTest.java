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
import static dev.strata.core.graph.Revision.rev;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UpgradePlanTest {
    static final RevisionGraph LINEAR = RevisionGraph.of(rev("a"), rev("b", "a"), rev("c", "b"), rev("d", "c"));
    static final RevisionGraph BRANCHED = RevisionGraph.of(rev("a"), rev("b", "a"), rev("c1", "b"), rev("c2", "b"), rev("d1", "c1"));
    static final RevisionGraph MERGED = RevisionGraph.of(rev("a"), rev("b1", "a"), rev("b2", "a"), rev("m", "b1", "b2"), rev("n", "m"));
    static final RevisionGraph DEPENDENT = RevisionGraph.of(rev("a"), rev("b", "a"), rev("c", "b").dependingOn("x"), rev("x").labelled("billing"), rev("y", "x"));
    /** r (core) splits into billing b1-b2-b3 and main m1-m2. */
    static final RevisionGraph LABELLED = RevisionGraph.of(rev("r").labelled("core"),
            rev("b1", "r").labelled("billing"), rev("b2", "b1"), rev("b3", "b2"),
            rev("m1", "r").labelled("main"), rev("m2", "m1"));
    static final RevisionGraph HEX = RevisionGraphTest.hex();

    @Test
    void headFromBaseAppliesEverythingInOrderWithRowsPerStep() {
        MigrationPlan plan = LINEAR.planUpgrade(Set.of(), "head");

        assertThat(trace(plan)).containsExactly("a [] -> [a]", "b [a] -> [b]", "c [b] -> [c]", "d [c] -> [d]");
        assertThat(plan.steps()).allMatch(step -> step.direction() == Direction.UPGRADE);
        assertThat(plan.headsBefore()).isEmpty();
        assertThat(plan.headsAfter()).containsExactly("d");
    }

    @Test
    void headFromTheMiddleAppliesOnlyWhatIsPending() {
        MigrationPlan plan = LINEAR.planUpgrade(rows("b"), "head");

        assertThat(trace(plan)).containsExactly("c [b] -> [c]", "d [c] -> [d]");
        assertThat(plan.headsBefore()).containsExactly("b");
    }

    @Test
    void anAppliedTargetIsAnEmptyPlan() {
        MigrationPlan atHead = LINEAR.planUpgrade(rows("d"), "head");
        MigrationPlan below = LINEAR.planUpgrade(rows("d"), "b");

        assertThat(atHead.isEmpty()).isTrue();
        assertThat(atHead.headsBefore()).containsExactly("d");
        assertThat(atHead.headsAfter()).containsExactly("d");
        assertThat(below.isEmpty()).isTrue();
    }

    @Test
    void aRevisionTarget() {
        assertThat(ids(LINEAR.planUpgrade(rows("a"), "c"))).containsExactly("b", "c");
        assertThat(ids(LINEAR.planUpgrade(Set.of(), "heads"))).containsExactly("a", "b", "c", "d");
        assertThat(LINEAR.planUpgrade(rows("b"), "base").isEmpty()).isTrue();
    }

    @Test
    void prefixesAndLabelsAsTargets() {
        assertThat(ids(HEX.planUpgrade(Set.of(), "ae10b"))).containsExactly("3f2a9c", "ae10b7");
        assertThat(ids(HEX.planUpgrade(Set.of(), "ae10b+1"))).containsExactly("3f2a9c", "ae10b7", "ae10c9");
        assertThat(ids(HEX.planUpgrade(Set.of(), "3f2a+2"))).containsExactly("3f2a9c", "ae10b7", "ae10c9");
        assertThat(ids(HEX.planUpgrade(rows("ae10b7"), "billing"))).containsExactly("ae10c9", "9c1d02");
        assertThat(ids(HEX.planUpgrade(Set.of(), "billing-1"))).containsExactly("3f2a9c", "ae10b7", "ae10c9");
        assertThatThrownBy(() -> HEX.planUpgrade(Set.of(), "ae10+1"))
                .isInstanceOf(AmbiguousRevisionException.class)
                .hasMessage("revision prefix ae10 matches 2 revisions: ae10b7, ae10c9");
        assertThatThrownBy(() -> HEX.planUpgrade(Set.of(), "ae1"))
                .isInstanceOf(UnknownRevisionException.class)
                .hasMessage("no revision or branch label ae1, and a prefix needs at least 4 characters");
    }

    @Test
    void relativePlusNTakesTheNextPendingRevisions() {
        assertThat(trace(LINEAR.planUpgrade(rows("b"), "+1"))).containsExactly("c [b] -> [c]");
        assertThat(ids(LINEAR.planUpgrade(Set.of(), "+2"))).containsExactly("a", "b");
        assertThat(ids(MERGED.planUpgrade(rows("b1"), "+2"))).containsExactly("b2", "m");
    }

    @Test
    void relativePlusNBeyondWhatIsPendingIsRefused() {
        assertThatThrownBy(() -> LINEAR.planUpgrade(rows("b"), "+3"))
                .isInstanceOf(BadInputException.class)
                .hasMessage("+3 goes too far: only 2 revisions are pending");
        assertThatThrownBy(() -> LINEAR.planUpgrade(rows("d"), "+1"))
                .isInstanceOf(BadInputException.class)
                .hasMessage("+1 goes too far: nothing is pending");
    }

    @Test
    void relativePlusNWithSeveralHeadsIsRefused() {
        assertThatThrownBy(() -> BRANCHED.planUpgrade(rows("b"), "+1"))
                .isInstanceOf(MultipleHeadsException.class)
                .hasMessage("+1 is ambiguous: the migrations have 2 heads: c2, d1")
                .satisfies(e -> assertThat(((StrataException) e).hint()).isEqualTo("say where to go: `REV+1` to step from a revision, or `LABEL@head`"));
    }

    @Test
    void anchoredStepsResolveToARevision() {
        assertThat(ids(LINEAR.planUpgrade(Set.of(), "head-1"))).containsExactly("a", "b", "c");
        assertThat(ids(LINEAR.planUpgrade(rows("a"), "b+1"))).containsExactly("b", "c");
        assertThat(ids(LINEAR.planUpgrade(Set.of(), "head-3"))).containsExactly("a");
        assertThat(LINEAR.planUpgrade(Set.of(), "head-4").isEmpty()).isTrue();   // a step below the root is base
        assertThat(ids(MERGED.planUpgrade(Set.of(), "head-1"))).containsExactly("a", "b1", "b2", "m");
    }

    @Test
    void steppingBelowBaseIsRefused() {
        assertThatThrownBy(() -> LINEAR.planUpgrade(Set.of(), "head-5"))
                .isInstanceOf(BadInputException.class)
                .hasMessage("head-5 goes below base");
    }

    @Test
    void steppingPastAHeadIsRefused() {
        assertThatThrownBy(() -> BRANCHED.planUpgrade(Set.of(), "c2+1"))
                .isInstanceOf(BadInputException.class)
                .hasMessage("c2+1 goes past a head: c2 has no later revision");
    }

    @Test
    void steppingUpFromABranchPointIsAmbiguous() {
        assertThatThrownBy(() -> BRANCHED.planUpgrade(Set.of(), "b+1"))
                .isInstanceOf(AmbiguousRevisionException.class)
                .hasMessage("b+1 is ambiguous: b is a branch point with 2 children: c1, c2");
    }

    @Test
    void steppingDownFromAMergeIsAmbiguous() {
        assertThatThrownBy(() -> MERGED.planUpgrade(Set.of(), "head-2"))
                .isInstanceOf(AmbiguousRevisionException.class)
                .hasMessage("head-2 is ambiguous: m merges 2 revisions: b1, b2");
        assertThatThrownBy(() -> MERGED.planUpgrade(Set.of(), "m-1"))
                .isInstanceOf(AmbiguousRevisionException.class)
                .hasMessage("m-1 is ambiguous: m merges 2 revisions: b1, b2");
    }

    @Test
    void headWithSeveralHeadsIsRefused() {
        assertThatThrownBy(() -> BRANCHED.planUpgrade(Set.of(), "head"))
                .isInstanceOf(MultipleHeadsException.class)
                .hasMessage("the migrations have 2 heads: c2, d1")
                .satisfies(e -> assertThat(((StrataException) e).hint()).isEqualTo("upgrade to `heads`, name one head, or join them with `strata merge`"));
    }

    @Test
    void headsAppliesEveryBranchAndTheRowsFork() {
        MigrationPlan plan = BRANCHED.planUpgrade(Set.of(), "heads");

        assertThat(trace(plan)).containsExactly(
                "a [] -> [a]", "b [a] -> [b]", "c1 [b] -> [c1]", "c2 [c1] -> [c1, c2]", "d1 [c1, c2] -> [c2, d1]");
        assertThat(plan.headsAfter()).containsExactly("c2", "d1");
    }

    @Test
    void upgradingOneBranchKeepsTheOtherBranchsRow() {
        assertThat(trace(BRANCHED.planUpgrade(rows("d1"), "c2"))).containsExactly("c2 [d1] -> [c2, d1]");
        assertThat(trace(BRANCHED.planUpgrade(rows("c2"), "d1"))).containsExactly("c1 [c2] -> [c1, c2]", "d1 [c1, c2] -> [c2, d1]");
    }

    @Test
    void aMergeJoinsTheRows() {
        MigrationPlan plan = MERGED.planUpgrade(Set.of(), "head");

        assertThat(trace(plan)).containsExactly(
                "a [] -> [a]", "b1 [a] -> [b1]", "b2 [b1] -> [b1, b2]", "m [b1, b2] -> [m]", "n [m] -> [n]");
        assertThat(trace(MERGED.planUpgrade(rows("b2"), "m"))).containsExactly("b1 [b2] -> [b1, b2]", "m [b1, b2] -> [m]");
    }

    @Test
    void upgradingARevisionPullsInItsDependency() {
        MigrationPlan plan = DEPENDENT.planUpgrade(Set.of(), "c");

        assertThat(trace(plan)).containsExactly("a [] -> [a]", "b [a] -> [b]", "x [b] -> [b, x]", "c [b, x] -> [c]");
        assertThat(trace(DEPENDENT.planUpgrade(rows("c"), "heads"))).containsExactly("y [c] -> [c, y]");
        assertThat(trace(DEPENDENT.planUpgrade(rows("y"), "c")))
                .containsExactly("a [y] -> [a, y]", "b [a, y] -> [b, y]", "c [b, y] -> [c, y]");
    }

    @Test
    void aDependencyDoesNotMakeARevisionPartOfAnotherBranch() {
        // c depends on x (labelled billing), yet billing's head is y alone: branches follow `revises`.
        assertThat(ids(DEPENDENT.planUpgrade(Set.of(), "billing@head"))).containsExactly("x", "y");
    }

    @Test
    void labelHeadUpgradesOneBranch() {
        assertThat(trace(LABELLED.planUpgrade(Set.of(), "billing@head")))
                .containsExactly("r [] -> [r]", "b1 [r] -> [b1]", "b2 [b1] -> [b2]", "b3 [b2] -> [b3]");
        assertThat(trace(LABELLED.planUpgrade(rows("b3"), "main@head")))
                .containsExactly("m1 [b3] -> [b3, m1]", "m2 [b3, m1] -> [b3, m2]");
        assertThat(ids(LABELLED.planUpgrade(Set.of(), "billing@head-1"))).containsExactly("r", "b1", "b2");
        assertThat(ids(LABELLED.planUpgrade(Set.of(), "billing+1"))).containsExactly("r", "b1", "b2");
        assertThat(ids(LABELLED.planUpgrade(Set.of(), "m1@head"))).containsExactly("r", "m1", "m2");
    }

    @Test
    void labelHeadWithSeveralHeadsIsRefused() {
        assertThatThrownBy(() -> LABELLED.planUpgrade(Set.of(), "core@head"))
                .isInstanceOf(MultipleHeadsException.class)
                .hasMessage("branch core has 2 heads: b3, m2");
        assertThatThrownBy(() -> LABELLED.planUpgrade(Set.of(), "main@head+1"))
                .isInstanceOf(BadInputException.class)
                .hasMessage("main@head+1 goes past a head: m2 has no later revision");
    }

    @Test
    void anUnknownLabelIsRefused() {
        assertThatThrownBy(() -> LABELLED.planUpgrade(Set.of(), "nope@head"))
                .isInstanceOf(UnknownRevisionException.class)
                .hasMessage("no branch label or revision nope (in nope@head)");
    }

    @Test
    void downgradeOnlyFormsAreRefused() {
        assertThatThrownBy(() -> LINEAR.planUpgrade(rows("c"), "-1"))
                .isInstanceOf(BadInputException.class)
                .hasMessage("-1 moves down, not up");
        assertThatThrownBy(() -> LABELLED.planUpgrade(Set.of(), "billing@base"))
                .isInstanceOf(BadInputException.class)
                .hasMessage("billing@base is a downgrade target");
    }

    @Test
    void malformedTargetsAreRefused() {
        assertThatThrownBy(() -> LINEAR.planUpgrade(Set.of(), ""))
                .isInstanceOf(BadInputException.class).hasMessage("no target given");
        assertThatThrownBy(() -> LINEAR.planUpgrade(Set.of(), "+0"))
                .isInstanceOf(BadInputException.class).hasMessage("a step of 0 in +0 goes nowhere");
        assertThatThrownBy(() -> LINEAR.planUpgrade(Set.of(), "heads+1"))
                .isInstanceOf(BadInputException.class).hasMessage("cannot step from heads in heads+1");
        assertThatThrownBy(() -> LINEAR.planUpgrade(Set.of(), "+99999999999"))
                .isInstanceOf(BadInputException.class).hasMessage("the step count in +99999999999 is too large");
        assertThatThrownBy(() -> LINEAR.planUpgrade(Set.of(), "@head"))
                .isInstanceOf(BadInputException.class).hasMessage("@head names no branch");
    }

    @Test
    void aVersionRowThatIsNotInTheGraphIsRefused() {
        assertThatThrownBy(() -> LINEAR.planUpgrade(rows("gone"), "head"))
                .isInstanceOf(UnknownRevisionException.class)
                .hasMessage("the database is at revision gone, which is not in the migrations");
    }

    @Test
    void redundantVersionRowsAreNormalised() {
        MigrationPlan plan = LINEAR.planUpgrade(rows("a", "b"), "c");

        assertThat(plan.headsBefore()).containsExactly("b");
        assertThat(trace(plan)).containsExactly("c [b] -> [c]");
    }

    @Test
    void anIdThatLooksLikeAStepIsStillAnId() {
        RevisionGraph graph = RevisionGraph.of(rev("init"), rev("add-users-2", "init"), rev("add-users-3", "add-users-2"));

        assertThat(ids(graph.planUpgrade(Set.of(), "add-users-2"))).containsExactly("init", "add-users-2");
        assertThat(ids(graph.planUpgrade(Set.of(), "add-users-3-1"))).containsExactly("init", "add-users-2");
        assertThat(ids(graph.planUpgrade(Set.of(), "add-users-2+1"))).containsExactly("init", "add-users-2", "add-users-3");
    }
}
