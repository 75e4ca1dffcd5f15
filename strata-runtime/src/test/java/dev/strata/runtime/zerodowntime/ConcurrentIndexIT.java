package dev.strata.runtime.zerodowntime;

import dev.strata.core.script.MigrationSet;
import dev.strata.runtime.Database;
import dev.strata.runtime.ExecutionSettings;
import dev.strata.runtime.JdbcSession;
import dev.strata.runtime.ScratchDatabase;
import dev.strata.runtime.config.DatabaseKind;
import dev.strata.runtime.migrate.MigrationFailedException;
import dev.strata.runtime.migrate.Migrator;
import dev.strata.runtime.migrate.RunResult;
import dev.strata.runtime.testing.Migrations;
import dev.strata.runtime.testing.TestServers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A concurrent index build that fails leaves an INVALID index; Strata drops it before the build runs again. */
class ConcurrentIndexIT {
    @TempDir
    Path tmp;

    private final Recording events = new Recording();

    private Migrator migrator(Database db, Path dir, ExecutionSettings execution) {
        return new Migrator(db, MigrationSet.load(dir), null, execution, events);
    }

    @Test
    void aUniqueBuildOverDuplicatesLeavesNoInvalidIndexAndSucceedsOnceTheDuplicatesAreGone() {
        Migrations m = new Migrations(tmp.resolve("migrations"));
        m.add("c1c000000001", "base", "CREATE TABLE people (id INTEGER PRIMARY KEY, email TEXT);\n"
                + "INSERT INTO people SELECT g, 'p' || g || '@example.com' FROM generate_series(1, 1000) g;\n"
                + "INSERT INTO people VALUES (1001, 'p1@example.com');", "DROP TABLE people;");
        m.addNonTransactional("c1c000000002", "c1c000000001",
                "CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS ux_people_email ON people (email);",
                "DROP INDEX CONCURRENTLY IF EXISTS ux_people_email;");
        try (ScratchDatabase scratch = ScratchDatabase.create(TestServers.server(DatabaseKind.POSTGRES), "cic_unique")) {
            Database db = scratch.database();
            migrator(db, m.dir(), ExecutionSettings.DEFAULTS).upgrade("c1c000000001");
            assertThatThrownBy(() -> migrator(db, m.dir(), ExecutionSettings.DEFAULTS).upgrade("head"))
                    .isInstanceOf(MigrationFailedException.class)
                    .hasMessageContaining("could not create unique index");
            assertThat(events.lines()).contains("dropped public.ux_people_email left by the failed build");
            try (JdbcSession s = db.open()) {
                assertThat(indexes(s)).as("no INVALID index is left behind").containsExactly("people_pkey");

                // a build killed half-way (here: one run by hand) leaves an INVALID index too; the next run must not
                // take it for done (IF NOT EXISTS would skip it) but drop it and build again
                assertThatThrownBy(() -> s.execute("CREATE UNIQUE INDEX CONCURRENTLY ux_people_email ON people (email)"))
                        .hasMessageContaining("could not create unique index");
                assertThat(invalid(s)).containsExactly("ux_people_email");
                s.execute("DELETE FROM people WHERE id = 1001"); // the user fixes the data
            }
            events.clear();
            RunResult result = migrator(db, m.dir(), ExecutionSettings.DEFAULTS).upgrade("head");
            assertThat(result.applied()).extracting(RunResult.Applied::revision).containsExactly("c1c000000002");
            assertThat(events.lines()).containsExactly("dropped public.ux_people_email left by an earlier attempt at this build");
            try (JdbcSession s = db.open()) {
                assertThat(invalid(s)).isEmpty();
                assertThat(indexes(s)).containsExactly("people_pkey", "ux_people_email");
            }
        }
    }

    @Test
    void aBuildThatTimesOutWaitingForAnOpenTransactionIsCleanedUpAndRetried() throws Exception {
        Migrations m = new Migrations(tmp.resolve("migrations"));
        m.add("c1c000000001", "base", "CREATE TABLE busy (id INTEGER PRIMARY KEY, a INTEGER);", "DROP TABLE busy;");
        m.addNonTransactional("c1c000000002", "c1c000000001", "CREATE INDEX CONCURRENTLY ix_busy_a ON busy (a);",
                "DROP INDEX CONCURRENTLY IF EXISTS ix_busy_a;");
        ExecutionSettings fast = ExecutionSettings.DEFAULTS.withLockTimeout(Duration.ofMillis(200));
        try (ScratchDatabase scratch = ScratchDatabase.create(TestServers.server(DatabaseKind.POSTGRES), "cic_timeout")) {
            Database db = scratch.database();
            migrator(db, m.dir(), fast).upgrade("c1c000000001");
            JdbcSession writer = db.open();
            writer.autoCommit(false);
            writer.execute("INSERT INTO busy VALUES (1, 1)"); // a writer still in its transaction: the build must wait for it
            CompletableFuture<Void> release = CompletableFuture.runAsync(() -> {
                sleep(2000);
                writer.commit();
                writer.close();
            });
            RunResult result = migrator(db, m.dir(), fast).upgrade("head");
            release.get(10, TimeUnit.SECONDS);
            assertThat(result.applied()).extracting(RunResult.Applied::revision).containsExactly("c1c000000002");
            assertThat(events.lines()).anySatisfy(e -> assertThat(e).startsWith("retry 1").contains("lock timeout"));
            assertThat(events.lines()).contains("dropped public.ix_busy_a left by an earlier attempt at this build");
            try (JdbcSession s = db.open()) {
                assertThat(invalid(s)).isEmpty();
                assertThat(indexes(s)).containsExactly("busy_pkey", "ix_busy_a");
            }
        }
    }

    private static List<String> indexes(JdbcSession s) {
        return s.query("SELECT indexname FROM pg_indexes WHERE schemaname = 'public' AND indexname NOT LIKE 'strata%' ORDER BY 1", r -> r.getString(1));
    }

    private static List<String> invalid(JdbcSession s) {
        return s.query("SELECT c.relname FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE NOT i.indisvalid ORDER BY 1",
                r -> r.getString(1));
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
