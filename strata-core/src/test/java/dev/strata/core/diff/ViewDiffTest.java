package dev.strata.core.diff;

import dev.strata.core.model.Column;
import dev.strata.core.model.Namespace;
import dev.strata.core.model.Schema;
import dev.strata.core.model.Table;
import dev.strata.core.model.TableRef;
import dev.strata.core.model.View;
import dev.strata.core.ops.AlterColumn;
import dev.strata.core.ops.CreateTable;
import dev.strata.core.ops.CreateView;
import dev.strata.core.ops.DropColumn;
import dev.strata.core.ops.DropTable;
import dev.strata.core.ops.DropView;
import dev.strata.core.ops.ReplaceView;
import dev.strata.core.ops.SetViewComment;
import org.junit.jupiter.api.Test;

import static dev.strata.core.diff.Fixtures.NS;
import static org.assertj.core.api.Assertions.assertThat;

class ViewDiffTest {
    private final SchemaDiffer differ = new SchemaDiffer();
    private static final Table T = Table.of("t", Column.of("a", "int"), Column.of("b", "text"));
    private static final TableRef T_REF = TableRef.of(NS, "t");
    private static final View V = View.of("v", " SELECT t.a,\n    t.b\n   FROM t;");

    private static Schema schema(Table table, View... views) {
        return Schema.of(Namespace.of(NS, table).withViews(views));
    }

    @Test
    void viewsAreCreatedAfterTablesAndDroppedBeforeThem() {
        Schema empty = Schema.of(Namespace.of(NS));
        assertThat(differ.diff(empty, schema(T, V)).operations()).containsExactly(new CreateTable(NS, T), new CreateView(NS, V));
        assertThat(differ.diff(schema(T, V), empty).operations()).containsExactly(new DropView(NS, V), new DropTable(NS, T));
    }

    @Test
    void aViewSpelledDifferentlyIsTheSame() {
        View same = View.of("v", "select t.a, t.b from t");
        assertThat(differ.diff(schema(T, V), schema(T, same)).isEmpty()).isTrue();
    }

    @Test
    void aChangedViewIsReplacedInPlace() {
        View after = View.of("v", "SELECT t.a FROM t").withComment("only a");

        assertThat(differ.diff(schema(T, V), schema(T, after)).operations()).containsExactly(
                new ReplaceView(NS, V, after), new SetViewComment(TableRef.of(NS, "v"), null, "only a"));
    }

    @Test
    void aViewReadingADroppedColumnIsDroppedFirstAndCreatedLast() {
        Table without = Table.of("t", Column.of("a", "int"));
        View after = View.of("v", "SELECT t.a FROM t");

        assertThat(differ.diff(schema(T, V), schema(without, after)).operations()).containsExactly(
                new DropView(NS, V), new DropColumn(T_REF, Column.of("b", "text")), new CreateView(NS, after));
    }

    @Test
    void anUnchangedViewReadingARetypedColumnIsRecreated() {
        Table retyped = Table.of("t", Column.of("a", "bigint"), Column.of("b", "text"));

        SchemaDiff diff = differ.diff(schema(T, V), schema(retyped, V));

        assertThat(diff.operations()).containsExactly(
                new DropView(NS, V), new AlterColumn(T_REF, Column.of("a", "int"), Column.of("a", "bigint")), new CreateView(NS, V));
        assertThat(diff.differences()).extracting(Difference::kind).containsExactly("column-changed", "view-recreated");
    }

    @Test
    void aChangedMaterializedViewIsDroppedAndCreated() {
        View before = View.materialized("m", "SELECT a FROM t");
        View after = View.materialized("m", "SELECT b FROM t");
        assertThat(differ.diff(schema(T, before), schema(T, after)).operations()).containsExactly(
                new DropView(NS, before), new CreateView(NS, after));
    }
}
