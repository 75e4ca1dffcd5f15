package dev.strata.runtime.zerodowntime;

import dev.strata.core.script.MigrationSet;
import dev.strata.runtime.Database;
import dev.strata.runtime.ExecutionSettings;
import dev.strata.runtime.JdbcSession;
import dev.strata.runtime.ScratchDatabase;
import dev.strata.runtime.config.DatabaseKind;
import dev.strata.runtime.migrate.Migrator;
import dev.strata.runtime.migrate.RunResult;
import dev.strata.runtime.testing.Migrations;
import dev.strata.runtime.testing.TestServers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Before a statement that takes a strong lock, sessions in long transactions are named, and waited for if asked. */
class LongTransactionIT {
    @TempDir
    Path tmp;

    private final Recording events = new Recording();

    private Migrations migrations() {
        Migrations m = new Migrations(tmp.resolve("migrations"));
        m.add("10c000000001", "base", "CREATE TABLE accounts (id INTEGER PRIMARY KEY);", "DROP TABLE accounts;");
        m.add("10c000000002", "10c000000001", "ALTER TABLE accounts ADD COLUMN plan TEXT;", "ALTER TABLE accounts DROP COLUMN plan;");
        return m;
    }

    /** A session idle in a transaction, as a forgotten psql or a leaky connection pool leaves one. */
    private static JdbcSession idleInTransaction(Database db) {
        JdbcSession idle = db.open();
        idle.execute("SET application_name = 'nightly-report'");
        idle.autoCommit(false);
        idle.execute("SELECT 1");
        return idle;
    }

    @Test
    void sessionsIdleInATransactionAreNamedBeforeAStrongLock() {
        Migrations m = migrations();
        ExecutionSettings settings = ExecutionSettings.DEFAULTS.withLongTransactions(Duration.ofMillis(300), Duration.ZERO);
        try (ScratchDatabase scratch = ScratchDatabase.create(TestServers.server(DatabaseKind.POSTGRES), "long_tx")) {
            Database db = scratch.database();
            new Migrator(db, MigrationSet.load(m.dir()), null, settings, events).upgrade("10c000000001");
            events.clear();
            try (JdbcSession idle = idleInTransaction(db)) {
                int pid = idle.queryOne("SELECT pg_backend_pid()", r -> r.getInt(1));
                ConcurrentIndexIT.sleep(500);
                RunResult result = new Migrator(db, MigrationSet.load(m.dir()), null, settings, events).upgrade("head");
                assertThat(result.applied()).hasSize(1);
                assertThat(events.lines()).singleElement().asString()
                        .startsWith("long: pid " + pid + " (user postgres, application \"nightly-report\"")
                        .contains("idle in transaction for ")
                        .endsWith("): SELECT pg_backend_pid()");
                idle.rollbackQuietly();
            }
        }
    }

    @Test
    void withAWaitTheMigrationWaitsForThemToEnd() {
        Migrations m = migrations();
        ExecutionSettings settings = ExecutionSettings.DEFAULTS.withLongTransactions(Duration.ofMillis(300), Duration.ofSeconds(20));
        try (ScratchDatabase scratch = ScratchDatabase.create(TestServers.server(DatabaseKind.POSTGRES), "long_tx_wait")) {
            Database db = scratch.database();
            new Migrator(db, MigrationSet.load(m.dir()), null, settings, events).upgrade("10c000000001");
            events.clear();
            JdbcSession idle = idleInTransaction(db);
            ConcurrentIndexIT.sleep(500);
            long start = System.nanoTime();
            CompletableFuture<Void> end = CompletableFuture.runAsync(() -> {
                ConcurrentIndexIT.sleep(1500);
                idle.commit();
                idle.close();
            });
            new Migrator(db, MigrationSet.load(m.dir()), null, settings, events).upgrade("head");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThan(Duration.ofMillis(1400));
            assertThat(events.lines()).hasSize(2).last().isEqualTo("waited: 0 left");
            assertThat(end).succeedsWithin(5, TimeUnit.SECONDS);
        }
    }

    @Test
    void aStatementThatTakesNoStrongLockDoesNotLook() {
        var postgres = new PostgresZeroDowntime();
        assertThat(postgres.takesStrongLock("ALTER TABLE a ADD COLUMN b int")).isTrue();
        assertThat(postgres.takesStrongLock("-- why\nDROP TABLE a")).isTrue();
        assertThat(postgres.takesStrongLock("CREATE INDEX ix ON a (b)")).isTrue();
        assertThat(postgres.takesStrongLock("create unique index ix on a (b)")).isTrue();
        assertThat(postgres.takesStrongLock("CREATE INDEX CONCURRENTLY ix ON a (b)")).isFalse();
        assertThat(postgres.takesStrongLock("DROP INDEX CONCURRENTLY ix")).isFalse();
        assertThat(postgres.takesStrongLock("REINDEX INDEX CONCURRENTLY ix")).isFalse();
        assertThat(postgres.takesStrongLock("REINDEX TABLE a")).isTrue();
        assertThat(postgres.takesStrongLock("UPDATE a SET b = 1")).isFalse();
        assertThat(postgres.takesStrongLock("CREATE TABLE a (b int)")).isFalse();
        assertThat(postgres.takesStrongLock("TRUNCATE a")).isTrue();
    }
}
