package dev.strata.core.diff;

import dev.strata.core.model.Column;
import dev.strata.core.model.ForeignKey;
import dev.strata.core.model.Index;
import dev.strata.core.model.Namespace;
import dev.strata.core.model.PrimaryKey;
import dev.strata.core.model.Schema;
import dev.strata.core.model.Table;
import dev.strata.core.model.TableRef;

import java.util.List;

/** Small models for the differ's tests. */
final class Fixtures {
    static final String NS = "public";
    static final TableRef USERS = TableRef.of(NS, "users");
    static final TableRef ORDERS = TableRef.of(NS, "orders");

    private Fixtures() {
    }

    static Column id() {
        return Column.of("id", "bigint").notNull();
    }

    static Table users() {
        return Table.of("users", id(), Column.of("email", "character varying(255)").notNull(),
                        Column.of("created_at", "timestamp with time zone").notNull().withDefault("now()"))
                .withPrimaryKey(PrimaryKey.of("id").named("users_pkey"))
                .withIndexes(Index.unique("ix_users_email", "email"));
    }

    static ForeignKey ordersUserFk() {
        return ForeignKey.of("fk_orders_user", List.of("user_id"), USERS, List.of("id"));
    }

    static Table orders() {
        return Table.of("orders", id(), Column.of("user_id", "bigint").notNull(), Column.of("total", "numeric(10,2)"))
                .withPrimaryKey(PrimaryKey.of("id").named("orders_pkey"))
                .withForeignKeys(ordersUserFk())
                .withIndexes(Index.on("ix_orders_user", "user_id"));
    }

    static Schema schema(Table... tables) {
        return Schema.of(Namespace.of(NS, tables));
    }
}
