package dev.strata.cli;

import dev.strata.runtime.JdbcSession;
import dev.strata.runtime.ScratchDatabase;
import dev.strata.runtime.config.DatabaseKind;
import dev.strata.runtime.testing.Migrations;
import dev.strata.runtime.testing.TestServers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A runner killed with SIGKILL in the middle of a long migration leaves the previous revision and no lock. */
class CrashIT {
    @TempDir
    Path tmp;

    @Test
    void aKilledRunnerLeavesThePreviousRevisionAndNoLock() throws Exception {
        Migrations m = new Migrations(tmp.resolve("migrations"));
        m.add("dead00000001", "base", "CREATE TABLE slow_flag (on_ INTEGER);\nINSERT INTO slow_flag VALUES (1);", "DROP TABLE slow_flag;");
        m.add("dead00000002", "dead00000001",
                "CREATE TABLE half_done (id INTEGER);\nSELECT pg_sleep(CASE WHEN EXISTS (SELECT 1 FROM slow_flag) THEN 60 ELSE 0 END);",
                "DROP TABLE half_done;");
        try (ScratchDatabase scratch = ScratchDatabase.create(TestServers.server(DatabaseKind.POSTGRES), "crash")) {
            String url = scratch.database().url().redacted();
            assertThat(new Cli(tmp).run("--url", url, "--dir", "migrations", "upgrade", "dead00000001").code()).isZero();

            Process runner = StrataProcess.start(tmp, tmp.resolve("runner.log"), "--url", url, "--dir", "migrations", "upgrade");
            try (JdbcSession s = scratch.database().open()) {
                waitUntil(() -> s.queryOne("SELECT count(*) FROM pg_stat_activity WHERE query LIKE '%pg_sleep(CASE%' AND state = 'active'"
                        + " AND datname = current_database() AND pid <> pg_backend_pid()", r -> r.getLong(1)) > 0, "the migration is running");
                runner.destroyForcibly(); // SIGKILL
                assertThat(runner.waitFor(10, TimeUnit.SECONDS)).isTrue();
                waitUntil(() -> s.queryOne("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'"
                        + " AND database = (SELECT oid FROM pg_database WHERE datname = current_database())", r -> r.getLong(1)) == 0,
                        "the advisory lock is gone");
                waitUntil(() -> s.queryOne("SELECT count(*) FROM pg_stat_activity WHERE query LIKE '%pg_sleep(CASE%'"
                        + " AND state = 'active' AND datname = current_database() AND pid <> pg_backend_pid()", r -> r.getLong(1)) == 0, "the backend stopped");
                assertThat(s.query("SELECT revision FROM strata_version", r -> r.getString(1))).containsExactly("dead00000001");
                boolean halfDoneAbsent = s.queryOne("SELECT to_regclass('half_done') IS NULL", r -> r.getBoolean(1));
                assertThat(halfDoneAbsent).as("the killed migration's table was rolled back").isTrue();
                s.execute("DELETE FROM slow_flag");
            }
            Cli.Result next = new Cli(tmp).run("--url", url, "--dir", "migrations", "--lock-wait", "30s", "upgrade");
            assertThat(next.code()).as(next.toString()).isZero();
            assertThat(next.out()).contains("dead00000002");
            try (JdbcSession s = scratch.database().open()) {
                assertThat(s.query("SELECT revision FROM strata_version", r -> r.getString(1))).containsExactly("dead00000002");
            }
        }
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting until " + what);
            }
            Thread.sleep(100);
        }
    }
}
