package dev.strata.jpa;

import dev.strata.core.error.BadInputException;
import dev.strata.core.model.ColumnType;
import dev.strata.core.model.Identity;
import dev.strata.core.model.Schema;
import dev.strata.core.model.Table;
import dev.strata.core.model.TableRef;
import dev.strata.runtime.Database;
import dev.strata.runtime.Dialect;
import dev.strata.runtime.config.DatabaseKind;
import dev.strata.runtime.config.DatabaseUrl;
import dev.strata.runtime.schema.EntityModelReader;
import dev.strata.runtime.schema.SchemaSource;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The model read with no database at all: the server's facts given by hand. */
class HibernateModelReaderTest {
    static final ServerFacts POSTGRES_15 = new ServerFacts(DatabaseKind.POSTGRES, "15.4", 15, 4, "public", null, null, false);
    static final ServerFacts MARIADB_11 = new ServerFacts(DatabaseKind.MARIADB, "11.4.2-MariaDB", 11, 4, Dialect.HOME_DATABASE,
            "utf8mb4", "utf8mb4_general_ci", false);

    private static EntityModelReader.EntityModel read(ServerFacts facts, String pkg, String physical, String implicit) {
        return new HibernateModelReader().read(new SchemaSource.Entities(List.of(pkg), List.of(SchemaExportParityIT.testClasses()),
                physical, implicit), facts);
    }

    private static Table table(Schema schema, String namespace, String name) {
        return schema.table(TableRef.of(namespace, name)).orElseThrow(() -> new AssertionError("no table " + name + " in " + schema));
    }

    @Test
    void readsTypesKeysAndGeneratorsTheWayHibernateWritesThem() {
        Schema schema = read(POSTGRES_15, "dev.strata.jpa.entities.shop", null, null).schema();
        Table customers = table(schema, "public", "customers");
        assertThat(customers.column("email").orElseThrow().type()).isEqualTo(ColumnType.parse("varchar(200)"));
        assertThat(customers.column("email").orElseThrow().nullable()).isFalse();
        assertThat(customers.column("createdat").orElseThrow().type().sql()).isEqualTo("timestamp(6) with time zone");
        assertThat(customers.column("credit").orElseThrow().type().sql()).isEqualTo("numeric(12,2)");
        assertThat(customers.column("id").orElseThrow().identity()).isEqualTo(Identity.byDefault());
        assertThat(customers.column("loyalty").orElseThrow().defaultExpression()).isEqualTo("0");
        assertThat(customers.column("loyalty").orElseThrow().comment()).isEqualTo("points earned");
        assertThat(customers.comment()).isEqualTo("people who buy");
        assertThat(customers.checks()).extracting(c -> c.expression()).contains("status in ('ACTIVE','SUSPENDED','CLOSED')", "loyalty >= 0");
        assertThat(customers.indexes()).extracting(i -> i.name()).containsExactlyInAnyOrder("ix_customers_last_name", "ix_customers_created");
        assertThat(schema.namespace("public").orElseThrow().sequence("order_seq").orElseThrow().increment()).isEqualTo(20L);
        Table orders = table(schema, "public", "orders");
        assertThat(orders.foreignKey("fk_orders_customer").orElseThrow().onDelete().sql()).isEqualTo("CASCADE");
        Table product = table(schema, "public", "product");
        assertThat(product.column("weight_kg").orElseThrow().nullable()).isFalse();
        assertThat(product.column("weight_kg").orElseThrow().type().sql()).isEqualTo("numeric(8,3)");
    }

    @Test
    void namingStrategiesAreHonoured() {
        Schema camel = read(POSTGRES_15, "dev.strata.jpa.entities.shop",
                "org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy", null).schema();
        assertThat(table(camel, "public", "order_line").column("line_no")).isPresent();
        assertThat(table(camel, "public", "customers").column("first_name")).isPresent();
        Schema plain = read(POSTGRES_15, "dev.strata.jpa.entities.shop", null, null).schema();
        assertThat(table(plain, "public", "orderline").column("lineno")).isPresent();
        Schema maria = read(MARIADB_11, "dev.strata.jpa.entities.shop", null, null).schema();
        assertThat(table(maria, Dialect.HOME_DATABASE, "OrderLine").column("lineNo")).isPresent();
    }

    @Test
    void mariaDbGetsWhatTheServerAdds() {
        Schema schema = read(MARIADB_11, "dev.strata.jpa.entities.shop", null, null).schema();
        Table orders = table(schema, Dialect.HOME_DATABASE, "orders");
        assertThat(orders.attributes()).containsEntry("engine", "InnoDB").containsEntry("charset", "utf8mb4");
        assertThat(orders.indexes()).extracting(i -> i.name()).contains("fk_orders_customer");
        assertThat(orders.foreignKey("fk_orders_customer").orElseThrow().referencedTable()).isEqualTo(new TableRef(null, "customers"));
        assertThat(table(schema, Dialect.HOME_DATABASE, "customers").column("score").orElseThrow().type().sql()).isEqualTo("double");
    }

    @Test
    void everyObjectNamesTheEntityAndFieldItComesFrom() {
        EntityModelReader.EntityModel model = read(POSTGRES_15, "dev.strata.jpa.entities.shop", null, null);
        assertThat(model.originOf("public.customers")).isEqualTo("dev.strata.jpa.entities.shop.Customer");
        assertThat(model.originOf("public.customers.email")).isEqualTo("dev.strata.jpa.entities.shop.Customer.email");
        assertThat(model.originOf("public.customers.city")).isEqualTo("dev.strata.jpa.entities.shop.Customer.address.city");
        assertThat(model.originOf("public.customer_tags")).isEqualTo("dev.strata.jpa.entities.shop.Customer.tags");
        assertThat(model.originOf("public.orders.fk_orders_customer")).isEqualTo("dev.strata.jpa.entities.shop.Order.customer");
        assertThat(model.originOf("public.orderline.lineno")).isEqualTo("dev.strata.jpa.entities.shop.OrderLine.id.lineNo");
        EntityModelReader.EntityModel inheritance = read(POSTGRES_15, "dev.strata.jpa.entities.inheritance", null, null);
        assertThat(inheritance.originOf("public.vehicle.seats")).isEqualTo("dev.strata.jpa.entities.inheritance.Car.seats");
        assertThat(inheritance.originOf("public.vehicle.kind")).isEqualTo("dev.strata.jpa.entities.inheritance.Vehicle (discriminator)");
        assertThat(inheritance.originOf("public.invoice.createdat")).isEqualTo("dev.strata.jpa.entities.inheritance.Invoice.createdAt");
    }

    @Test
    void unmappableEntitiesSayWhatIsWrong() {
        assertThatThrownBy(() -> read(POSTGRES_15, "dev.strata.jpa.entities.broken.noid", null, null))
                .isInstanceOf(BadInputException.class).hasMessageContaining("Orphan").hasMessageContaining("identifier");
        assertThatThrownBy(() -> read(POSTGRES_15, "dev.strata.jpa.entities.broken.badtarget", null, null))
                .isInstanceOf(BadInputException.class).hasMessageContaining("Pet.owner");
        assertThatThrownBy(() -> read(POSTGRES_15, "dev.strata.jpa.entities.empty", null, null))
                .isInstanceOf(BadInputException.class).hasMessageContaining("no @Entity classes in dev.strata.jpa.entities.empty");
        assertThatThrownBy(() -> read(POSTGRES_15, "dev.strata.jpa.entities.shop", "com.example.NoSuchStrategy", null))
                .isInstanceOf(BadInputException.class)
                .hasMessage("[model] physical-naming-strategy com.example.NoSuchStrategy is not a class on the model classpath or in Hibernate");
        assertThatThrownBy(() -> read(POSTGRES_15, "dev.strata.jpa.entities.shop", null, "camel"))
                .isInstanceOf(BadInputException.class).hasMessageContaining("implicit-naming-strategy camel");
        assertThatThrownBy(() -> new HibernateModelReader().read(new SchemaSource.Entities(List.of("x"), List.of(Path.of("/no/such/dir")),
                null, null), POSTGRES_15)).isInstanceOf(BadInputException.class).hasMessageContaining("/no/such/dir does not exist");
        assertThatThrownBy(() -> new HibernateModelReader().read(new SchemaSource.Entities(List.of("x"), List.of(), null, null),
                new Database(DatabaseUrl.parse("sqlite:/tmp/x.db")))).isInstanceOf(BadInputException.class).hasMessageContaining("not SQLite");
    }
}
