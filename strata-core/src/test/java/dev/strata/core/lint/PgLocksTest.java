package dev.strata.core.lint;

import dev.strata.core.lint.sql.AlterAction;
import dev.strata.core.lint.sql.ColumnDef;
import dev.strata.core.lint.sql.ConstraintDef;
import dev.strata.core.lint.sql.ForeignKeyRef;
import dev.strata.core.lint.sql.SqlType;
import dev.strata.core.lint.sql.Stmt;
import dev.strata.core.script.SqlFlavor;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.strata.core.lint.PgLocks.Mode.ACCESS_EXCLUSIVE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The locks PostgreSQL takes through foreign keys, as observed with pg_locks on PostgreSQL 15 (and held against it by
 * StaticObservedAgreementIT): changing the type of a column on either side of a foreign key, or dropping the key,
 * its column or its table, takes ACCESS EXCLUSIVE on the other table too.
 */
class PgLocksTest {
    private static ColumnDef column(String name, String type) {
        return new ColumnDef(name, SqlType.of(type), false, false, false, null, ColumnDef.Generated.NONE, null, null);
    }

    private static SchemaState schema() {
        SchemaState state = new SchemaState(SqlFlavor.POSTGRES);
        SchemaState.Origin origin = new SchemaState.Origin("r1", "r1.sql", 1);
        state.apply(new Stmt.CreateTable("customers", List.of(column("id", "bigint"), column("name", "text")), List.of(
                new ConstraintDef(ConstraintDef.Kind.PRIMARY_KEY, "pk_customers", List.of("id"), null, null, null, false, null)),
                false, false), origin);
        state.apply(new Stmt.CreateTable("orders", List.of(column("id", "bigint"), column("customer_id", "bigint"), column("total", "integer")),
                List.of(new ConstraintDef(ConstraintDef.Kind.FOREIGN_KEY, "fk_orders_customer", List.of("customer_id"),
                        new ForeignKeyRef("customers", List.of(), "RESTRICT"), null, null, false, null)), false, false), origin);
        return state;
    }

    private static Map<String, PgLocks.Mode> alter(String table, AlterAction action) {
        return PgLocks.of(new Stmt.AlterTable(table, List.of(action)), schema());
    }

    @Test
    void changingTheTypeOfAForeignKeyColumnLocksTheReferencedTable() {
        assertThat(alter("orders", new AlterAction.AlterColumnType("customer_id", SqlType.of("integer"), false)))
                .containsExactly(Map.entry("orders", ACCESS_EXCLUSIVE), Map.entry("customers", ACCESS_EXCLUSIVE));
    }

    @Test
    void changingTheTypeOfAReferencedColumnLocksTheReferencingTable() {
        assertThat(alter("customers", new AlterAction.AlterColumnType("id", SqlType.of("integer"), false)))
                .containsExactly(Map.entry("customers", ACCESS_EXCLUSIVE), Map.entry("orders", ACCESS_EXCLUSIVE));
    }

    @Test
    void columnsOutsideForeignKeysLockOnlyTheirTable() {
        assertThat(alter("orders", new AlterAction.AlterColumnType("total", SqlType.of("bigint"), false)))
                .containsOnlyKeys("orders");
        assertThat(alter("customers", new AlterAction.AlterColumnType("name", SqlType.of("varchar", "50"), false)))
                .containsOnlyKeys("customers");
        assertThat(PgLocks.of(new Stmt.AlterTable("orders", List.of(new AlterAction.AlterColumnType("customer_id", SqlType.of("integer"),
                false))), null)).as("without the schema nothing is known of the keys").containsOnlyKeys("orders");
    }

    @Test
    void droppingAForeignKeyItsColumnOrItsTableLocksTheReferencedTable() {
        assertThat(alter("orders", new AlterAction.DropConstraint("fk_orders_customer"))).containsKeys("orders", "customers");
        assertThat(alter("orders", new AlterAction.DropColumn("customer_id"))).containsKeys("orders", "customers");
        assertThat(alter("orders", new AlterAction.DropColumn("total"))).containsOnlyKeys("orders");
        assertThat(PgLocks.of(new Stmt.DropTable(List.of("orders"), false, false), schema()))
                .containsExactly(Map.entry("orders", ACCESS_EXCLUSIVE), Map.entry("customers", ACCESS_EXCLUSIVE));
    }
}
