package dev.strata.runtime.migrate;

import dev.strata.core.error.DatabaseException;
import dev.strata.core.error.FailedMigrationException;
import dev.strata.core.graph.Step;
import dev.strata.core.script.MigrationSet;
import dev.strata.runtime.Database;
import dev.strata.runtime.ExecutionSettings;
import dev.strata.runtime.JdbcSession;
import dev.strata.runtime.MigrationLock;
import dev.strata.runtime.ScratchDatabase;
import dev.strata.runtime.config.DatabaseKind;
import dev.strata.runtime.testing.Migrations;
import dev.strata.runtime.testing.TestServers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How statements run on PostgreSQL: lock timeouts and retries, the migration lock, half-failed migrations. */
class PostgresExecutionIT {
    @TempDir
    Path tmp;

    private final List<String> events = new CopyOnWriteArrayList<>();
    private final MigrationListener recording = new MigrationListener() {
        @Override
        public void lockWaiting(String holder) {
            events.add("waiting: " + holder);
        }

        @Override
        public void retrying(Step step, int attempt, int of, Duration pause, String reason) {
            events.add("retry " + attempt + " of " + of + ": " + reason);
        }
    };

    private Migrator migrator(Database db, Path dir, ExecutionSettings execution) {
        return new Migrator(db, MigrationSet.load(dir), null, execution, recording);
    }

    private Migrations withTable() {
        Migrations m = new Migrations(tmp.resolve("migrations"));
        m.add("e0e000000001", "base", "CREATE TABLE busy (id INTEGER PRIMARY KEY, a INTEGER);", "DROP TABLE busy;");
        m.add("e0e000000002", "e0e000000001", "ALTER TABLE busy ADD COLUMN b INTEGER;", "ALTER TABLE busy DROP COLUMN b;");
        return m;
    }

    @Test
    void aLockTimeoutIsRetriedUntilTheLockIsReleased() throws Exception {
        Migrations m = withTable();
        ExecutionSettings fast = ExecutionSettings.DEFAULTS.withLockTimeout(Duration.ofMillis(200));
        try (ScratchDatabase scratch = ScratchDatabase.create(TestServers.server(DatabaseKind.POSTGRES), "lock_retry")) {
            Database db = scratch.database();
            migrator(db, m.dir(), fast).upgrade("e0e000000001");
            JdbcSession blocker = db.open();
            blocker.autoCommit(false);
            blocker.execute("LOCK TABLE busy IN ACCESS SHARE MODE"); // a long reader: ALTER TABLE must wait for it
            CompletableFuture<Void> release = CompletableFuture.runAsync(() -> {
                sleep(1500);
                blocker.rollbackQuietly();
                blocker.close();
            });
            RunResult result = migrator(db, m.dir(), fast).upgrade("head");
            release.get(10, TimeUnit.SECONDS);
            assertThat(result.applied()).extracting(RunResult.Applied::revision).containsExactly("e0e000000002");
            assertThat(events).isNotEmpty().allSatisfy(e -> assertThat(e).startsWith("retry").contains("lock timeout"));
        }
    }

    @Test
    void retriesRunOutWithTheDatabaseAsItWas() {
        Migrations m = withTable();
        ExecutionSettings impatient = new ExecutionSettings(Duration.ofMillis(100), 1, Duration.ZERO, Duration.ofSeconds(5));
        try (ScratchDatabase scratch = ScratchDatabase.create(TestServers.server(DatabaseKind.POSTGRES), "lock_give_up")) {
            Database db = scratch.database();
            migrator(db, m.dir(), impatient).upgrade("e0e000000001");
            try (JdbcSession blocker = db.open()) {
                blocker.autoCommit(false);
                blocker.execute("LOCK TABLE busy IN ACCESS SHARE MODE");
                assertThatThrownBy(() -> migrator(db, m.dir(), impatient).upgrade("head"))
                        .isInstanceOf(MigrationFailedException.class)
                        .hasMessageContaining("e0e000000002")
                        .hasMessageContaining("lock timeout")
                        .satisfies(e -> assertThat(((DatabaseException) e).sqlState()).isEqualTo("55P03"));
                blocker.rollbackQuietly();
            }
            assertThat(events).hasSize(1);
            try (JdbcSession s = db.open()) {
                assertThat(s.query("SELECT revision FROM strata_version", r -> r.getString(1))).containsExactly("e0e000000001");
                assertThat(s.query("SELECT column_name FROM information_schema.columns WHERE table_name = 'busy' ORDER BY 1",
                        r -> r.getString(1))).containsExactly("a", "id");
            }
        }
    }

    @Test
    void aSecondRunnerWaitsForTheLockNamingItsHolderThenFindsTheWorkDone() throws Exception {
        Migrations m = withTable();
        try (ScratchDatabase scratch = ScratchDatabase.create(TestServers.server(DatabaseKind.POSTGRES), "lock_wait")) {
            Database db = scratch.database();
            MigrationLock held = db.dialect().lock(db, null, Duration.ofSeconds(5), holder -> { });
            CompletableFuture<Void> release = CompletableFuture.runAsync(() -> {
                sleep(1000);
                held.close();
            });
            RunResult result = migrator(db, m.dir(), ExecutionSettings.DEFAULTS).upgrade("head");
            release.get(10, TimeUnit.SECONDS);
            assertThat(events).hasSize(1);
            assertThat(events.get(0)).startsWith("waiting: session ").contains("strata pid " + ProcessHandle.current().pid());
            assertThat(result.applied()).hasSize(2);

            // an up-to-date run takes no lock at all, so it does not wait
            MigrationLock again = db.dialect().lock(db, null, Duration.ofSeconds(5), holder -> { });
            try {
                assertThat(migrator(db, m.dir(), ExecutionSettings.DEFAULTS.withLockWait(Duration.ofMillis(300))).upgrade("head").applied())
                        .isEmpty();
            } finally {
                again.close();
            }
            m.add("e0e000000003", "e0e000000002", "ALTER TABLE busy ADD COLUMN c INTEGER;", "ALTER TABLE busy DROP COLUMN c;");
            again = db.dialect().lock(db, null, Duration.ofSeconds(5), holder -> { });
            try {
                assertThatThrownBy(() -> migrator(db, m.dir(), ExecutionSettings.DEFAULTS.withLockWait(Duration.ofMillis(300))).upgrade("head"))
                        .isInstanceOf(DatabaseException.class)
                        .hasMessageContaining("waiting for the migration lock held by session");
            } finally {
                again.close();
            }
        }
    }

    @Test
    void aNonTransactionalMigrationThatFailsHalfWayIsRecordedAndMustBeMended() throws Exception {
        Migrations m = withTable();
        Path third = m.addNonTransactional("e0e000000003", "e0e000000002",
                "CREATE INDEX CONCURRENTLY IF NOT EXISTS ix_busy_a ON busy (a);\nCREATE INDEX CONCURRENTLY IF NOT EXISTS ix_busy_c ON busy (c);",
                "DROP INDEX CONCURRENTLY IF EXISTS ix_busy_c;\nDROP INDEX CONCURRENTLY IF EXISTS ix_busy_a;");
        try (ScratchDatabase scratch = ScratchDatabase.create(TestServers.server(DatabaseKind.POSTGRES), "half_failed")) {
            Database db = scratch.database();
            migrator(db, m.dir(), ExecutionSettings.DEFAULTS).upgrade("e0e000000002");
            assertThatThrownBy(() -> migrator(db, m.dir(), ExecutionSettings.DEFAULTS).upgrade("head"))
                    .isInstanceOf(MigrationFailedException.class)
                    .hasMessageContaining("e0e000000003_m.sql:8")
                    .satisfies(e -> assertThat(((MigrationFailedException) e).partial()).isTrue());
            try (JdbcSession s = db.open()) {
                HistoryEntry last = new VersionStore(db.dialect(), null).history(s).stream().reduce((a, b) -> b).orElseThrow();
                assertThat(last.outcome()).isEqualTo(HistoryEntry.FAILED);
                assertThat(last.failedStatement()).contains("ix_busy_c");
                assertThat(last.error()).contains("\"c\" does not exist");
                assertThat(s.query("SELECT indexname FROM pg_indexes WHERE tablename = 'busy' ORDER BY 1", r -> r.getString(1)))
                        .containsExactly("busy_pkey", "ix_busy_a");
            }
            assertThatThrownBy(() -> migrator(db, m.dir(), ExecutionSettings.DEFAULTS).upgrade("head"))
                    .isInstanceOf(FailedMigrationException.class)
                    .hasMessageContaining("e0e000000003").hasMessageContaining("failed half-way");

            Files.writeString(third, Files.readString(third).replace("busy (c)", "busy (b)"));
            Bookkeeper keeper = new Bookkeeper(db, MigrationSet.load(m.dir()), null, ExecutionSettings.DEFAULTS, recording);
            assertThat(keeper.repair()).singleElement().asString().contains("e0e000000003");
            RunResult retried = migrator(db, m.dir(), ExecutionSettings.DEFAULTS).upgrade("head");
            assertThat(retried.applied()).extracting(RunResult.Applied::revision).containsExactly("e0e000000003");
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
