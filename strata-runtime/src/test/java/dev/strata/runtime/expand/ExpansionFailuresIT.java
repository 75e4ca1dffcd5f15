package dev.strata.runtime.expand;

import dev.strata.core.error.BadInputException;
import dev.strata.core.error.DatabaseException;
import dev.strata.core.error.UnknownRevisionException;
import dev.strata.core.script.MigrationSet;
import dev.strata.runtime.Database;
import dev.strata.runtime.ExecutionSettings;
import dev.strata.runtime.JdbcSession;
import dev.strata.runtime.ScratchDatabase;
import dev.strata.runtime.config.DatabaseKind;
import dev.strata.runtime.migrate.VersionStore;
import dev.strata.runtime.testing.Migrations;
import dev.strata.runtime.testing.TestServers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static dev.strata.runtime.expand.ExpandContractIT.columns;
import static dev.strata.runtime.expand.ExpandContractIT.count;
import static dev.strata.runtime.expand.ExpandContractIT.expansions;
import static dev.strata.runtime.expand.ExpandContractIT.migrator;
import static dev.strata.runtime.expand.ExpandContractIT.state;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** complete and abort with nothing open or an unknown revision; failures half-way leave the database consistent and recorded. */
class ExpansionFailuresIT {
    @TempDir
    Path tmp;

    @Test
    void nothingOpenUnknownRevisionAndFailuresHalfWay() {
        Migrations m = new Migrations(tmp.resolve("migrations"));
        m.add("fa0000000001", "base", "CREATE TABLE items (id integer PRIMARY KEY, qty numeric);\n"
                + "INSERT INTO items SELECT g, g FROM generate_series(1, 100) g;", "DROP TABLE items;");
        // the backfill fails at id 50: 50 * 1000 does not fit a smallint
        m.add("fa0000000002", "fa0000000001", "-- strata:expand change-type table=items column=qty to=qty_milli type=smallint"
                + " using=(qty*1000)::smallint reverse=(qty_milli/1000.0) batch=10", "ALTER TABLE items DROP COLUMN qty_milli;");
        try (ScratchDatabase scratch = ScratchDatabase.create(TestServers.server(DatabaseKind.POSTGRES), "expand_failures")) {
            Database db = scratch.database();
            migrator(db, m.dir()).upgrade("fa0000000001");
            assertThatThrownBy(() -> expansions(db, m.dir()).complete(null))
                    .isInstanceOf(BadInputException.class).hasMessageContaining("no expansion is open");
            assertThatThrownBy(() -> expansions(db, m.dir()).abort("nope0000"))
                    .isInstanceOf(UnknownRevisionException.class);
            assertThatThrownBy(() -> expansions(db, m.dir()).abort("fa0000000001"))
                    .isInstanceOf(BadInputException.class).hasMessageContaining("has no expansion");

            // the expand half fails in its backfill: recorded as failed, the expansion stays `expanding`
            assertThatThrownBy(() -> migrator(db, m.dir()).upgrade("head")).isInstanceOf(DatabaseException.class)
                    .hasMessageContaining("smallint");
            try (JdbcSession s = db.open()) {
                assertThat(state(s, "fa0000000002")).isEqualTo("expanding");
                assertThat(new VersionStore(db.dialect(), null).state(s).pendingFailure().revision()).isEqualTo("fa0000000002");
            }
            assertThatThrownBy(() -> expansions(db, m.dir()).complete("fa0000000002"))
                    .isInstanceOf(BadInputException.class).hasMessageContaining("has not finished its backfill");
            // abort undoes it: the table is as before, and the failure is mended
            expansions(db, m.dir()).abort("fa0000000002");
            try (JdbcSession s = db.open()) {
                assertThat(columns(s, "items")).containsExactly("id", "qty");
                assertThat(count(s, "SELECT count(*) FROM pg_trigger WHERE tgrelid = 'items'::regclass AND NOT tgisinternal")).isZero();
                assertThat(count(s, "SELECT count(*) FROM strata_backfill_progress")).isZero();
                assertThat(state(s, "fa0000000002")).isEqualTo("aborted");
                assertThat(new VersionStore(db.dialect(), null).state(s).pendingFailure()).isNull();
                assertThat(s.query("SELECT revision FROM strata_version", r -> r.getString(1))).containsExactly("fa0000000001");
            }

            // a contract half that fails (a view needs the old column) changes nothing, and is recorded
            m.add("fa0000000002", "fa0000000001", "-- strata:expand rename-column table=items column=qty to=quantity",
                    "ALTER TABLE items RENAME COLUMN quantity TO qty;");
            migrator(db, m.dir()).upgrade("head");
            try (JdbcSession s = db.open()) {
                s.execute("CREATE VIEW item_qty AS SELECT id, qty FROM items");
            }
            assertThatThrownBy(() -> expansions(db, m.dir()).complete(null)).isInstanceOf(DatabaseException.class)
                    .hasMessageContaining("complete of the expansion of revision fa0000000002").hasMessageContaining("depend");
            try (JdbcSession s = db.open()) {
                assertThat(columns(s, "items")).containsExactly("id", "qty", "quantity");
                assertThat(count(s, "SELECT count(*) FROM pg_trigger WHERE tgrelid = 'items'::regclass AND NOT tgisinternal")).isEqualTo(1);
                assertThat(state(s, "fa0000000002")).isEqualTo("expanded");
                assertThat(s.<String>queryOne("SELECT direction || ' ' || outcome FROM strata_history ORDER BY id DESC LIMIT 1",
                        r -> r.getString(1))).isEqualTo("complete rolled-back");
                s.execute("UPDATE items SET qty = 7 WHERE id = 1");
                assertThat(count(s, "SELECT quantity FROM items WHERE id = 1")).as("the trigger still works").isEqualTo(7);
                s.execute("DROP VIEW item_qty");
            }
            // a downgrade through the open expansion aborts it; after that there is nothing to complete
            migrator(db, m.dir()).downgrade("fa0000000001");
            try (JdbcSession s = db.open()) {
                assertThat(columns(s, "items")).containsExactly("id", "qty");
                assertThat(state(s, "fa0000000002")).isEqualTo("aborted");
            }
            assertThatThrownBy(() -> expansions(db, m.dir()).complete("fa0000000002"))
                    .isInstanceOf(BadInputException.class).hasMessageContaining("was already aborted");
        }
    }

    @Test
    void expandContractNeedsPostgresql() {
        Migrations m = new Migrations(tmp.resolve("migrations"));
        m.add("fa0000000001", "base", "CREATE TABLE items (id integer PRIMARY KEY, qty numeric);", "DROP TABLE items;");
        m.add("fa0000000002", "fa0000000001", "-- strata:expand rename-column table=items column=qty to=quantity", "SELECT 1;");
        Database sqlite = new Database(dev.strata.runtime.config.DatabaseUrl.parse("sqlite:" + tmp.resolve("x.db")));
        assertThatThrownBy(() -> migrator(sqlite, m.dir()).upgrade("head")).isInstanceOf(BadInputException.class)
                .hasMessageContaining("expand/contract needs PostgreSQL (this database is sqlite)");
        assertThatThrownBy(() -> new Expansions(sqlite, MigrationSet.load(m.dir()), null, ExecutionSettings.DEFAULTS, n -> { })
                .complete(null)).isInstanceOf(BadInputException.class).hasMessageContaining("needs PostgreSQL");
    }
}
