package dev.strata.runtime.zerodowntime;

import dev.strata.core.error.BadInputException;
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
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A backfill runs in keyset batches, each committed with its progress, and resumes after a crash without redoing a row. */
class BackfillIT {
    private static final int ROWS = 200_000;

    @TempDir
    Path tmp;

    private Migrations migrations() {
        Migrations m = new Migrations(tmp.resolve("migrations"));
        m.add("bf0000000001", "base", "CREATE TABLE orders (id BIGINT PRIMARY KEY, price NUMERIC NOT NULL, quantity INTEGER NOT NULL,"
                + " touched INTEGER NOT NULL DEFAULT 0);\n"
                + "INSERT INTO orders (id, price, quantity) SELECT g * 3, g % 100, g % 7 FROM generate_series(1, " + ROWS + ") g;",
                "DROP TABLE orders;");
        m.write("bf0000000002", "bf0000000001", "-- strata:transactional false\n",
                "ALTER TABLE orders ADD COLUMN IF NOT EXISTS total NUMERIC;\n\n"
                        + "-- strata:backfill table=orders key=id batch=5000\n"
                        + "UPDATE orders SET total = price * quantity, touched = touched + 1 WHERE {batch};",
                "ALTER TABLE orders DROP COLUMN total;");
        return m;
    }

    @Test
    void aBackfillCutShortResumesWhereItStoppedAndTouchesEveryRowOnce() {
        Migrations m = migrations();
        Recording crashing = new Recording() {
            @Override
            public void backfillProgress(BackfillProgress progress) {
                if (progress.rowsSeen() >= ROWS / 2) {
                    throw new IllegalStateException("the process dies here");
                }
            }
        };
        try (ScratchDatabase scratch = ScratchDatabase.create(TestServers.server(DatabaseKind.POSTGRES), "backfill")) {
            Database db = scratch.database();
            new Migrator(db, MigrationSet.load(m.dir()), null, ExecutionSettings.DEFAULTS, crashing).upgrade("bf0000000001");
            assertThatThrownBy(() -> new Migrator(db, MigrationSet.load(m.dir()), null, ExecutionSettings.DEFAULTS, crashing).upgrade("head"))
                    .hasMessage("the process dies here");
            try (JdbcSession s = db.open()) {
                assertThat(s.query("SELECT revision FROM strata_version", r -> r.getString(1))).containsExactly("bf0000000001");
                assertThat(touched(s)).containsExactly("0 x " + ROWS / 2, "1 x " + ROWS / 2);
                assertThat(s.<String>queryOne("SELECT last_key || ' ' || rows_seen || ' ' || batches FROM strata_backfill_progress",
                        r -> r.getString(1))).isEqualTo((ROWS / 2 * 3) + " " + ROWS / 2 + " 20");
            }

            Recording events = new Recording();
            RunResult result = new Migrator(db, MigrationSet.load(m.dir()), null, ExecutionSettings.DEFAULTS, events).upgrade("head");
            assertThat(result.applied()).extracting(RunResult.Applied::revision).containsExactly("bf0000000002");
            assertThat(events.lines()).containsExactly("backfill orders from " + (ROWS / 2 * 3) + " (" + ROWS / 2 + " seen)",
                    "finished " + ROWS + " seen, " + ROWS + " done");
            try (JdbcSession s = db.open()) {
                assertThat(touched(s)).as("every row updated exactly once").containsExactly("1 x " + ROWS);
                assertThat(s.<Long>queryOne("SELECT count(*) FROM orders WHERE total IS DISTINCT FROM price * quantity", r -> r.getLong(1))).isZero();
                assertThat(s.<Long>queryOne("SELECT count(*) FROM strata_backfill_progress", r -> r.getLong(1)))
                        .as("an applied step keeps no progress").isZero();
            }
        }
    }

    @Test
    void aBackfillInATransactionalMigrationIsRefused() {
        Migrations m = new Migrations(tmp.resolve("migrations"));
        m.add("bf0000000001", "base", "CREATE TABLE t (id INTEGER PRIMARY KEY, x INTEGER);\n"
                + "-- strata-backfill table=t key=id\nUPDATE t SET x = 1 WHERE {batch};", "DROP TABLE t;");
        try (ScratchDatabase scratch = ScratchDatabase.create(TestServers.server(DatabaseKind.POSTGRES), "backfill_tx")) {
            assertThatThrownBy(() -> new Migrator(scratch.database(), MigrationSet.load(m.dir()), null, ExecutionSettings.DEFAULTS,
                    new Recording()).upgrade("head"))
                    .isInstanceOf(BadInputException.class)
                    .hasMessageContaining("cannot be one transaction")
                    .satisfies(e -> assertThat(((BadInputException) e).hint()).contains("-- strata:transactional false"));
        }
    }

    /** How many rows were updated how many times: {@code "1 x 200000"}. */
    private static List<String> touched(JdbcSession s) {
        return s.query("SELECT touched || ' x ' || count(*) FROM orders GROUP BY touched ORDER BY touched", r -> r.getString(1));
    }
}
