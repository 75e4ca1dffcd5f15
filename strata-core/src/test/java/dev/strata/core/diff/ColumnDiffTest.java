package dev.strata.core.diff;

import dev.strata.core.model.Column;
import dev.strata.core.model.ColumnType;
import dev.strata.core.model.GeneratedColumn;
import dev.strata.core.model.Identity;
import dev.strata.core.model.Table;
import dev.strata.core.model.TableRef;
import dev.strata.core.ops.AlterColumn;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.strata.core.diff.Fixtures.NS;
import static dev.strata.core.diff.Fixtures.schema;
import static org.assertj.core.api.Assertions.assertThat;

class ColumnDiffTest {
    private static final TableRef T = TableRef.of(NS, "t");
    private final SchemaDiffer differ = new SchemaDiffer();

    private SchemaDiff diff(Column before, Column after) {
        return differ.diff(schema(Table.of("t", before)), schema(Table.of("t", after)));
    }

    @Test
    void columnsSpelledDifferentlyByTheDatabaseAreEqual() {
        List<Column[]> pairs = List.of(
                new Column[]{Column.of("a", "int4"), Column.of("a", "integer")},
                new Column[]{Column.of("a", "varchar(20)").withDefault("'x'::character varying"), Column.of("a", "character varying(20)").withDefault("'x'")},
                new Column[]{Column.of("a", "timestamptz").withDefault("now()"), Column.of("a", "timestamp with time zone").withDefault("CURRENT_TIMESTAMP")},
                new Column[]{Column.of("a", "int").withDefault("'-1'::integer"), Column.of("a", "int4").withDefault("-1")},
                new Column[]{Column.of("a", "numeric(10, 2)").withDefault("0.00"), Column.of("a", "decimal(10,2)").withDefault("0")},
                new Column[]{Column.of("a", "bool").withDefault("true"), Column.of("a", "boolean").withDefault("'t'::boolean")},
                new Column[]{Column.of("a", "text").withDefault("NULL::text"), Column.of("a", "text")},
                new Column[]{Column.of("a", "text[]"), Column.of("a", "text ARRAY")},
                new Column[]{Column.of("a", "text").withCollation("C"), Column.of("a", "text").withCollation("c")},
                new Column[]{Column.of("a", "int").withGenerated(GeneratedColumn.stored("(b * 2)")), Column.of("a", "int").withGenerated(GeneratedColumn.stored("b*2"))},
                new Column[]{Column.of("a", "bigint").withIdentity(Identity.byDefault().startingAt(1, 1)), Column.of("a", "bigint").withIdentity(Identity.byDefault())});
        for (Column[] pair : pairs) {
            assertThat(diff(pair[0], pair[1]).isEmpty()).as("%s vs %s", pair[0], pair[1]).isTrue();
        }
    }

    @Test
    void aChangedColumnIsOneAlterWithBeforeAndAfter() {
        Column before = Column.of("a", "integer").withDefault("0");
        Column after = Column.of("a", "bigint").notNull().withDefault("0").withComment("count");

        SchemaDiff diff = diff(before, after);

        assertThat(diff.operations()).containsExactly(new AlterColumn(T, before, after));
        assertThat(diff.differences()).containsExactly(new Difference("public.t.a", "column-changed",
                "type integer -> bigint; null -> not null; comment none -> count"));
        AlterColumn alter = (AlterColumn) diff.operations().get(0);
        assertThat(alter.typeChanged()).isTrue();
        assertThat(alter.nullabilityChanged()).isTrue();
        assertThat(alter.defaultChanged()).isFalse();
        assertThat(alter.commentChanged()).isTrue();
    }

    @Test
    void aspectsSpelledDifferentlyKeepTheOldSpellingSoOnlyRealChangesShow() {
        Column before = Column.of("a", "int4").withDefault("'-1'::integer");
        Column after = Column.of("a", "integer").notNull().withDefault("-1");

        AlterColumn alter = (AlterColumn) diff(before, after).operations().get(0);

        assertThat(alter.to()).isEqualTo(Column.of("a", "int4").notNull().withDefault("'-1'::integer"));
        assertThat(alter.typeChanged()).isFalse();
        assertThat(alter.defaultChanged()).isFalse();
        assertThat(alter.nullabilityChanged()).isTrue();
        assertThat(alter.reverse()).isEqualTo(new AlterColumn(T, alter.to(), before));
    }

    @Test
    void everyAspectOfAColumnIsCompared() {
        Column base = Column.of("a", "text");
        List<Column> changed = List.of(
                base.withType(ColumnType.parse("varchar(10)")),
                base.withType(ColumnType.parse("text[]")),
                base.notNull(),
                base.withDefault("'x'"),
                base.withIdentity(Identity.always()),
                base.withGenerated(GeneratedColumn.stored("upper(b)")),
                base.withCollation("C"),
                base.withComment("c"),
                base.withAttributes(Map.of("charset", "utf8mb4")));
        for (Column after : changed) {
            assertThat(diff(base, after).operations()).as("%s", after).containsExactly(new AlterColumn(T, base, after));
        }
    }

    @Test
    void identityKindsAreDifferent() {
        Column before = Column.of("id", "bigint").withIdentity(Identity.always());
        Column after = Column.of("id", "bigint").withIdentity(Identity.byDefault());
        assertThat(diff(before, after).operations()).containsExactly(new AlterColumn(T, before, after));
    }
}
