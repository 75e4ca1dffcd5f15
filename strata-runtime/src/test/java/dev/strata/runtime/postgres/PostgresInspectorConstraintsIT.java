package dev.strata.runtime.postgres;

import dev.strata.core.model.CheckConstraint;
import dev.strata.core.model.ExclusionConstraint;
import dev.strata.core.model.ForeignKey;
import dev.strata.core.model.IndexElement;
import dev.strata.core.model.PrimaryKey;
import dev.strata.core.model.ReferentialAction;
import dev.strata.core.model.Table;
import dev.strata.core.model.TableRef;
import dev.strata.core.model.UniqueConstraint;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.strata.runtime.postgres.ScratchPostgres.table;
import static org.assertj.core.api.Assertions.assertThat;

/** Primary keys, foreign keys, unique, check and exclusion constraints; their indexes are not indexes. */
class PostgresInspectorConstraintsIT {

    @Test
    void primaryAndForeignKeysWithActionsDeferrableAndNotValid() {
        try (ScratchPostgres db = ScratchPostgres.create("constraints_keys")) {
            db.run("""
                    CREATE SCHEMA crm;
                    CREATE TABLE crm.account (id int, region text, PRIMARY KEY (region, id));
                    CREATE TABLE users (id bigint CONSTRAINT users_pk PRIMARY KEY, account_id int, region text, boss bigint);
                    CREATE TABLE orders (
                        id bigint PRIMARY KEY,
                        user_id bigint REFERENCES users ON DELETE CASCADE ON UPDATE RESTRICT,
                        helper bigint,
                        region text, account int,
                        CONSTRAINT orders_account FOREIGN KEY (region, account) REFERENCES crm.account (region, id)
                            ON DELETE SET NULL ON UPDATE SET DEFAULT DEFERRABLE INITIALLY DEFERRED);
                    ALTER TABLE orders ADD CONSTRAINT orders_helper_fk FOREIGN KEY (helper) REFERENCES users (id)
                        DEFERRABLE NOT VALID;
                    ALTER TABLE users ADD FOREIGN KEY (boss) REFERENCES users (id);
                    """);
            var schema = db.inspect();
            Table orders = table(schema, "public", "orders");
            assertThat(orders.primaryKey()).isEqualTo(new PrimaryKey("orders_pkey", List.of("id")));
            assertThat(table(schema, "public", "users").primaryKey()).isEqualTo(new PrimaryKey("users_pk", List.of("id")));
            assertThat(table(schema, "crm", "account").primaryKey()).isEqualTo(new PrimaryKey("account_pkey", List.of("region", "id")));
            assertThat(orders.foreignKeys()).containsExactly(
                    new ForeignKey("orders_account", List.of("region", "account"), TableRef.of("crm", "account"), List.of("region", "id"),
                            ReferentialAction.SET_NULL, ReferentialAction.SET_DEFAULT, true, true, true),
                    new ForeignKey("orders_helper_fk", List.of("helper"), TableRef.of("public", "users"), List.of("id"),
                            ReferentialAction.NO_ACTION, ReferentialAction.NO_ACTION, true, false, false),
                    new ForeignKey("orders_user_id_fkey", List.of("user_id"), TableRef.of("public", "users"), List.of("id"),
                            ReferentialAction.CASCADE, ReferentialAction.RESTRICT, false, false, true));
            assertThat(table(schema, "public", "users").foreignKeys()).containsExactly(
                    ForeignKey.of("users_boss_fkey", List.of("boss"), TableRef.of("public", "users"), List.of("id")));
            assertThat(orders.indexes()).isEmpty();
        }
    }

    @Test
    void uniqueAndCheckConstraints() {
        try (ScratchPostgres db = ScratchPostgres.create("constraints_checks")) {
            db.run("""
                    CREATE TABLE t (
                        a int UNIQUE, b int, c int, price numeric CHECK (price > 0), lo int, hi int,
                        CONSTRAINT t_b_c UNIQUE NULLS NOT DISTINCT (b, c),
                        CONSTRAINT t_deferred UNIQUE (c) DEFERRABLE INITIALLY DEFERRED,
                        CONSTRAINT range_ok CHECK (lo <= hi AND hi < 100));
                    ALTER TABLE t ADD CONSTRAINT later CHECK (a IN (1, 2, 3)) NOT VALID;
                    """);
            Table t = table(db.inspect(), "public", "t");
            assertThat(t.uniques()).containsExactly(
                    new UniqueConstraint("t_a_key", List.of("a"), false, false, false),
                    new UniqueConstraint("t_b_c", List.of("b", "c"), true, false, false),
                    new UniqueConstraint("t_deferred", List.of("c"), false, true, true));
            assertThat(t.checks()).containsExactly(
                    new CheckConstraint("later", "a = ANY (ARRAY[1, 2, 3])", false),
                    new CheckConstraint("range_ok", "lo <= hi AND hi < 100", true),
                    new CheckConstraint("t_price_check", "price > 0::numeric", true));
            assertThat(t.indexes()).isEmpty();
            assertThat(t.primaryKey()).isNull();
        }
    }

    @Test
    void exclusionConstraintsOnARangeWithAPredicate() {
        try (ScratchPostgres db = ScratchPostgres.create("constraints_exclusion")) {
            db.run("""
                    CREATE TABLE booking (
                        room int4range, during tstzrange, cancelled boolean,
                        CONSTRAINT no_overlap EXCLUDE USING gist (room WITH =, during WITH &&) WHERE (NOT cancelled)
                            DEFERRABLE,
                        EXCLUDE USING gist (during WITH &&));
                    """);
            Table booking = table(db.inspect(), "public", "booking");
            assertThat(booking.exclusions()).containsExactly(
                    new ExclusionConstraint("booking_during_excl", "gist",
                            List.of(ExclusionConstraint.Element.of("during", "&&")), null, false, false),
                    new ExclusionConstraint("no_overlap", "gist",
                            List.of(ExclusionConstraint.Element.of("room", "="), ExclusionConstraint.Element.of("during", "&&")),
                            "NOT cancelled", true, false));
            assertThat(booking.indexes()).isEmpty();
        }
    }

    @Test
    void anExclusionConstraintOnAnExpression() {
        try (ScratchPostgres db = ScratchPostgres.create("constraints_exclusion_expr")) {
            db.run("""
                    CREATE TABLE slot (starts int, ends int,
                        EXCLUDE USING gist (int4range(starts, ends) WITH &&));
                    """);
            Table slot = table(db.inspect(), "public", "slot");
            assertThat(slot.exclusions()).containsExactly(new ExclusionConstraint("slot_int4range_excl", "gist",
                    List.of(new ExclusionConstraint.Element(IndexElement.expression("int4range(starts, ends)"), "&&")),
                    null, false, false));
            assertThat(new PostgresDiffPolicy().isGeneratedConstraintName(slot,
                    dev.strata.core.diff.ConstraintKind.EXCLUSION, "slot_int4range_excl")).isTrue();
        }
    }
}
