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

/** A command stopped by SIGTERM (or Ctrl-C) while it works in a scratch database drops that database on its way out. */
class ScratchAtExitIT {
    @TempDir
    Path tmp;

    @Test
    void lintVerifyStoppedHalfWayLeavesNoScratchDatabase() throws Exception {
        Migrations m = new Migrations(tmp.resolve("migrations"));
        m.add("5c7a00000001", "base", "CREATE TABLE waits (id bigint PRIMARY KEY);\nSELECT pg_sleep(60);", "DROP TABLE waits;");
        try (ScratchDatabase target = ScratchDatabase.create(TestServers.server(DatabaseKind.POSTGRES), "at_exit");
             JdbcSession admin = target.database().open()) {
            Process lint = StrataProcess.start(tmp, tmp.resolve("lint.log"),
                    "--url", target.database().url().redacted(), "--dir", "migrations", "lint", "--verify");
            String running = "SELECT datname FROM pg_stat_activity WHERE query LIKE 'SELECT pg_sleep(60)%' AND state = 'active'"
                    + " AND datname LIKE 'strata\\_scratch\\_lint\\_verify\\_%'";
            List<String> scratch = waitFor(() -> admin.query(running, r -> r.getString(1)), "lint --verify runs the sleeping statement", lint);
            assertThat(scratch).hasSize(1);

            lint.destroy(); // SIGTERM
            assertThat(lint.waitFor(30, TimeUnit.SECONDS)).as("the process ends").isTrue();

            long left = admin.queryOne("SELECT count(*) FROM pg_database WHERE datname = ?", r -> r.getLong(1), scratch.get(0));
            assertThat(left).as("scratch database %s after SIGTERM; log: %s", scratch.get(0),
                    Files.readString(tmp.resolve("lint.log"))).isZero();
        }
    }

    private static List<String> waitFor(java.util.function.Supplier<List<String>> rows, String what, Process process) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (true) {
            List<String> found = rows.get();
            if (!found.isEmpty()) {
                return found;
            }
            if (!process.isAlive() || System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting until " + what + " (process alive: " + process.isAlive() + ")");
            }
            Thread.sleep(100);
        }
    }
}
