package dev.strata.core.model;

import dev.strata.core.error.BadInputException;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ModelTest {

    @Test
    void columnTypesAreReadAsSqlSpellsThem() {
        assertThat(ColumnType.parse("character varying(255)")).isEqualTo(new ColumnType("character varying", List.of("255"), 0));
        assertThat(ColumnType.parse("numeric(10, 2)")).isEqualTo(ColumnType.of("numeric", 10, 2));
        assertThat(ColumnType.parse("timestamp(3) with time zone")).isEqualTo(ColumnType.of("timestamp with time zone", 3));
        assertThat(ColumnType.parse("integer[][]")).isEqualTo(new ColumnType("integer", List.of(), 2));
        assertThat(ColumnType.parse("text ARRAY")).isEqualTo(new ColumnType("text", List.of(), 1));
        assertThat(ColumnType.parse("int[3]")).isEqualTo(new ColumnType("int", List.of(), 1));
        assertThat(ColumnType.parse("enum('a','b,c')")).isEqualTo(ColumnType.of("enum", "'a'", "'b,c'"));
        assertThat(ColumnType.parse("int(10) unsigned")).isEqualTo(ColumnType.of("int unsigned", 10));
        assertThat(ColumnType.parse("timestamp(3) with time zone").sql()).isEqualTo("timestamp(3) with time zone");
        assertThat(ColumnType.parse("numeric(10, 2)[]").sql()).isEqualTo("numeric(10,2)[]");
    }

    @Test
    void columnTypesHaveOneCanonicalSpelling() {
        String[][] same = {
                {"int4", "INTEGER", "int"}, {"int8", "bigint"}, {"int2", "smallint"}, {"varchar(20)", "character varying(20)"},
                {"timestamptz", "timestamp with time zone"}, {"timestamp", "timestamp without time zone"},
                {"bool", "boolean"}, {"decimal(10,2)", "numeric(10, 2)"}, {"float8", "double precision", "float", "float(53)"},
                {"float4", "real", "float(10)"}, {"int4[]", "integer ARRAY"}, {"pg_catalog.text", "text"},
                {"bpchar(3)", "character(3)", "char(3)"}, {"timetz", "time with time zone"}};
        for (String[] group : same) {
            for (String spelled : group) {
                assertThat(ColumnType.parse(spelled).canonical()).as(spelled).isEqualTo(ColumnType.parse(group[0]).canonical());
            }
        }
        assertThat(ColumnType.parse("varchar(20)").canonical()).isNotEqualTo(ColumnType.parse("varchar(30)").canonical());
        assertThat(ColumnType.parse("\"Mood\"").canonical()).isEqualTo("\"Mood\"");
        assertThat(ColumnType.parse("int unsigned").canonical()).isEqualTo("integer unsigned");
    }

    @Test
    void objectsAreFoundByName() {
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            columns.add(Column.of("c" + i, "int"));
        }
        Table table = Table.of("t").withColumns(columns).withIndexes(Index.on("ix", "c1"));
        Schema schema = Schema.of(Namespace.of("public", table));

        assertThat(table.column("c42")).contains(columns.get(42));
        assertThat(table.column("nope")).isEmpty();
        assertThat(table.index("ix")).isPresent();
        assertThat(schema.table(TableRef.of("public", "t"))).contains(table);
        assertThat(schema.table(TableRef.of("other", "t"))).isEmpty();
        assertThat(table.columns()).isEqualTo(columns);
        assertThat(table.withComment("x").columns()).isSameAs(table.columns());
    }

    @Test
    void twoObjectsOfOneKindCannotShareAName() {
        assertThatThrownBy(() -> Table.of("t", Column.of("a", "int"), Column.of("a", "text")))
                .isInstanceOf(BadInputException.class).hasMessage("two columns are named a");
        List<Table> tables = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            tables.add(Table.of("t" + (i % 19)));
        }
        assertThatThrownBy(() -> Namespace.of("public").withTables(tables)).isInstanceOf(BadInputException.class);
        assertThat(Table.of("t").withChecks(CheckConstraint.of(null, "a > 0"), CheckConstraint.of(null, "b > 0")).checks()).hasSize(2);
    }

    @Test
    void invalidObjectsAreRefused() {
        assertThatThrownBy(() -> ForeignKey.of("f", List.of("a", "b"), TableRef.of("s", "t"), List.of("a")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new IndexElement("a", "lower(a)", null, null, false, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Column.of(" ", "int")).isInstanceOf(IllegalArgumentException.class);
        assertThat(ForeignKey.of("f", List.of("a"), TableRef.of("s", "t"), List.of("id")).onDelete()).isEqualTo(ReferentialAction.NO_ACTION);
    }

    @Test
    void nullsOrderDefaultsFollowTheSortOrder() {
        assertThat(IndexElement.column("a").effectiveNullsFirst()).isFalse();
        assertThat(IndexElement.column("a").desc().effectiveNullsFirst()).isTrue();
        assertThat(IndexElement.column("a").desc().nullsFirst(false).effectiveNullsFirst()).isFalse();
    }
}
