package dev.strata.core.diff;

import dev.strata.core.model.Column;
import dev.strata.core.model.ForeignKey;
import dev.strata.core.model.Index;
import dev.strata.core.model.Namespace;
import dev.strata.core.model.Schema;
import dev.strata.core.model.Table;
import dev.strata.core.model.TableRef;
import dev.strata.core.ops.CreateIndex;
import dev.strata.core.ops.CreateTable;
import dev.strata.core.ops.DropIndex;
import dev.strata.core.ops.DropTable;
import dev.strata.core.ops.Operation;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A dialect that declares foreign keys inside CREATE TABLE (SQLite) gets them there, tables in reference order. */
class InlineForeignKeysTest {
    private static final DiffPolicy INLINE = new DiffPolicy() {
        @Override
        public boolean foreignKeysInline() {
            return true;
        }
    };

    private static Table table(String name, String references) {
        Table table = Table.of(name, Column.of("id", "integer"), Column.of("ref", "integer"));
        return references == null ? table : table.withForeignKeys(
                ForeignKey.of(null, List.of("ref"), TableRef.of(null, references), List.of("id")));
    }

    @Test
    void referencedTablesAreCreatedFirstAndDroppedLast() {
        Table c = table("c", "b");
        Table b = table("b", "a");
        Table a = table("a", null);
        Table self = table("self", "self");
        Schema full = Schema.of(Namespace.of("main", c, self, b, a));
        Schema empty = Schema.of(Namespace.of("main"));
        SchemaDiffer differ = new SchemaDiffer(INLINE);

        assertThat(differ.diff(empty, full).operations()).containsExactly(
                new CreateTable("main", a), new CreateTable("main", b), new CreateTable("main", c), new CreateTable("main", self));
        assertThat(differ.diff(full, empty).operations()).containsExactly(
                new DropTable("main", self), new DropTable("main", c), new DropTable("main", b), new DropTable("main", a));
    }

    @Test
    void indexesStillTravelSeparately() {
        Table a = table("a", null).withIndexes(Index.on("ix_a_ref", "ref"));
        SchemaDiff diff = new SchemaDiffer(INLINE).diff(Schema.of(Namespace.of("main")), Schema.of(Namespace.of("main", a)));
        assertThat(diff.operations()).containsExactly(
                new CreateTable("main", a.withIndexes(List.of())), new CreateIndex(TableRef.of("main", "a"), a.indexes().get(0)));
        assertThat(diff.downgrade()).containsExactly(
                new DropIndex(TableRef.of("main", "a"), a.indexes().get(0)), new DropTable("main", a.withIndexes(List.of())));
    }

    @Test
    void aLongChainDoesNotOverflowTheStack() {
        int n = 20_000;
        Table[] tables = new Table[n];
        for (int i = 0; i < n; i++) {
            tables[i] = table("t" + i, i + 1 < n ? "t" + (i + 1) : null);
        }
        List<Operation> ops = new SchemaDiffer(INLINE)
                .diff(Schema.of(Namespace.of("main")), Schema.of(Namespace.of("main", tables))).operations();
        assertThat(ops).hasSize(n);
        assertThat(ops.get(0)).isEqualTo(new CreateTable("main", tables[n - 1]));
        assertThat(ops.get(n - 1)).isEqualTo(new CreateTable("main", tables[0]));
    }
}
