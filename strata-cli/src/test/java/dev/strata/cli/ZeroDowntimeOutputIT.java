package dev.strata.cli;

import dev.strata.runtime.JdbcSession;
import dev.strata.runtime.ScratchDatabase;
import dev.strata.runtime.config.DatabaseKind;
import dev.strata.runtime.testing.Migrations;
import dev.strata.runtime.testing.TestServers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What zero-downtime execution prints through the command line: backfill progress on the command's stderr (a bar on a
 * terminal, lines elsewhere, nothing with -q, never the process's own stderr), {@code [execution] long-transaction}
 * from strata.toml, and {@code upgrade --sql} showing how a backfill runs instead of a {batch} placeholder.
 * One scratch database for the class; each test uses its own tables.
 */
class ZeroDowntimeOutputIT {
    private static ScratchDatabase scratch;
    private static String url;

    @TempDir
    Path tmp;

    @BeforeAll
    static void createDatabase() {
        scratch = ScratchDatabase.create(TestServers.server(DatabaseKind.POSTGRES), "cli_zd_output");
        url = scratch.database().url().redacted();
    }

    @AfterAll
    static void dropDatabase() {
        scratch.close();
    }

    /** A table of 1,000 rows and a backfill over it in batches of 100, in the given schema (one per test). */
    private Migrations backfill(String schema) {
        Migrations m = new Migrations(tmp.resolve("migrations"));
        m.add("bf0000000001", "base", "CREATE SCHEMA " + schema + ";\nCREATE TABLE " + schema + ".readings (id INTEGER PRIMARY KEY,"
                + " value INTEGER, doubled INTEGER);\nINSERT INTO " + schema + ".readings (id, value) SELECT g, g FROM generate_series(1, 1000) g;",
                "DROP SCHEMA " + schema + " CASCADE;");
        m.write("bf0000000002", "bf0000000001", "-- strata:transactional false\n",
                "-- strata:backfill table=" + schema + ".readings key=id batch=100\n"
                        + "UPDATE " + schema + ".readings SET doubled = value * 2 WHERE {batch};",
                "UPDATE " + schema + ".readings SET doubled = NULL;");
        return m;
    }

    /** Runs the CLI the way Main.main does for a terminal or not, and captures what reaches the process's own stderr too. */
    private record Run(int code, String out, String err, String processErr) {
    }

    private Run run(boolean terminal, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        PrintStream original = System.err;
        ByteArrayOutputStream processErr = new ByteArrayOutputStream();
        System.setErr(new PrintStream(processErr, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = Main.run(new PrintWriter(out), new PrintWriter(err), Map.of(), tmp, terminal, args);
        } finally {
            System.setErr(original);
        }
        return new Run(code, out.toString(), err.toString(), processErr.toString(StandardCharsets.UTF_8));
    }

    @Test
    void backfillProgressGoesToTheCommandsStderrAsLinesOrABarAndNotAtAllWithQuiet() {
        backfill("bf_plain");
        Run plain = run(false, "--url", url, "--dir", "migrations", "upgrade");
        assertThat(plain.code()).as(plain.err()).isZero();
        assertThat(plain.err()).contains("Backfill of bf_plain.readings by id in batches of 100\n")
                .contains("  done: 1,000 rows updated in 10 batches").doesNotContain("\r");
        assertThat(plain.processErr()).isEmpty();
        assertThat(plain.out()).contains("Upgraded ").doesNotContain("Backfill");

        run(false, "--url", url, "--dir", "migrations", "downgrade", "base");
        Run quiet = run(false, "--url", url, "--dir", "migrations", "-q", "upgrade");
        assertThat(quiet.code()).as(quiet.err()).isZero();
        assertThat(quiet.err()).isEmpty();
        assertThat(quiet.processErr()).isEmpty();

        run(false, "--url", url, "--dir", "migrations", "downgrade", "base");
        Run terminal = run(true, "--url", url, "--dir", "migrations", "upgrade");
        assertThat(terminal.code()).as(terminal.err()).isZero();
        assertThat(terminal.err()).contains("Backfill of bf_plain.readings by id in batches of 100\n")
                .contains("\r[").contains(" of ~1,000 rows (").contains(" rows/s")
                .contains("[##############################]  done: 1,000 rows updated in 10 batches");
        assertThat(terminal.processErr()).isEmpty();
        try (JdbcSession s = scratch.database().open()) {
            assertThat(s.<Long>queryOne("SELECT count(*) FROM bf_plain.readings WHERE doubled = value * 2", r -> r.getLong(1)))
                    .isEqualTo(1000L);
        }
        run(false, "--url", url, "--dir", "migrations", "downgrade", "base");
    }

    @Test
    void upgradeSqlShowsTheBatchStatementWithItsBoundsAndHowItRunsInsteadOfAPlaceholder() {
        backfill("bf_review");
        Cli.Result sql = new Cli(tmp).run("--url", url, "--dir", "migrations", "upgrade", "--sql");
        assertThat(sql.code()).as(sql.toString()).isZero();
        assertThat(sql.out()).doesNotContain("{batch}")
                .contains("-- strata:backfill: the statement below runs in batches of up to 100 rows of bf_review.readings in id order,"
                        + " each batch its own transaction")
                .contains("--   $2 := SELECT max(id) FROM (SELECT id FROM bf_review.readings WHERE id > $1 ORDER BY id LIMIT 100) b;")
                .contains("recorded in strata_backfill_progress")
                .contains("\nUPDATE bf_review.readings SET doubled = value * 2 WHERE (id > $1 AND id <= $2);\n");
    }

    @Test
    void longTransactionInStrataTomlNamesOlderSessionsBeforeAStrongLockAndIsTheDefaultOfLongTransactions() throws Exception {
        Files.writeString(tmp.resolve("strata.toml"), "[execution]\nlong-transaction = \"300ms\"\n");
        Migrations m = new Migrations(tmp.resolve("migrations"));
        m.add("1a0000000001", "base", "CREATE TABLE lt_items (id INTEGER PRIMARY KEY);", "DROP TABLE lt_items;");
        m.add("1a0000000002", "1a0000000001", "ALTER TABLE lt_items ADD COLUMN note TEXT;", "ALTER TABLE lt_items DROP COLUMN note;");
        Cli cli = new Cli(tmp);
        assertThat(cli.run("--url", url, "upgrade", "1a0000000001").code()).isZero();
        try (JdbcSession idle = scratch.database().open()) {
            idle.execute("SET application_name = 'forgotten-report'");
            idle.autoCommit(false);
            idle.execute("SELECT 1");
            Thread.sleep(700);

            Cli.Result listed = cli.run("--url", url, "long-transactions");
            assertThat(listed.code()).as(listed.toString()).isEqualTo(1);
            assertThat(listed.out()).contains("been in a transaction for more than 300 ms").contains("\"forgotten-report\"");
            Cli.Result optionWins = cli.run("--url", url, "long-transactions", "--older-than", "1h");
            assertThat(optionWins.code()).as(optionWins.toString()).isZero();

            Cli.Result upgraded = cli.run("--url", url, "upgrade");
            assertThat(upgraded.code()).as(upgraded.toString()).isZero();
            assertThat(upgraded.err()).contains("been in a transaction for more than 300 ms; `ALTER TABLE lt_items ADD COLUMN note TEXT`"
                    + " needs a strong lock").contains("\"forgotten-report\"");
            idle.commit();
        }
        assertThat(cli.run("--url", url, "downgrade", "base").code()).isZero();
    }
}
