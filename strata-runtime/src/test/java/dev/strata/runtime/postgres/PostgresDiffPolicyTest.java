package dev.strata.runtime.postgres;

import dev.strata.core.diff.ConstraintKind;
import dev.strata.core.model.CheckConstraint;
import dev.strata.core.model.Column;
import dev.strata.core.model.ColumnType;
import dev.strata.core.model.ForeignKey;
import dev.strata.core.model.Index;
import dev.strata.core.model.IndexElement;
import dev.strata.core.model.Table;
import dev.strata.core.model.TableRef;
import dev.strata.core.model.UniqueConstraint;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** PostgreSQL's answers to the differ, without a database. */
class PostgresDiffPolicyTest {
    private final PostgresDiffPolicy policy = new PostgresDiffPolicy();

    @ParameterizedTest
    @CsvSource(delimiter = ';', quoteCharacter = '`', value = {
            "int4;integer", "int;integer", "int8;bigint", "int2;smallint", "serial;integer", "bigserial;bigint",
            "smallserial;smallint", "serial4;integer", "varchar(255);character varying(255)", "varchar;character varying",
            "timestamptz;timestamp with time zone", "timestamptz(3);timestamp(3) with time zone",
            "timestamp;timestamp without time zone", "timestamp(6);timestamp without time zone", "timetz;time with time zone",
            "bool;boolean", "float8;double precision", "float;double precision", "float4;real", "float(24);real",
            "decimal(10,2);numeric(10, 2)", "numeric(10);numeric(10,0)", "bpchar(3);character(3)", "char;character(1)",
            "bit;bit(1)", "varbit(8);bit varying(8)", "_int4;integer[]", "int4[];integer[]", "INTEGER ARRAY;integer[]",
            "mood;public.mood", "public.mood;\"public\".\"mood\"", "mood[];public.mood[]", "pg_catalog.int4;integer",
            "interval(6);interval", "JSONB;jsonb"})
    void equivalentTypes(String a, String b) {
        assertThat(policy.typesEquivalent(ColumnType.parse(a), ColumnType.parse(b))).isTrue();
        assertThat(policy.typesEquivalent(ColumnType.parse(b), ColumnType.parse(a))).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', quoteCharacter = '`', value = {
            "integer;bigint", "varchar(10);varchar(20)", "varchar;text", "numeric;numeric(10,2)", "numeric(10);numeric(10,2)",
            "timestamp;timestamptz", "timestamp(3);timestamp", "integer;integer[]", "character(2);character",
            "public.mood;billing.mood", "mood;mood2", "\"Mood\";mood", "json;jsonb", "int4range;int8range"})
    void differentTypes(String a, String b) {
        assertThat(policy.typesEquivalent(ColumnType.parse(a), ColumnType.parse(b))).isFalse();
        assertThat(policy.typesEquivalent(ColumnType.parse(b), ColumnType.parse(a))).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', quoteCharacter = '`', value = {
            "'a'::text;'a';text", "now();CURRENT_TIMESTAMP;timestamp with time zone",
            "'{}'::jsonb;'{}';jsonb", "'ok'::public.mood;'ok';public.mood", "'ok'::public.mood;'ok'::mood;mood",
            "'a'::character varying;'a';character varying(10)", "0.0;0;numeric(5,4)", "true;'t';boolean",
            "'{}'::text[];'{}';text[]", "pg_catalog.now();now();timestamp with time zone",
            "('now'::text)::timestamp with time zone;CURRENT_TIMESTAMP;timestamp with time zone",
            "'NL'::bpchar;'NL';character(2)", "NULL::text;;text"})
    void equivalentDefaults(String a, String b, String type) {
        assertThat(policy.defaultsEquivalent(a, b, ColumnType.parse(type))).isTrue();
        assertThat(policy.defaultsEquivalent(b, a, ColumnType.parse(type))).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', quoteCharacter = '`', value = {"'a'::text;'b';text", "now();CURRENT_DATE;timestamp with time zone", "1;2;integer",
            "'{}'::jsonb;'[]';jsonb", ";0;integer"})
    void differentDefaults(String a, String b, String type) {
        assertThat(policy.defaultsEquivalent(a, b, ColumnType.parse(type))).isFalse();
    }

    @Test
    void viewDefinitionsIgnoreLayoutAndTheFinalSemicolon() {
        String server = " SELECT users.id,\n    users.email\n   FROM public.users\n  WHERE users.active;";
        assertThat(policy.viewDefinitionsEquivalent(server, "SELECT users.id, users.email FROM public.users WHERE users.active"))
                .isTrue();
        assertThat(policy.viewDefinitionsEquivalent(server, "select users.id, users.email from public.users where users.active;"))
                .isTrue();
        assertThat(policy.viewDefinitionsEquivalent(server, "SELECT users.id FROM public.users WHERE users.active")).isFalse();
    }

    @Test
    void generatedConstraintNames() {
        Table users = new Table("users", List.of(Column.of("id", "integer"), Column.of("org", "integer"), Column.of("email", "text"),
                Column.of("age", "integer")), null,
                List.of(ForeignKey.of("users_org_fkey", List.of("org"), TableRef.of("public", "orgs"), List.of("id")),
                        ForeignKey.of("users_org_fkey1", List.of("org"), TableRef.of("public", "orgs"), List.of("id")),
                        ForeignKey.of("org_ref", List.of("org"), TableRef.of("public", "orgs"), List.of("id"))),
                List.of(UniqueConstraint.of("users_org_email_key", "org", "email"), UniqueConstraint.of("users_email_key", "org")),
                List.of(CheckConstraint.of("users_age_check", "age > 0"), CheckConstraint.of("users_check", "age < id"),
                        CheckConstraint.of("users_age_check1", "(age < 200)"), CheckConstraint.of("users_id_check", "age > 1")),
                List.of(), List.of(), null, java.util.Map.of());
        assertThat(policy.isGeneratedConstraintName(users, ConstraintKind.PRIMARY_KEY, "users_pkey")).isTrue();
        assertThat(policy.isGeneratedConstraintName(users, ConstraintKind.PRIMARY_KEY, "users_pkey2")).isTrue();
        assertThat(policy.isGeneratedConstraintName(users, ConstraintKind.PRIMARY_KEY, "users_pkey01")).isFalse();
        assertThat(policy.isGeneratedConstraintName(users, ConstraintKind.PRIMARY_KEY, "users_pk")).isFalse();
        assertThat(policy.isGeneratedConstraintName(users, ConstraintKind.PRIMARY_KEY, null)).isFalse();
        assertThat(policy.isGeneratedConstraintName(users, ConstraintKind.FOREIGN_KEY, "users_org_fkey")).isTrue();
        assertThat(policy.isGeneratedConstraintName(users, ConstraintKind.FOREIGN_KEY, "users_org_fkey1")).isTrue();
        assertThat(policy.isGeneratedConstraintName(users, ConstraintKind.FOREIGN_KEY, "org_ref")).isFalse();
        assertThat(policy.isGeneratedConstraintName(users, ConstraintKind.UNIQUE, "users_org_email_key")).isTrue();
        assertThat(policy.isGeneratedConstraintName(users, ConstraintKind.UNIQUE, "users_email_key")).as("its column is org").isFalse();
        assertThat(policy.isGeneratedConstraintName(users, ConstraintKind.CHECK, "users_age_check")).isTrue();
        assertThat(policy.isGeneratedConstraintName(users, ConstraintKind.CHECK, "users_age_check1")).isTrue();
        assertThat(policy.isGeneratedConstraintName(users, ConstraintKind.CHECK, "users_check")).isTrue();
        assertThat(policy.isGeneratedConstraintName(users, ConstraintKind.CHECK, "users_id_check")).as("it reads age").isFalse();
        assertThat(policy.isGeneratedConstraintName(users, ConstraintKind.CHECK, "no_such_check")).isFalse();
    }

    @Test
    void generatedIndexNames() {
        Table t = Table.of("orders", Column.of("customer_id", "integer"), Column.of("note", "text"));
        assertThat(policy.isGeneratedIndexName(t, Index.on("orders_customer_id_idx", "customer_id"))).isTrue();
        assertThat(policy.isGeneratedIndexName(t, Index.on("orders_customer_id_idx3", "customer_id"))).isTrue();
        assertThat(policy.isGeneratedIndexName(t, Index.on("orders_customer_id_note_idx", "customer_id").including("note"))).isTrue();
        assertThat(policy.isGeneratedIndexName(t, Index.of("orders_lower_idx", IndexElement.expression("lower(note)")))).isTrue();
        assertThat(policy.isGeneratedIndexName(t, Index.of("orders_expr_idx", IndexElement.expression("lower(note)")))).isTrue();
        assertThat(policy.isGeneratedIndexName(t, Index.on("orders_by_customer", "customer_id"))).isFalse();
        assertThat(policy.isGeneratedIndexName(t, Index.on("orders_note_idx", "customer_id"))).isFalse();
    }
}
