package dev.strata.core.diff;

import dev.strata.core.model.Column;
import dev.strata.core.model.Namespace;
import dev.strata.core.model.Schema;
import dev.strata.core.model.Table;
import dev.strata.core.model.TableRef;
import dev.strata.core.ops.AddColumn;
import dev.strata.core.ops.AddForeignKey;
import dev.strata.core.ops.CreateIndex;
import dev.strata.core.ops.CreateSchema;
import dev.strata.core.ops.CreateTable;
import dev.strata.core.ops.DropColumn;
import dev.strata.core.ops.DropForeignKey;
import dev.strata.core.ops.DropIndex;
import dev.strata.core.ops.DropSchema;
import dev.strata.core.ops.DropTable;
import dev.strata.core.ops.Operation;
import dev.strata.core.ops.SetTableAttributes;
import dev.strata.core.ops.SetTableComment;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.strata.core.diff.Fixtures.NS;
import static dev.strata.core.diff.Fixtures.ORDERS;
import static dev.strata.core.diff.Fixtures.USERS;
import static dev.strata.core.diff.Fixtures.orders;
import static dev.strata.core.diff.Fixtures.ordersUserFk;
import static dev.strata.core.diff.Fixtures.schema;
import static dev.strata.core.diff.Fixtures.users;
import static org.assertj.core.api.Assertions.assertThat;

class SchemaDifferTest {
    private final SchemaDiffer differ = new SchemaDiffer();

    @Test
    void identicalSchemasHaveNoDifferences() {
        SchemaDiff diff = differ.diff(schema(users(), orders()), schema(users(), orders()));
        assertThat(diff.isEmpty()).isTrue();
        assertThat(diff.differences()).isEmpty();
        assertThat(diff.operations()).isEmpty();
    }

    @Test
    void columnOrderIsNotADifference() {
        Table reordered = users().withColumns(users().columns().get(2), users().columns().get(0), users().columns().get(1));
        assertThat(differ.diff(schema(users()), schema(reordered)).isEmpty()).isTrue();
    }

    @Test
    void newTablesComeBeforeTheirIndexesAndForeignKeys() {
        SchemaDiff diff = differ.diff(schema(), schema(orders(), users()));

        assertThat(diff.operations()).containsExactly(
                new CreateTable(NS, orders().withIndexes(List.of()).withForeignKeys(List.of())),
                new CreateTable(NS, users().withIndexes(List.of())),
                new CreateIndex(ORDERS, orders().indexes().get(0)),
                new CreateIndex(USERS, users().indexes().get(0)),
                new AddForeignKey(ORDERS, ordersUserFk()));
        assertThat(diff.differences()).containsExactly(
                new Difference("public.orders", "table-added", "3 columns"),
                new Difference("public.users", "table-added", "3 columns"));
    }

    @Test
    void foreignKeysAreDroppedBeforeTheTablesTheyJoin() {
        SchemaDiff diff = differ.diff(schema(orders(), users()), schema());

        assertThat(diff.operations()).containsExactly(
                new DropForeignKey(ORDERS, ordersUserFk()),
                new DropIndex(ORDERS, orders().indexes().get(0)),
                new DropIndex(USERS, users().indexes().get(0)),
                new DropTable(NS, orders().withIndexes(List.of()).withForeignKeys(List.of())),
                new DropTable(NS, users().withIndexes(List.of())));
    }

    @Test
    void droppingAReferencedTableDropsTheForeignKeyOfAKeptTableFirst() {
        Table ordersWithoutFk = orders().withForeignKeys(List.of()).withColumns(
                orders().columns().get(0), orders().columns().get(2));
        ordersWithoutFk = ordersWithoutFk.withIndexes(List.of());

        SchemaDiff diff = differ.diff(schema(users(), orders()), schema(ordersWithoutFk));

        assertThat(diff.operations()).containsExactly(
                new DropForeignKey(ORDERS, ordersUserFk()),
                new DropIndex(ORDERS, orders().indexes().get(0)),
                new DropIndex(USERS, users().indexes().get(0)),
                new DropColumn(ORDERS, orders().columns().get(1)),
                new DropTable(NS, users().withIndexes(List.of())));
    }

    @Test
    void downgradeIsTheReverseOfEachOperationInReverseOrder() {
        SchemaDiff diff = differ.diff(schema(), schema(orders(), users()));
        List<Operation> expected = new ArrayList<>();
        for (Operation operation : diff.operations()) {
            expected.add(0, operation.reverse());
        }

        assertThat(diff.downgrade()).containsExactlyElementsOf(expected);
    }

    @Test
    void theDowngradeOfACreationIsTheDiffTheOtherWay() {
        Schema empty = schema();
        Schema full = schema(users(), orders());
        List<Operation> down = differ.diff(empty, full).downgrade();
        List<Operation> reverseDiff = differ.diff(full, empty).operations();

        assertThat(down).containsExactlyInAnyOrderElementsOf(reverseDiff);
        assertThat(down.get(0)).isInstanceOf(DropForeignKey.class);
        assertThat(down.get(down.size() - 1)).isInstanceOf(DropTable.class);
    }

    @Test
    void newSchemaIsCreatedBeforeItsTablesAndDroppedAfterThem() {
        Table audit = Table.of("log", Column.of("at", "timestamptz"));
        Schema with = Schema.of(Namespace.of(NS), Namespace.of("audit", audit));

        assertThat(differ.diff(schema(), with).operations()).containsExactly(
                new CreateSchema("audit"), new CreateTable("audit", audit));
        assertThat(differ.diff(with, schema()).operations()).containsExactly(
                new DropTable("audit", audit), new DropSchema("audit"));
    }

    @Test
    void tableCommentAndAttributesAreSet() {
        Table before = users().withAttributes(Map.of("engine", "InnoDB"));
        Table after = users().withComment("people").withAttributes(Map.of("engine", "Aria"));

        assertThat(differ.diff(schema(before), schema(after)).operations()).containsExactly(
                new SetTableComment(USERS, null, "people"),
                new SetTableAttributes(USERS, Map.of("engine", "InnoDB"), Map.of("engine", "Aria")));
        assertThat(differ.diff(schema(before), schema(before.withAttributes(Map.of("engine", "innodb")))).isEmpty()).isTrue();
    }

    @Test
    void addedColumnsAreAddedAndDroppedOnesDropped() {
        Table after = users().withColumns(users().columns().get(0), users().columns().get(1), Column.of("name", "text"));

        SchemaDiff diff = differ.diff(schema(users()), schema(after));

        assertThat(diff.operations()).containsExactly(
                new AddColumn(USERS, Column.of("name", "text")),
                new DropColumn(USERS, users().columns().get(2)));
        assertThat(diff.differences()).containsExactly(
                new Difference("public.users.name", "column-added", "text"),
                new Difference("public.users.created_at", "column-removed", "timestamp with time zone not null default now()"));
    }

    @Test
    void foreignKeyWithoutNamespaceMeansTheSameNamespace() {
        Table unqualified = orders().withForeignKeys(ordersUserFk().referencing(TableRef.of(null, "users")));
        assertThat(differ.diff(schema(users(), orders()), schema(users(), unqualified)).isEmpty()).isTrue();
    }
}
