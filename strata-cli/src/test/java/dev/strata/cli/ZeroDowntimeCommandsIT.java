package dev.strata.cli;

import dev.strata.runtime.Database;
import dev.strata.runtime.JdbcSession;
import dev.strata.runtime.ScratchDatabase;
import dev.strata.runtime.config.DatabaseKind;
import dev.strata.runtime.testing.Migrations;
import dev.strata.runtime.testing.TestServers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** `strata long-transactions` and `strata backfills`, and a backfill that fails half-way, is mended and resumes. */
class ZeroDowntimeCommandsIT {
    @TempDir
    Path tmp;

    @Test
    void longTransactionsNamesSessionsIdleInATransactionAndCanWaitForThem() throws Exception {
        try (ScratchDatabase scratch = ScratchDatabase.create(TestServers.server(DatabaseKind.POSTGRES), "cli_long_tx")) {
            Database db = scratch.database();
            String url = db.url().redacted();
            Cli cli = new Cli(tmp);
            Cli.Result none = cli.run("--url", url, "long-transactions");
            assertThat(none.code()).as(none.toString()).isZero();
            assertThat(none.out()).startsWith("No session has been in a transaction for more than 30s on postgresql://");

            JdbcSession idle = db.open();
            idle.execute("SET application_name = 'nightly-report'");
            idle.autoCommit(false);
            idle.execute("SELECT count(*) FROM pg_class");
            int pid = idle.queryOne("SELECT pg_backend_pid()", r -> r.getInt(1));
            Thread.sleep(400);
            Cli.Result found = cli.run("--url", url, "long-transactions", "--older-than", "200ms");
            assertThat(found.code()).as(found.toString()).isEqualTo(1);
            assertThat(found.out()).contains("1 session has been in a transaction for more than 200 ms on postgresql://")
                    .contains("  pid " + pid + " (user postgres, application \"nightly-report\", ").contains(", idle in transaction for ")
                    .contains("SELECT pg_backend_pid()")
                    .contains("pg_terminate_backend(pid)");
            Cli.Result json = cli.run("--url", url, "--format", "json", "long-transactions", "--older-than", "200ms");
            assertThat(json.out()).contains("\"pid\" : " + pid).contains("\"application\" : \"nightly-report\"")
                    .contains("\"state\" : \"idle in transaction\"");

            CompletableFuture<Void> end = CompletableFuture.runAsync(() -> {
                sleep(1000);
                idle.commit();
                idle.close();
            });
            Cli.Result waited = cli.run("--url", url, "long-transactions", "--older-than", "200ms", "--wait", "20s");
            assertThat(waited.code()).as(waited.toString()).isZero();
            assertThat(waited.err()).contains("Waiting up to 20s for them to end");
            assertThat(waited.out()).contains("No session has been in a transaction for more than 200 ms").contains("(waited ");
            end.get(5, TimeUnit.SECONDS);
        }
    }

    @Test
    void aBackfillThatFailsHalfWayShowsWhereItStoppedAndResumesAfterRepair() {
        Migrations m = new Migrations(tmp.resolve("migrations"));
        m.add("bfc000000001", "base", "CREATE TABLE readings (id INTEGER PRIMARY KEY, value INTEGER, divisor INTEGER, ratio INTEGER,"
                + " touched INTEGER NOT NULL DEFAULT 0);\n"
                + "INSERT INTO readings (id, value, divisor) SELECT g, g * 10, CASE WHEN g = 350 THEN 0 ELSE 2 END"
                + " FROM generate_series(1, 1000) g;", "DROP TABLE readings;");
        m.write("bfc000000002", "bfc000000001", "-- strata:transactional false\n",
                "-- strata-backfill table=readings key=id batch=100\n"
                        + "UPDATE readings SET ratio = value / divisor, touched = touched + 1 WHERE {batch};",
                "UPDATE readings SET ratio = NULL;");
        try (ScratchDatabase scratch = ScratchDatabase.create(TestServers.server(DatabaseKind.POSTGRES), "cli_backfill")) {
            String url = scratch.database().url().redacted();
            Cli cli = new Cli(tmp);
            assertThat(cli.run("--url", url, "--dir", "migrations", "backfills").out()).startsWith("No backfill in progress on ");
            assertThat(cli.run("--url", url, "--dir", "migrations", "upgrade", "bfc000000001").code()).isZero();

            Cli.Result failed = cli.run("--url", url, "--dir", "migrations", "upgrade");
            assertThat(failed.code()).as(failed.toString()).isEqualTo(3);
            assertThat(failed.errLines()).first().asString().isEqualTo("Backfill of readings by id in batches of 100");
            assertThat(failed.errLines().stream().filter(l -> l.startsWith("error: "))).singleElement().asString()
                    .contains("bfc000000002_m.sql:8").contains("division by zero")
                    .contains("resumes the backfill after its last committed batch");

            Cli.Result status = cli.run("--url", url, "--dir", "migrations", "backfills");
            assertThat(status.out()).contains("bfc000000002 upgrade #1  readings by id: 300 rows seen (300 updated) in 3 batches,"
                    + " last id = 300, last batch ");

            try (JdbcSession s = scratch.database().open()) {
                s.execute("UPDATE readings SET divisor = 2 WHERE id = 350"); // the user mends the data
            }
            assertThat(cli.run("--url", url, "--dir", "migrations", "repair").code()).isZero();
            Cli.Result resumed = cli.run("--url", url, "--dir", "migrations", "upgrade");
            assertThat(resumed.code()).as(resumed.toString()).isZero();
            try (JdbcSession s = scratch.database().open()) {
                assertThat(s.query("SELECT touched || ' x ' || count(*) FROM readings GROUP BY touched", r -> r.getString(1)))
                        .containsExactly("1 x 1000");
                assertThat(s.<Long>queryOne("SELECT count(*) FROM readings WHERE ratio IS DISTINCT FROM 5 * id", r -> r.getLong(1))).isZero();
            }
            assertThat(cli.run("--url", url, "--dir", "migrations", "backfills").out()).startsWith("No backfill in progress on ");
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
