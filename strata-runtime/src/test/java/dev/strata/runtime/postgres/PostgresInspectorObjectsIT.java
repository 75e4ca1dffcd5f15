package dev.strata.runtime.postgres;

import dev.strata.core.model.CheckConstraint;
import dev.strata.core.model.ColumnType;
import dev.strata.core.model.Domain;
import dev.strata.core.model.EnumType;
import dev.strata.core.model.Extension;
import dev.strata.core.model.Namespace;
import dev.strata.core.model.Schema;
import dev.strata.core.model.Sequence;
import dev.strata.core.model.View;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.strata.runtime.postgres.ScratchPostgres.namespace;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Sequences, enum types, domains, views, materialized views and extensions. */
class PostgresInspectorObjectsIT {

    @Test
    void sequences() {
        try (ScratchPostgres db = ScratchPostgres.create("objects_sequences")) {
            db.run("""
                    CREATE SEQUENCE plain;
                    CREATE SEQUENCE tuned AS integer START WITH 100 INCREMENT BY -2 MINVALUE -1000 MAXVALUE 1000 CACHE 20 CYCLE;
                    """);
            assertThat(namespace(db.inspect(), "public").sequences()).containsExactly(
                    new Sequence("plain", ColumnType.of("bigint"), 1L, 1L, 1L, Long.MAX_VALUE, 1L, false),
                    new Sequence("tuned", ColumnType.of("integer"), 100L, -2L, -1000L, 1000L, 20L, true));
        }
    }

    @Test
    void enumTypesInTheirSortOrder() {
        try (ScratchPostgres db = ScratchPostgres.create("objects_enums")) {
            db.run("""
                    CREATE TYPE mood AS ENUM ('sad', 'ok');
                    ALTER TYPE mood ADD VALUE 'meh' BEFORE 'ok';
                    ALTER TYPE mood ADD VALUE 'happy';
                    CREATE TYPE nothing AS ENUM ();
                    CREATE TYPE pair AS (a int, b int);
                    CREATE TABLE t (m mood);
                    """);
            Namespace ns = namespace(db.inspect(), "public");
            assertThat(ns.enumTypes()).containsExactly(
                    EnumType.of("mood", "sad", "meh", "ok", "happy"),
                    EnumType.of("nothing"));
            assertThat(ns.domains()).isEmpty();
        }
    }

    @Test
    void domainsWithDefaultsChecksAndCollation() {
        try (ScratchPostgres db = ScratchPostgres.create("objects_domains")) {
            db.run("""
                    CREATE DOMAIN positive AS numeric(10, 2) NOT NULL DEFAULT 1 CHECK (VALUE > 0) CHECK (VALUE < 1000000);
                    CREATE DOMAIN code AS varchar(8) COLLATE "C" CONSTRAINT code_shape CHECK (VALUE ~ '^[A-Z]+$');
                    CREATE DOMAIN plain AS text;
                    ALTER DOMAIN plain ADD CONSTRAINT plain_short CHECK (length(VALUE) < 10) NOT VALID;
                    """);
            assertThat(namespace(db.inspect(), "public").domains()).containsExactly(
                    new Domain("code", ColumnType.of("character varying", 8), true, null,
                            List.of(CheckConstraint.of("code_shape", "VALUE::text ~ '^[A-Z]+$'::text")), "C"),
                    Domain.of("plain", ColumnType.of("text")).withChecks(new CheckConstraint("plain_short", "length(VALUE) < 10", false)),
                    new Domain("positive", ColumnType.of("numeric", 10, 2), false, "1",
                            List.of(CheckConstraint.of("positive_check", "VALUE > 0::numeric"),
                                    CheckConstraint.of("positive_check1", "VALUE < 1000000::numeric")), null));
        }
    }

    @Test
    void viewsAndMaterializedViewsWithComments() {
        try (ScratchPostgres db = ScratchPostgres.create("objects_views")) {
            db.run("""
                    CREATE TABLE users (id int, email text, active boolean);
                    CREATE VIEW active_users AS SELECT id, email FROM users WHERE active;
                    CREATE MATERIALIZED VIEW user_count AS SELECT count(*) AS n FROM users;
                    COMMENT ON VIEW active_users IS 'who is in';
                    """);
            Namespace ns = namespace(db.inspect(), "public");
            assertThat(ns.views()).containsExactly(
                    new View("active_users", """
                            SELECT users.id,
                                users.email
                               FROM public.users
                              WHERE users.active""", false, "who is in"),
                    new View("user_count", """
                            SELECT count(*) AS n
                               FROM public.users""", true, null));
        }
    }

    @Test
    void extensionsWithTheirSchemaAndVersionButNotTheirObjects() {
        try (ScratchPostgres db = ScratchPostgres.create("objects_extensions")) {
            assumeTrue(db.extensionAvailable("citext"), "the citext extension is not available on this server");
            assumeTrue(db.extensionAvailable("pgcrypto"), "the pgcrypto extension is not available on this server");
            db.run("""
                    CREATE SCHEMA ext;
                    CREATE EXTENSION citext SCHEMA ext;
                    CREATE EXTENSION pgcrypto;
                    CREATE TABLE t (name ext.citext, id uuid DEFAULT gen_random_uuid());
                    """);
            String citextVersion = db.session().queryOne("SELECT extversion FROM pg_extension WHERE extname = 'citext'", r -> r.getString(1));
            String pgcryptoVersion = db.session().queryOne("SELECT extversion FROM pg_extension WHERE extname = 'pgcrypto'", r -> r.getString(1));
            Schema schema = db.inspect();
            assertThat(schema.extensions()).containsExactly(
                    new Extension("citext", "ext", citextVersion), new Extension("pgcrypto", "public", pgcryptoVersion));
            Namespace ext = namespace(schema, "ext");
            assertThat(ext.tables()).isEmpty();
            assertThat(ext.domains()).isEmpty();
            assertThat(ext.enumTypes()).isEmpty();
            assertThat(ScratchPostgres.table(schema, "public", "t").columns().get(0).type()).isEqualTo(ColumnType.of("ext.citext"));
            assertThat(ScratchPostgres.table(schema, "public", "t").columns().get(1).defaultExpression()).isEqualTo("gen_random_uuid()");
        }
    }
}
