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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Eight deployers start at once against one database: every migration is applied exactly once, and all succeed. */
class ConcurrencyIT {
    private static final int RUNNERS = 8;
    private static final int MIGRATIONS = 20;

    @TempDir
    Path tmp;

    @Test
    void eightRunnersApplyEveryMigrationExactlyOnce() throws Exception {
        Migrations m = new Migrations(tmp.resolve("migrations"));
        String previous = "base";
        for (int i = 1; i <= MIGRATIONS; i++) {
            String id = String.format("ccc%09d", i);
            m.add(id, previous, "CREATE TABLE t" + i + " (id INTEGER PRIMARY KEY);\nSELECT pg_sleep(0.02);", "DROP TABLE t" + i + ";");
            previous = id;
        }
        try (ScratchDatabase scratch = ScratchDatabase.create(TestServers.server(DatabaseKind.POSTGRES), "concurrency")) {
            String url = scratch.database().url().redacted();
            List<Process> processes = new ArrayList<>();
            for (int i = 0; i < RUNNERS; i++) {
                processes.add(StrataProcess.start(tmp, tmp.resolve("runner" + i + ".log"), "--url", url, "--dir", "migrations", "upgrade"));
            }
            for (int i = 0; i < RUNNERS; i++) {
                Process p = processes.get(i);
                assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("runner %d finished", i).isTrue();
                assertThat(p.exitValue()).as(Files.readString(tmp.resolve("runner" + i + ".log"))).isZero();
            }
            try (JdbcSession s = scratch.database().open()) {
                List<String> applied = s.query("SELECT revision FROM strata_history WHERE direction = 'upgrade' ORDER BY id",
                        r -> r.getString(1));
                assertThat(applied).hasSize(MIGRATIONS).doesNotHaveDuplicates();
                assertThat(s.query("SELECT revision FROM strata_version", r -> r.getString(1))).containsExactly(previous);
                long advisoryLocks = s.queryOne("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'"
                        + " AND database = (SELECT oid FROM pg_database WHERE datname = current_database())", r -> r.getLong(1));
                assertThat(advisoryLocks).isZero();
            }
            long waited = 0;
            for (int i = 0; i < RUNNERS; i++) {
                String log = Files.readString(tmp.resolve("runner" + i + ".log"));
                if (log.contains("Nothing to do")) {
                    waited++;
                }
            }
            assertThat(waited).as("all but the runner that did the work found nothing to do").isEqualTo(RUNNERS - 1);
        }
    }
}
