package dev.strata.runtime.postgres;

import dev.strata.core.model.Namespace;
import dev.strata.core.model.Schema;
import dev.strata.core.model.Table;
import dev.strata.runtime.postgres.PostgresInspector.Inspection;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static dev.strata.runtime.postgres.ScratchPostgres.namespace;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** What is not the user's schema: Strata's own tables, extension-owned objects, system schemas. */
class PostgresInspectorExclusionsIT {

    @Test
    void strataTablesInAnySchemaAreLeftOut() {
        try (ScratchPostgres db = ScratchPostgres.create("exclusions_strata")) {
            PostgresDialect dialect = new PostgresDialect();
            dialect.createBookkeepingTables(null).forEach(db::run);
            dialect.createBookkeepingTables("ops").forEach(db::run);
            db.run("CREATE TABLE ops.jobs (id int)");
            Schema schema = db.inspect();
            assertThat(schema.namespaces()).extracting(Namespace::name).containsExactly("ops", "public");
            assertThat(namespace(schema, "public").tables()).isEmpty();
            assertThat(namespace(schema, "public").sequences()).isEmpty();
            assertThat(namespace(schema, "ops").tables()).extracting(Table::name).containsExactly("jobs");
            assertThat(namespace(schema, "ops").sequences()).isEmpty();
        }
    }

    @Test
    void objectsAnExtensionOwnsAreLeftOut() {
        try (ScratchPostgres db = ScratchPostgres.create("exclusions_extension")) {
            assumeTrue(db.extensionAvailable("hstore"), "the hstore extension is not available on this server");
            assumeTrue(db.extensionAvailable("citext"), "the citext extension is not available on this server");
            db.run("""
                    CREATE EXTENSION hstore;
                    CREATE EXTENSION citext;
                    CREATE TABLE mine (attrs public.hstore, name public.citext);
                    """);
            Schema schema = db.inspect();
            Namespace ns = namespace(schema, "public");
            assertThat(ns.tables()).extracting(Table::name).containsExactly("mine");
            assertThat(ns.domains()).isEmpty();
            assertThat(ns.enumTypes()).isEmpty();
            assertThat(ns.views()).isEmpty();
            assertThat(ns.sequences()).isEmpty();
        }
    }

    @Test
    void anExtensionThatCreatesTablesAndSequences() {
        try (ScratchPostgres db = ScratchPostgres.create("exclusions_ext_tables")) {
            // an extension of our own, from the server's share directory, is not possible in a test; the
            // same catalog links (pg_depend deptype 'e') are made by ALTER EXTENSION ... ADD
            assumeTrue(db.extensionAvailable("citext"), "the citext extension is not available on this server");
            db.run("""
                    CREATE EXTENSION citext;
                    CREATE TABLE owned (id serial PRIMARY KEY);
                    CREATE SEQUENCE owned_seq;
                    CREATE VIEW owned_view AS SELECT 1 AS one;
                    CREATE TYPE owned_enum AS ENUM ('a');
                    ALTER EXTENSION citext ADD TABLE owned;
                    ALTER EXTENSION citext ADD SEQUENCE owned_seq;
                    ALTER EXTENSION citext ADD VIEW owned_view;
                    ALTER EXTENSION citext ADD TYPE owned_enum;
                    CREATE TABLE mine (id int);
                    """);
            Namespace ns = namespace(db.inspect(), "public");
            assertThat(ns.tables()).extracting(Table::name).containsExactly("mine");
            assertThat(ns.sequences()).isEmpty();
            assertThat(ns.views()).isEmpty();
            assertThat(ns.enumTypes()).isEmpty();
        }
    }

    @Test
    void systemSchemasAreNeverRead() {
        try (ScratchPostgres db = ScratchPostgres.create("exclusions_system")) {
            db.run("CREATE TEMPORARY TABLE scratch (id int)");
            Schema schema = db.inspect();
            assertThat(schema.namespaces()).extracting(Namespace::name).containsExactly("public");
            assertThat(schema.extensions()).isEmpty();
            assertThat(db.inspect("pg_catalog", "information_schema").namespaces()).isEmpty();
        }
    }

    @Test
    void theSessionIsLeftAsItWas() {
        try (ScratchPostgres db = ScratchPostgres.create("exclusions_session")) {
            db.run("CREATE SCHEMA app; CREATE TABLE app.t (id int); SET search_path = app, public");
            Inspection inspection = new PostgresInspector().read(db.session(), Set.of());
            assertThat(inspection.schema().namespaces()).extracting(Namespace::name).containsExactly("app", "public");
            assertThat(searchPath(db)).isEqualTo("app, public");
            boolean autoCommit = db.session().withConnection(c -> c.getAutoCommit());
            assertThat(autoCommit).isTrue();

            // inside the caller's transaction: search_path is put back, and the transaction stays open
            db.session().autoCommit(false);
            db.run("CREATE TABLE app.u (id int)");
            Schema inTransaction = new PostgresInspector().inspect(db.session(), Set.of("app"));
            assertThat(namespace(inTransaction, "app").tables()).extracting(Table::name).containsExactly("t", "u");
            assertThat(searchPath(db)).isEqualTo("app, public");
            db.session().rollbackQuietly();
            db.session().autoCommit(true);
            assertThat(namespace(db.inspect(), "app").tables()).extracting(Table::name).containsExactly("t");
        }
    }

    private static String searchPath(ScratchPostgres db) {
        return db.session().queryOne("SHOW search_path", r -> r.getString(1));
    }
}
