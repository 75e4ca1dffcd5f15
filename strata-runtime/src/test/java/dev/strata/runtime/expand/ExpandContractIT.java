package dev.strata.runtime.expand;

import dev.strata.core.script.MigrationSet;
import dev.strata.runtime.Database;
import dev.strata.runtime.ExecutionSettings;
import dev.strata.runtime.JdbcSession;
import dev.strata.runtime.ScratchDatabase;
import dev.strata.runtime.config.DatabaseKind;
import dev.strata.runtime.migrate.MigrationListener;
import dev.strata.runtime.migrate.Migrator;
import dev.strata.runtime.testing.Migrations;
import dev.strata.runtime.testing.TestServers;
import dev.strata.runtime.zerodowntime.ZeroDowntimeListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Expand, then an old application version (writing only the old column) and a new one (writing only the new column)
 * at work at the same time, with readers checking that no row ever disagrees; then complete, or abort.
 */
class ExpandContractIT {
    static final int ROWS = 3000;

    @TempDir
    Path tmp;

    /** Silent: neither the run nor the backfill prints anything. */
    static final class Quiet implements MigrationListener, ZeroDowntimeListener {
    }

    static Migrator migrator(Database db, Path dir) {
        return new Migrator(db, MigrationSet.load(dir), null, ExecutionSettings.DEFAULTS, new Quiet());
    }

    static Expansions expansions(Database db, Path dir) {
        return new Expansions(db, MigrationSet.load(dir), null, ExecutionSettings.DEFAULTS, note -> { });
    }

    @Test
    void renameColumnKeepsOldAndNewWritersInStepThenCompleteDropsTheOldColumn() {
        Migrations m = new Migrations(tmp.resolve("migrations"));
        m.add("ec0000000001", "base", "CREATE TABLE accounts (id integer PRIMARY KEY, name text NOT NULL, note text);\n"
                + "INSERT INTO accounts SELECT g, 'name ' || g, 'n' FROM generate_series(1, " + ROWS + ") g;", "DROP TABLE accounts;");
        m.add("ec0000000002", "ec0000000001", "-- strata:expand rename-column table=accounts column=name to=full_name batch=300 sleep=20ms",
                "ALTER TABLE accounts RENAME COLUMN full_name TO name;");
        try (ScratchDatabase scratch = ScratchDatabase.create(TestServers.server(DatabaseKind.POSTGRES), "expand_rename");
             Workload work = new Workload(scratch.database(), ROWS)) {
            Database db = scratch.database();
            migrator(db, m.dir()).upgrade("ec0000000001");
            Workload.Writer oldVersion = new Workload.Writer("old version", 100_001,
                    "INSERT INTO accounts (id, name) VALUES (?, ?)", "UPDATE accounts SET name = ? WHERE id = ?", n -> "old " + n);
            Workload.Writer newVersion = new Workload.Writer("new version", 200_001,
                    "INSERT INTO accounts (id, full_name) VALUES (?, ?)", "UPDATE accounts SET full_name = ? WHERE id = ?", n -> "new " + n);

            work.start(oldVersion); // the old version keeps writing while the expand half runs
            migrator(db, m.dir()).upgrade("head");
            work.start(newVersion);
            work.startReader("SELECT count(*) FROM accounts WHERE name IS DISTINCT FROM full_name");
            work.startReader("SELECT count(*) FROM accounts WHERE full_name IS NULL");
            Workload.sleep(1000);
            work.stop();

            assertThat(work.failures()).isEmpty();
            assertThat(work.reads()).isGreaterThan(10);
            assertThat(work.writes()).isGreaterThan(100);
            try (JdbcSession s = db.open()) {
                assertThat(count(s, "SELECT count(*) FROM accounts WHERE name IS DISTINCT FROM full_name")).isZero();
                assertThat(count(s, "SELECT count(*) FROM accounts")).isEqualTo(ROWS + work.inserted().size());
                for (Map.Entry<Integer, Object> row : work.inserted().entrySet()) {
                    assertThat(s.<String>queryOne("SELECT name || '|' || full_name FROM accounts WHERE id = ?", r -> r.getString(1), row.getKey()))
                            .isEqualTo(row.getValue() + "|" + row.getValue());
                }
                assertThat(state(s, "ec0000000002")).isEqualTo("expanded");
            }

            // the old version is gone; the new one keeps writing while the contract half runs
            work.start(newVersion.withFirstId(300_001));
            Expansions.Outcome outcome = expansions(db, m.dir()).complete(null);
            Workload.sleep(300);
            work.stop();
            assertThat(work.failures()).isEmpty();
            assertThat(outcome.expansion().revision()).isEqualTo("ec0000000002");
            try (JdbcSession s = db.open()) {
                assertThat(columns(s, "accounts")).containsExactly("id", "note", "full_name");
                assertThat(count(s, "SELECT count(*) FROM pg_trigger WHERE tgrelid = 'accounts'::regclass AND NOT tgisinternal")).isZero();
                assertThat(count(s, "SELECT count(*) FROM pg_proc WHERE proname LIKE 'strata_expand%'")).isZero();
                assertThat(count(s, "SELECT count(*) FROM accounts WHERE full_name IS NULL")).isZero();
                assertThat(count(s, "SELECT count(*) FROM accounts")).isEqualTo(ROWS + work.inserted().size());
                assertThat(state(s, "ec0000000002")).isEqualTo("completed");
                assertThat(s.query("SELECT direction || ' ' || outcome FROM strata_history WHERE revision = 'ec0000000002' ORDER BY id",
                        r -> r.getString(1))).containsExactly("upgrade success", "complete success");
                assertThat(s.query("SELECT revision FROM strata_version", r -> r.getString(1))).containsExactly("ec0000000002");
            }
        }
    }

    @Test
    void changeTypeKeepsOldAndNewWritersInStepThenAbortLeavesTheTableAsBeforeWithEveryValue() {
        Migrations m = new Migrations(tmp.resolve("migrations"));
        m.add("ec0000000001", "base", "CREATE TABLE orders (id bigint PRIMARY KEY, amount numeric(12,2));\n"
                + "INSERT INTO orders SELECT g, g / 100.0 FROM generate_series(1, " + ROWS + ") g;", "DROP TABLE orders;");
        m.add("ec0000000002", "ec0000000001", "-- strata:expand change-type table=orders column=amount to=amount_cents type=bigint"
                + " using=(amount * 100)::bigint reverse=(amount_cents / 100.0) batch=500", "ALTER TABLE orders DROP COLUMN amount_cents;");
        try (ScratchDatabase scratch = ScratchDatabase.create(TestServers.server(DatabaseKind.POSTGRES), "expand_type");
             Workload work = new Workload(scratch.database(), ROWS)) {
            Database db = scratch.database();
            migrator(db, m.dir()).upgrade("ec0000000001");
            List<String> before;
            try (JdbcSession s = db.open()) {
                before = columnTypes(s, "orders");
            }
            migrator(db, m.dir()).upgrade("head");
            work.start(new Workload.Writer("old version", 100_001, "INSERT INTO orders (id, amount) VALUES (?, ?)",
                    "UPDATE orders SET amount = ? WHERE id = ?", n -> new BigDecimal(n).movePointLeft(2)));
            work.start(new Workload.Writer("new version", 200_001, "INSERT INTO orders (id, amount_cents) VALUES (?, ?)",
                    "UPDATE orders SET amount_cents = ? WHERE id = ?", n -> (long) n * 7));
            work.startReader("SELECT count(*) FROM orders WHERE amount_cents IS DISTINCT FROM (amount * 100)::bigint");
            Workload.sleep(1000);
            work.stop();

            assertThat(work.failures()).isEmpty();
            assertThat(work.writes()).isGreaterThan(100);
            try (JdbcSession s = db.open()) {
                assertThat(count(s, "SELECT count(*) FROM orders WHERE amount_cents IS DISTINCT FROM (amount * 100)::bigint")).isZero();
                assertThat(count(s, "SELECT count(*) FROM orders WHERE amount IS NULL")).isZero();
            }

            Expansions.Outcome outcome = expansions(db, m.dir()).abort("ec0000000002");
            assertThat(outcome.versionRows()).containsExactly("ec0000000001");
            try (JdbcSession s = db.open()) {
                assertThat(columnTypes(s, "orders")).isEqualTo(before);
                assertThat(count(s, "SELECT count(*) FROM pg_trigger WHERE tgrelid = 'orders'::regclass AND NOT tgisinternal")).isZero();
                assertThat(count(s, "SELECT count(*) FROM pg_proc WHERE proname LIKE 'strata_expand%'")).isZero();
                assertThat(count(s, "SELECT count(*) FROM orders")).isEqualTo(ROWS + work.inserted().size());
                for (Map.Entry<Integer, Object> row : work.inserted().entrySet()) {
                    BigDecimal expected = row.getKey() > 200_000 ? new BigDecimal((Long) row.getValue()).movePointLeft(2) : (BigDecimal) row.getValue();
                    assertThat(s.<BigDecimal>queryOne("SELECT amount FROM orders WHERE id = ?", r -> r.getBigDecimal(1), row.getKey()))
                            .as("row %s", row.getKey()).isEqualByComparingTo(expected);
                }
                assertThat(state(s, "ec0000000002")).isEqualTo("aborted");
                assertThat(s.query("SELECT revision FROM strata_version", r -> r.getString(1))).containsExactly("ec0000000001");
                assertThat(s.query("SELECT direction || ' ' || outcome FROM strata_history WHERE revision = 'ec0000000002' ORDER BY id",
                        r -> r.getString(1))).containsExactly("upgrade success", "abort success");
            }
            // aborted means not applied: the next upgrade expands again
            migrator(db, m.dir()).upgrade("head");
            try (JdbcSession s = db.open()) {
                assertThat(state(s, "ec0000000002")).isEqualTo("expanded");
                assertThat(count(s, "SELECT count(*) FROM orders WHERE amount_cents IS DISTINCT FROM (amount * 100)::bigint")).isZero();
            }
        }
    }

    static long count(JdbcSession s, String sql) {
        return s.<Long>queryOne(sql, r -> r.getLong(1));
    }

    static String state(JdbcSession s, String revision) {
        return s.queryOne("SELECT state FROM strata_expansion WHERE revision = ?", r -> r.getString(1), revision);
    }

    static List<String> columns(JdbcSession s, String table) {
        return s.query("SELECT attname FROM pg_attribute WHERE attrelid = to_regclass(?) AND attnum > 0 AND NOT attisdropped ORDER BY attnum",
                r -> r.getString(1), table);
    }

    static List<String> columnTypes(JdbcSession s, String table) {
        return s.query("SELECT attname || ' ' || format_type(atttypid, atttypmod) || ' ' || attnotnull FROM pg_attribute"
                + " WHERE attrelid = to_regclass(?) AND attnum > 0 AND NOT attisdropped ORDER BY attnum", r -> r.getString(1), table);
    }
}
