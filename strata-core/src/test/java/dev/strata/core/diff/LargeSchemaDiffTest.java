package dev.strata.core.diff;

import dev.strata.core.model.Column;
import dev.strata.core.model.ForeignKey;
import dev.strata.core.model.Index;
import dev.strata.core.model.Namespace;
import dev.strata.core.model.PrimaryKey;
import dev.strata.core.model.Schema;
import dev.strata.core.model.Table;
import dev.strata.core.model.TableRef;
import dev.strata.core.ops.AlterColumn;
import dev.strata.core.ops.CreateIndex;
import dev.strata.core.ops.DropForeignKey;
import dev.strata.core.ops.DropIndex;
import dev.strata.core.ops.DropTable;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

import static org.assertj.core.api.Assertions.assertThat;

/** The benchmark's shape (2,000 tables of 10 columns, a PK, one FK, two indexes); speed is measured elsewhere. */
class LargeSchemaDiffTest {
    private static final int TABLES = 2_000;
    private final SchemaDiffer differ = new SchemaDiffer();

    private static Table table(int i, boolean postgresSpelling) {
        List<Column> columns = new ArrayList<>();
        columns.add(Column.of("id", postgresSpelling ? "bigint" : "int8").notNull()
                .withDefault(postgresSpelling ? "nextval('t" + i + "_id_seq'::regclass)" : "nextval('t" + i + "_id_seq')"));
        columns.add(Column.of("parent_id", "bigint"));
        columns.add(Column.of("name", postgresSpelling ? "character varying(100)" : "varchar(100)").notNull());
        columns.add(Column.of("status", "text").notNull().withDefault(postgresSpelling ? "'new'::text" : "'new'"));
        columns.add(Column.of("created_at", postgresSpelling ? "timestamp with time zone" : "timestamptz")
                .withDefault(postgresSpelling ? "now()" : "CURRENT_TIMESTAMP"));
        columns.add(Column.of("amount", "numeric(12,2)").withDefault(postgresSpelling ? "0" : "0.00"));
        columns.add(Column.of("active", postgresSpelling ? "boolean" : "bool").withDefault("true"));
        columns.add(Column.of("tags", postgresSpelling ? "text[]" : "text ARRAY"));
        columns.add(Column.of("payload", "jsonb").withDefault(postgresSpelling ? "'{}'::jsonb" : "'{}'"));
        columns.add(Column.of("uid", "uuid").withDefault("gen_random_uuid()"));
        List<ForeignKey> fks = i == 0 ? List.of()
                : List.of(ForeignKey.of("t" + i + "_parent_id_fkey", List.of("parent_id"), TableRef.of("public", "t" + (i / 2)), List.of("id")));
        return new Table("t" + i, columns, PrimaryKey.of("id").named("t" + i + "_pkey"), fks, List.of(), List.of(), List.of(),
                List.of(Index.on("t" + i + "_parent_id_idx", "parent_id"), Index.on("t" + i + "_name_idx", "name").where(
                        postgresSpelling ? "(status <> 'gone'::text)" : "status != 'gone'")),
                null, Map.of());
    }

    private static Schema schema(IntFunction<Table> table) {
        List<Table> tables = new ArrayList<>(TABLES);
        for (int i = 0; i < TABLES; i++) {
            tables.add(table.apply(i));
        }
        return Schema.of(new Namespace("public", tables, List.of(), List.of(), List.of(), List.of()));
    }

    @Test
    void twoThousandTablesSpelledDifferentlyHaveNoDifferences() {
        Schema database = schema(i -> table(i, true));
        Schema model = schema(i -> table(i, false));

        assertThat(differ.diff(database, database).isEmpty()).isTrue();
        assertThat(differ.diff(database, model).differences()).isEmpty();
        assertThat(differ.diff(database, model).operations()).isEmpty();
    }

    @Test
    void twoThousandTablesWithAFewChangesGiveExactlyThoseChanges() {
        Schema database = schema(i -> table(i, true));
        Index newIndex = Index.on("t500_created_at_idx", "created_at");
        Schema model = schema(i -> {
            Table t = table(i, false);
            if (i == 17) {
                List<Column> columns = new ArrayList<>(t.columns());
                columns.set(2, Column.of("name", "varchar(200)").notNull());
                return t.withColumns(columns);
            }
            if (i == 500) {
                return t.withIndexes(t.indexes().get(0), t.indexes().get(1), newIndex);
            }
            return t;
        });
        Schema withoutLast = new Schema(List.of(model.namespaces().get(0).withTables(
                model.namespaces().get(0).tables().subList(0, TABLES - 1))), List.of());
        Table last = table(TABLES - 1, true);
        TableRef lastRef = TableRef.of("public", last.name());

        SchemaDiff diff = differ.diff(database, withoutLast);

        assertThat(diff.operations()).containsExactly(
                new DropForeignKey(lastRef, last.foreignKeys().get(0)),
                new DropIndex(lastRef, last.indexes().get(0)),
                new DropIndex(lastRef, last.indexes().get(1)),
                new AlterColumn(TableRef.of("public", "t17"), table(17, true).columns().get(2),
                        Column.of("name", "varchar(200)").notNull()),
                new DropTable("public", last.withIndexes(List.of()).withForeignKeys(List.of())),
                new CreateIndex(TableRef.of("public", "t500"), newIndex));
    }
}
