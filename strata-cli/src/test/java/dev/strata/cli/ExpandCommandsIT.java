package dev.strata.cli;

import dev.strata.runtime.ScratchDatabase;
import dev.strata.runtime.config.DatabaseKind;
import dev.strata.runtime.testing.Migrations;
import dev.strata.runtime.testing.TestServers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** `strata complete` and `strata abort` as typed: their output, --sql, --format json, errors and exit codes. */
class ExpandCommandsIT {
    @TempDir
    Path tmp;

    @Test
    void completeAndAbortFromTheCommandLine() {
        Migrations m = new Migrations(tmp.resolve("migrations"));
        m.add("cc0000000001", "base", "CREATE TABLE users (id integer PRIMARY KEY, name text);\n"
                + "INSERT INTO users VALUES (1, 'Ada'), (2, 'Grace');", "DROP TABLE users;");
        m.add("cc0000000002", "cc0000000001", "-- strata:expand rename-column table=users column=name to=full_name",
                "ALTER TABLE users RENAME COLUMN full_name TO name;");
        try (ScratchDatabase scratch = ScratchDatabase.create(TestServers.server(DatabaseKind.POSTGRES), "cli_expand")) {
            String url = scratch.database().url().redacted();
            Cli cli = new Cli(tmp);
            Cli.Result none = cli.run("--url", url, "--dir", "migrations", "complete");
            assertThat(none.code()).isEqualTo(2);
            assertThat(none.err()).startsWith("error: no expansion is open on ").doesNotContain("\tat ");

            Cli.Result sql = cli.run("--url", url, "--dir", "migrations", "upgrade", "--sql");
            assertThat(sql.code()).as(sql.toString()).isZero();
            assertThat(sql.out()).contains("CREATE OR REPLACE FUNCTION \"strata_expand_cc0000000002\"() RETURNS trigger")
                    .contains("UPDATE \"users\" SET \"full_name\" = \"name\" WHERE (/* the primary key of users, read when it runs */ > $1 AND")
                    .contains("-- strata:backfill: the statement below runs in batches of up to 1,000 rows").doesNotContain("{batch}");
            assertThat(cli.run("--url", url, "--dir", "migrations", "expansions").out()).startsWith("No expansion recorded on ");
            Cli.Result upgraded = cli.run("--url", url, "--dir", "migrations", "upgrade");
            assertThat(upgraded.code()).as(upgraded.toString()).isZero();
            assertThat(upgraded.out()).contains("Expansion open (cc0000000002): rename-column users.name -> full_name")
                    .contains("run `strata complete` once no running version uses name, or `strata abort`");
            Cli.Result open = cli.run("--url", url, "--dir", "migrations", "expansions");
            assertThat(open.out()).contains("cc0000000002  rename-column users.name -> full_name  EXPANDED")
                    .contains("`strata complete cc0000000002` or `strata abort cc0000000002`");

            Cli.Result plan = cli.run("--url", url, "--dir", "migrations", "abort", "--sql");
            assertThat(plan.out()).contains("ALTER TABLE \"public\".\"users\" DROP COLUMN IF EXISTS \"full_name\";")
                    .contains("'abort'").endsWith("COMMIT;\n");
            Cli.Result unknown = cli.run("--url", url, "--dir", "migrations", "abort", "ffff0000");
            assertThat(unknown.code()).isEqualTo(2);

            Cli.Result completed = cli.run("--url", url, "--dir", "migrations", "--format", "json", "complete", "cc0000000002");
            assertThat(completed.code()).as(completed.toString()).isZero();
            assertThat(completed.out()).contains("\"action\" : \"complete\"").contains("\"old_column\" : \"name\"");
            Cli.Result listed = cli.run("--url", url, "--dir", "migrations", "--format", "json", "expansions");
            assertThat(listed.out()).contains("\"state\" : \"completed\"").contains("\"new_columns\" : [ \"full_name\" ]");
            Cli.Result again = cli.run("--url", url, "--dir", "migrations", "complete", "cc0000000002");
            assertThat(again.code()).isEqualTo(2);
            assertThat(again.err()).contains("was already completed");
        }
    }

    @Test
    void onSqliteExpandContractIsRefusedWithExitTwo() {
        Migrations m = new Migrations(tmp.resolve("migrations"));
        m.add("cc0000000001", "base", "CREATE TABLE users (id integer PRIMARY KEY, name text);", "DROP TABLE users;");
        m.add("cc0000000002", "cc0000000001", "-- strata:expand rename-column table=users column=name to=full_name", "SELECT 1;");
        Cli cli = new Cli(tmp);
        Cli.Result upgrade = cli.run("--url", "sqlite:" + tmp.resolve("s.db"), "--dir", "migrations", "upgrade");
        assertThat(upgrade.code()).isEqualTo(2);
        assertThat(upgrade.err()).contains("expand/contract needs PostgreSQL (this database is sqlite)");
        assertThat(cli.run("--url", "sqlite:" + tmp.resolve("s.db"), "--dir", "migrations", "abort").code()).isEqualTo(2);
    }
}
