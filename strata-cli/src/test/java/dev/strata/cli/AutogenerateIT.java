package dev.strata.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.strata.runtime.JdbcSession;
import dev.strata.runtime.ScratchDatabase;
import dev.strata.runtime.config.DatabaseKind;
import dev.strata.runtime.testing.Migrations;
import dev.strata.runtime.testing.TestServers;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The model as the source of truth: check, revision --autogenerate, drift and diff, as a user runs them. */
class AutogenerateIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private static Cli.Result ok(Cli.Result result) {
        assertThat(result.code()).as(result.toString()).isZero();
        return result;
    }

    private List<Path> migrationFiles() throws Exception {
        try (Stream<Path> files = Files.list(tmp.resolve("migrations"))) {
            return files.sorted().toList();
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void theModelDrivesTheMigrations(DatabaseKind kind) throws Exception {
        try (ScratchDatabase scratch = ScratchDatabase.create(TestServers.server(kind), "autogenerate")) {
            String url = scratch.database().url().redacted();
            Files.writeString(tmp.resolve("strata.toml"), "[database]\nurl = \"" + url.replace("\\", "\\\\") + "\"\n\n"
                    + "[model]\nschema-files = [\"schema.sql\"]\n");
            Migrations m = new Migrations(tmp.resolve("migrations"));
            m.add("a10000000001", "base", "CREATE TABLE users (id INTEGER NOT NULL PRIMARY KEY, email VARCHAR(200) NOT NULL);",
                    "DROP TABLE users;");
            Files.writeString(tmp.resolve("schema.sql"), """
                    CREATE TABLE users (
                        id INTEGER NOT NULL PRIMARY KEY,
                        email VARCHAR(200) NOT NULL,
                        display_name VARCHAR(100)
                    );
                    CREATE INDEX ix_users_email ON users (email);
                    """);
            Cli cli = new Cli(tmp);

            // not at head yet: autogenerate and check refuse
            Cli.Result early = cli.run("revision", "--autogenerate", "-m", "too early");
            assertThat(early.code()).as(early.toString()).isEqualTo(2);
            assertThat(early.err()).contains("not at head");
            ok(cli.run("upgrade"));

            Cli.Result check = cli.run("check");
            assertThat(check.code()).as(check.toString()).isEqualTo(1);
            assertThat(check.out()).contains("display_name").contains("ix_users_email");
            JsonNode differences = JSON.readTree(cli.run("check", "--format", "json").out()).get("differences");
            assertThat(differences).hasSize(2);

            ok(cli.run("revision", "--autogenerate", "-m", "add display name", "--rev-id", "a10000000002"));
            String generated = Files.readString(tmp.resolve("migrations/a10000000002_add_display_name.sql"));
            assertThat(generated).contains("-- strata:revises a10000000001").contains("display_name").contains("ix_users_email");
            ok(cli.run("upgrade"));
            assertThat(ok(cli.run("check")).out()).contains("matches the model");

            Cli.Result nothing = ok(cli.run("revision", "--autogenerate", "-m", "nothing"));
            assertThat(nothing.out()).contains("nothing written");
            assertThat(migrationFiles()).hasSize(2);

            // the generated downgrade undoes it
            ok(cli.run("downgrade", "-1"));
            assertThat(cli.run("check").code()).as("check needs the database at head").isEqualTo(2);
            Cli.Result undone = cli.run("diff", "--from", url, "--to", "model", "--exit-code");
            assertThat(undone.code()).as(undone.toString()).isEqualTo(1);
            assertThat(undone.out()).contains("display_name");
            ok(cli.run("upgrade"));

            // a column dropped from the model is written with a visible allowance
            Files.writeString(tmp.resolve("schema.sql"), """
                    CREATE TABLE users (
                        id INTEGER NOT NULL PRIMARY KEY,
                        email VARCHAR(200) NOT NULL
                    );
                    CREATE INDEX ix_users_email ON users (email);
                    """);
            ok(cli.run("revision", "--autogenerate", "-m", "drop display name", "--rev-id", "a10000000003"));
            assertThat(Files.readString(tmp.resolve("migrations/a10000000003_drop_display_name.sql")))
                    .contains("-- strata:allow drop-column removed from the model");
            ok(cli.run("upgrade"));
            assertThat(ok(cli.run("check")).out()).contains("matches the model");

            // drift: nothing, then a change made by hand
            assertThat(ok(cli.run("drift")).out()).contains("No drift");
            try (JdbcSession s = scratch.database().open()) {
                s.execute("ALTER TABLE users ADD COLUMN sneaky INTEGER");
            }
            Cli.Result drift = cli.run("drift");
            assertThat(drift.code()).as(drift.toString()).isEqualTo(1);
            assertThat(drift.out()).contains("sneaky");

            // diff prints only SQL, from the migrations to the model
            Cli.Result diff = ok(cli.run("diff", "--from", url, "--to", "model"));
            assertThat(diff.out().lines().filter(l -> !l.isBlank()).allMatch(l -> l.startsWith("--") || l.endsWith(";") || l.startsWith(" ")))
                    .as(diff.out()).isTrue();
            assertThat(diff.out()).contains("sneaky");
            assertThat(cli.run("diff", "--from", "migrations", "--to", "model", "--exit-code").code()).isZero();
        }
    }

    @org.junit.jupiter.api.Test
    void anUnsafeGeneratedMigrationIsReportedWhenWrittenAndRefusedByTheGate() throws Exception {
        try (ScratchDatabase scratch = ScratchDatabase.create(TestServers.server(DatabaseKind.POSTGRES), "autogen_lint")) {
            String url = scratch.database().url().redacted();
            Files.writeString(tmp.resolve("strata.toml"), "[database]\nurl = \"" + url + "\"\n\n[model]\nschema-files = [\"schema.sql\"]\n");
            new Migrations(tmp.resolve("migrations")).add("a20000000001", "base",
                    "CREATE TABLE scores (id INTEGER NOT NULL PRIMARY KEY, points INTEGER);", "DROP TABLE scores;");
            Files.writeString(tmp.resolve("schema.sql"), "CREATE TABLE scores (id INTEGER NOT NULL PRIMARY KEY, points BIGINT);\n");
            Cli cli = new Cli(tmp);
            ok(cli.run("upgrade"));

            Cli.Result written = ok(cli.run("revision", "--autogenerate", "-m", "wider points", "--rev-id", "a20000000002"));
            assertThat(written.out()).contains("Created migrations/a20000000002_wider_points.sql");
            assertThat(written.err()).contains("Lint of the new migration: 1 error(s), 0 warning(s)")
                    .contains("strata upgrade` refuses it")
                    .contains("a20000000002_wider_points.sql:").contains("error pg-alter-column-type-rewrite");

            Cli.Result refused = cli.run("upgrade");
            assertThat(refused.code()).as(refused.toString()).isEqualTo(1);
            assertThat(ok(cli.run("current")).out()).contains("a20000000001");
            ok(cli.run("upgrade", "--allow-unsafe"));
            assertThat(ok(cli.run("check")).out()).contains("matches the model");
        }
    }

    @ParameterizedTest
    @EnumSource(value = DatabaseKind.class, names = {"POSTGRES", "SQLITE"})
    void aSchemaFileWithAnErrorNamesFileAndLine(DatabaseKind kind) throws Exception {
        try (ScratchDatabase scratch = ScratchDatabase.create(TestServers.server(kind), "bad_model")) {
            Files.writeString(tmp.resolve("broken.sql"), "CREATE TABLE ok_t (id INTEGER);\n\nCREATE TABLE broken (id INTEGR PRIMARY KEY,, x);\n");
            Cli.Result result = new Cli(tmp).run("--url", scratch.database().url().redacted(), "diff", "--from", "broken.sql", "--to", "broken.sql");
            assertThat(result.code()).as(result.toString()).isEqualTo(2);
            assertThat(result.errLines()).singleElement().asString().contains("broken.sql:3");
        }
    }
}
