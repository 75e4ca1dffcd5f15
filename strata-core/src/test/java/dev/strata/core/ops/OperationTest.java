package dev.strata.core.ops;

import dev.strata.core.error.NotReversibleException;
import dev.strata.core.model.CheckConstraint;
import dev.strata.core.model.Column;
import dev.strata.core.model.ColumnType;
import dev.strata.core.model.Domain;
import dev.strata.core.model.EnumType;
import dev.strata.core.model.ExclusionConstraint;
import dev.strata.core.model.Extension;
import dev.strata.core.model.ForeignKey;
import dev.strata.core.model.Index;
import dev.strata.core.model.PrimaryKey;
import dev.strata.core.model.Sequence;
import dev.strata.core.model.Table;
import dev.strata.core.model.TableRef;
import dev.strata.core.model.UniqueConstraint;
import dev.strata.core.model.View;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OperationTest {
    private static final TableRef T = TableRef.of("public", "t");
    private static final Column C = Column.of("c", "text");

    @Test
    void everyDropCarriesWhatItDropsAndReversesToTheCreate() {
        List<Operation[]> pairs = List.of(
                new Operation[]{new CreateSchema("s"), new DropSchema("s")},
                new Operation[]{new CreateExtension(Extension.of("citext")), new DropExtension(Extension.of("citext"))},
                new Operation[]{new CreateEnumType("public", EnumType.of("e", "a")), new DropEnumType("public", EnumType.of("e", "a"))},
                new Operation[]{new CreateDomain("public", Domain.of("d", ColumnType.of("text"))), new DropDomain("public", Domain.of("d", ColumnType.of("text")))},
                new Operation[]{new CreateSequence("public", Sequence.of("s")), new DropSequence("public", Sequence.of("s"))},
                new Operation[]{new CreateTable("public", Table.of("t", C)), new DropTable("public", Table.of("t", C))},
                new Operation[]{new AddColumn(T, C), new DropColumn(T, C)},
                new Operation[]{new AddPrimaryKey(T, PrimaryKey.of("c")), new DropPrimaryKey(T, PrimaryKey.of("c"))},
                new Operation[]{new AddForeignKey(T, ForeignKey.of("f", List.of("c"), T, List.of("c"))), new DropForeignKey(T, ForeignKey.of("f", List.of("c"), T, List.of("c")))},
                new Operation[]{new AddUnique(T, UniqueConstraint.of("u", "c")), new DropUnique(T, UniqueConstraint.of("u", "c"))},
                new Operation[]{new AddCheck(T, CheckConstraint.of("k", "c <> ''")), new DropCheck(T, CheckConstraint.of("k", "c <> ''"))},
                new Operation[]{new AddExclusion(T, ExclusionConstraint.of("x", "gist", ExclusionConstraint.Element.of("c", "="))),
                        new DropExclusion(T, ExclusionConstraint.of("x", "gist", ExclusionConstraint.Element.of("c", "=")))},
                new Operation[]{new CreateIndex(T, Index.on("i", "c")), new DropIndex(T, Index.on("i", "c"))},
                new Operation[]{new CreateView("public", View.of("v", "select 1")), new DropView("public", View.of("v", "select 1"))});
        for (Operation[] pair : pairs) {
            assertThat(pair[0].reverse()).isEqualTo(pair[1]);
            assertThat(pair[1].reverse()).isEqualTo(pair[0]);
        }
    }

    @Test
    void everyChangeCarriesBeforeAndAfterAndReversesBySwapping() {
        List<Operation[]> pairs = List.of(
                new Operation[]{new AlterColumn(T, C, C.notNull()), new AlterColumn(T, C.notNull(), C)},
                new Operation[]{new RenameColumn(T, "a", "b"), new RenameColumn(T, "b", "a")},
                new Operation[]{new RenameTable("public", "t", "u"), new RenameTable("public", "u", "t")},
                new Operation[]{new SetTableComment(T, null, "x"), new SetTableComment(T, "x", null)},
                new Operation[]{new SetViewComment(T, "x", "y"), new SetViewComment(T, "y", "x")},
                new Operation[]{new SetTableAttributes(T, Map.of(), Map.of("engine", "InnoDB")), new SetTableAttributes(T, Map.of("engine", "InnoDB"), Map.of())},
                new Operation[]{new AlterSequence("public", Sequence.of("s"), Sequence.of("s").startingAt(5)), new AlterSequence("public", Sequence.of("s").startingAt(5), Sequence.of("s"))},
                new Operation[]{new ReplaceView("public", View.of("v", "select 1"), View.of("v", "select 2")), new ReplaceView("public", View.of("v", "select 2"), View.of("v", "select 1"))},
                new Operation[]{new ReplaceEnumType("public", EnumType.of("e", "a", "b"), EnumType.of("e", "b")), new ReplaceEnumType("public", EnumType.of("e", "b"), EnumType.of("e", "a", "b"))},
                new Operation[]{new AlterExtension(new Extension("x", null, "1"), new Extension("x", null, "2")), new AlterExtension(new Extension("x", null, "2"), new Extension("x", null, "1"))});
        for (Operation[] pair : pairs) {
            assertThat(pair[0].reverse()).isEqualTo(pair[1]);
        }
    }

    @Test
    void addingAnEnumValueRefusesToReverse() {
        AddEnumValue add = new AddEnumValue("public", "mood", "great", null, "ok");
        assertThatThrownBy(add::reverse).isInstanceOf(NotReversibleException.class)
                .hasMessage("cannot reverse adding value 'great' to enum type public.mood: PostgreSQL cannot remove a value from an enum type")
                .extracting(e -> ((NotReversibleException) e).hint()).asString().contains("irreversible");
        assertThat(MigrationOps.isReversible(List.of(new AddColumn(T, C), add))).isFalse();
        assertThatThrownBy(() -> new AddEnumValue("public", "mood", "x", "a", "b")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void downgradeReversesEachOperationThenTheList() {
        List<Operation> upgrade = List.of(new CreateTable("public", Table.of("t", C)), new AddColumn(T, Column.of("d", "int")),
                new CreateIndex(T, Index.on("i", "d")));

        assertThat(MigrationOps.downgrade(upgrade)).containsExactly(
                new DropIndex(T, Index.on("i", "d")), new DropColumn(T, Column.of("d", "int")), new DropTable("public", Table.of("t", C)));
        assertThat(MigrationOps.downgrade(MigrationOps.downgrade(upgrade))).isEqualTo(upgrade);
        assertThat(MigrationOps.isReversible(upgrade)).isTrue();
    }

    @Test
    void anAlterKeepsTheColumnsName() {
        assertThatThrownBy(() -> new AlterColumn(T, C, C.withName("d"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("RenameColumn");
        AlterColumn alter = new AlterColumn(T, C, C.withDefault("'x'"));
        assertThat(alter.defaultChanged()).isTrue();
        assertThat(alter.typeChanged() || alter.nullabilityChanged() || alter.commentChanged()).isFalse();
    }
}
