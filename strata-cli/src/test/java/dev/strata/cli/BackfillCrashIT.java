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
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The proof: a backfill of 1,000,000 rows, run by `strata upgrade` in a process of its own, killed with
 * SIGKILL half-way, resumes on the next `strata upgrade` where it stopped, and every row ends updated exactly once.
 */
class BackfillCrashIT {
    private static final int ROWS = 1_000_000;

    @TempDir
    Path tmp;

    @Test
    void aBackfillKilledHalfWayResumesAndUpdatesEveryRowExactlyOnce() throws Exception {
        Migrations m = new Migrations(tmp.resolve("migrations"));
        m.add("bf1000000001", "base", "CREATE TABLE orders (id BIGINT PRIMARY KEY, price NUMERIC NOT NULL, quantity INTEGER NOT NULL,"
                + " touched INTEGER NOT NULL DEFAULT 0);\n"
                + "INSERT INTO orders (id, price, quantity) SELECT g, g % 100, g % 7 FROM generate_series(1, " + ROWS + ") g;",
                "DROP TABLE orders;");
        m.write("bf1000000002", "bf1000000001", "-- strata:transactional false\n",
                "ALTER TABLE orders ADD COLUMN IF NOT EXISTS total NUMERIC;\n\n"
                        + "-- strata-backfill table=orders key=id batch=10000\n"
                        + "UPDATE orders SET total = price * quantity, touched = touched + 1 WHERE {batch};",
                "ALTER TABLE orders DROP COLUMN total;");
        try (ScratchDatabase scratch = ScratchDatabase.create(TestServers.server(DatabaseKind.POSTGRES), "backfill_crash")) {
            String url = scratch.database().url().redacted();
            Cli.Result first = new Cli(tmp).run("--url", url, "--dir", "migrations", "upgrade", "bf1000000001");
            assertThat(first.code()).as(first.toString()).isZero();

            Path log = tmp.resolve("runner.log");
            Process runner = StrataProcess.start(tmp, log, "--url", url, "--dir", "migrations", "upgrade");
            long seenAtKill;
            try (JdbcSession s = scratch.database().open()) {
                waitUntil(() -> progress(s) >= ROWS / 2, "the backfill is half-way", runner, log);
                runner.destroyForcibly(); // SIGKILL, mid-batch or between batches
                assertThat(runner.waitFor(10, TimeUnit.SECONDS)).isTrue();
                waitUntil(() -> s.<Long>queryOne("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
                        + " AND pid <> pg_backend_pid() AND state <> 'idle'", r -> r.getLong(1)) == 0, "its backend stopped", null, log);
                seenAtKill = progress(s);
                assertThat(seenAtKill).isBetween((long) ROWS / 2, (long) ROWS - 1);
                assertThat(s.query("SELECT revision FROM strata_version", r -> r.getString(1))).containsExactly("bf1000000001");
                assertThat(s.<Long>queryOne("SELECT count(*) FROM orders WHERE touched = 1", r -> r.getLong(1)))
                        .as("what the progress table says is what was committed").isEqualTo(seenAtKill);
            }

            Cli.Result resumed = new Cli(tmp).run("--url", url, "--dir", "migrations", "--lock-wait", "30s", "upgrade");
            assertThat(resumed.code()).as(resumed.toString()).isZero();
            assertThat(resumed.out()).contains("bf1000000002");
            try (JdbcSession s = scratch.database().open()) {
                assertThat(s.query("SELECT touched || ' x ' || count(*) FROM orders GROUP BY touched", r -> r.getString(1)))
                        .as("every row updated exactly once").isEqualTo(List.of("1 x " + ROWS));
                assertThat(s.<Long>queryOne("SELECT count(*) FROM orders WHERE total IS DISTINCT FROM price * quantity", r -> r.getLong(1)))
                        .isZero();
                assertThat(s.query("SELECT revision FROM strata_version", r -> r.getString(1))).containsExactly("bf1000000002");
            }
            System.out.println("--- killed run\n" + Files.readString(log) + "--- resumed run\n" + resumed.err() + resumed.out());
        }
    }

    private static long progress(JdbcSession s) {
        if (!s.<Boolean>queryOne("SELECT to_regclass('strata_backfill_progress') IS NOT NULL", r -> r.getBoolean(1))) {
            return 0;
        }
        return s.<Long>queryOne("SELECT coalesce(sum(rows_seen), 0) FROM strata_backfill_progress", r -> r.getLong(1));
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition, String what, Process runner, Path log) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline || runner != null && !runner.isAlive()) {
                throw new AssertionError("gave up waiting until " + what + "; runner log:\n" + Files.readString(log));
            }
            Thread.sleep(20);
        }
    }
}
