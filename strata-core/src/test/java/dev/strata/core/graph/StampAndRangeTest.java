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
import static dev.strata.core.graph.UpgradePlanTest.BRANCHED;
import static dev.strata.core.graph.UpgradePlanTest.DEPENDENT;
import static dev.strata.core.graph.UpgradePlanTest.HEX;
import static dev.strata.core.graph.UpgradePlanTest.LABELLED;
import static dev.strata.core.graph.UpgradePlanTest.LINEAR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StampAndRangeTest {

    @Test
    void stampWritesTheResolvedRevisions() {
        assertThat(LINEAR.stampRows(rows("b"), "head")).containsExactly("d");
        assertThat(LINEAR.stampRows(rows("b"), "heads")).containsExactly("d");
        assertThat(LINEAR.stampRows(rows("b"), "base")).isEmpty();
        assertThat(LINEAR.stampRows(rows("b"), "c")).containsExactly("c");
        assertThat(LINEAR.stampRows(rows("b"), "head-1")).containsExactly("c");
        assertThat(LINEAR.stampRows(rows("b"), "a-1")).isEmpty();
        assertThat(HEX.stampRows(Set.of(), "ae10c")).containsExactly("ae10c9");
        assertThat(BRANCHED.stampRows(Set.of(), "heads")).containsExactly("c2", "d1");
        assertThat(LABELLED.stampRows(Set.of(), "billing@head")).containsExactly("b3");
    }

    @Test
    void stampResolvesRelativeFormsFromTheCurrentRows() {
        assertThat(LINEAR.stampRows(rows("b"), "+1")).containsExactly("c");
        assertThat(LINEAR.stampRows(rows("b"), "+2")).containsExactly("d");
        assertThat(LINEAR.stampRows(rows("b"), "-1")).containsExactly("a");
        assertThat(LINEAR.stampRows(rows("b"), "-2")).isEmpty();
        assertThat(LABELLED.stampRows(rows("b3", "m2"), "billing@base")).containsExactly("m2");
        assertThat(DEPENDENT.stampRows(rows("c"), "-1")).containsExactly("b", "x");
    }

    @Test
    void stampToAnAbsoluteTargetIgnoresRowsThatAreNotInTheGraph() {
        // stamp is how a database whose row names a deleted migration gets repaired
        assertThat(LINEAR.stampRows(rows("gone"), "head")).containsExactly("d");
        assertThatThrownBy(() -> LINEAR.stampRows(rows("gone"), "-1"))
                .isInstanceOf(UnknownRevisionException.class)
                .hasMessage("the database is at revision gone, which is not in the migrations");
    }

    @Test
    void stampErrors() {
        assertThatThrownBy(() -> BRANCHED.stampRows(Set.of(), "head"))
                .isInstanceOf(MultipleHeadsException.class)
                .hasMessage("the migrations have 2 heads: c2, d1")
                .satisfies(e -> assertThat(((StrataException) e).hint()).isEqualTo("stamp `heads`, name one head, or join them with `strata merge`"));
        assertThatThrownBy(() -> BRANCHED.stampRows(rows("c2", "d1"), "-1"))
                .isInstanceOf(AmbiguousRevisionException.class)
                .hasMessage("-1 is ambiguous: the database has 2 version rows: c2, d1");
        assertThatThrownBy(() -> LINEAR.stampRows(rows("d"), "+1"))
                .isInstanceOf(BadInputException.class)
                .hasMessage("+1 goes too far: nothing is pending");
    }

    @Test
    void closedRange() {
        assertThat(ids(LINEAR.range("b:d"))).containsExactly("d", "c", "b");
        assertThat(ids(LINEAR.range("b:b"))).containsExactly("b");
        assertThat(ids(LINEAR.range("base:c"))).containsExactly("c", "b", "a");
        assertThat(ids(LINEAR.range("base:head"))).containsExactly("d", "c", "b", "a");
        assertThat(ids(LINEAR.range("d:b"))).isEmpty();
        assertThat(ids(BRANCHED.range("b:heads"))).containsExactly("d1", "c2", "c1", "b");
        assertThat(ids(BRANCHED.range("c2:d1"))).isEmpty();
        assertThat(ids(HEX.range("ae10b:billing"))).containsExactly("9c1d02", "ae10c9", "ae10b7");
    }

    @Test
    void openRanges() {
        assertThat(ids(LINEAR.range(":b"))).containsExactly("b", "a");
        assertThat(ids(LINEAR.range("c:"))).containsExactly("d", "c");
        assertThat(ids(LINEAR.range("head-1:"))).containsExactly("d", "c");
        assertThat(ids(LINEAR.range(":"))).containsExactly("d", "c", "b", "a");
        assertThat(ids(LINEAR.range(":base"))).isEmpty();
        assertThat(ids(DEPENDENT.range("x:"))).containsExactly("y", "c", "x");
        assertThat(ids(DEPENDENT.range(":c"))).containsExactly("c", "x", "b", "a");
    }

    @Test
    void aSingleTargetIsARange() {
        assertThat(ids(LINEAR.range("c"))).containsExactly("c");
        assertThat(ids(LINEAR.range("head"))).containsExactly("d");
        assertThat(ids(LINEAR.range("base"))).isEmpty();
        assertThat(ids(BRANCHED.range("heads"))).containsExactly("d1", "c2");
        assertThat(ids(DEPENDENT.range("billing@head"))).containsExactly("y");
    }

    @Test
    void rangeErrors() {
        assertThatThrownBy(() -> LINEAR.range("a:b:c"))
                .isInstanceOf(BadInputException.class)
                .hasMessage("range a:b:c has more than one ':'");
        assertThatThrownBy(() -> LINEAR.range("-1:"))
                .isInstanceOf(BadInputException.class)
                .hasMessage("-1 cannot bound a range");
        assertThatThrownBy(() -> BRANCHED.range(":head"))
                .isInstanceOf(MultipleHeadsException.class)
                .hasMessage("the migrations have 2 heads: c2, d1");
        assertThatThrownBy(() -> LINEAR.range("zzzz:"))
                .isInstanceOf(UnknownRevisionException.class)
                .hasMessage("no revision, branch label or revision prefix zzzz in the migrations");
    }
}
