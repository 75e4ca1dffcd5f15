package dev.strata.runtime.expand;

import dev.strata.runtime.Database;
import dev.strata.runtime.JdbcSession;
import dev.strata.runtime.ScratchDatabase;
import dev.strata.runtime.config.DatabaseKind;
import dev.strata.runtime.testing.Migrations;
import dev.strata.runtime.testing.TestServers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static dev.strata.runtime.expand.ExpandContractIT.columns;
import static dev.strata.runtime.expand.ExpandContractIT.count;
import static dev.strata.runtime.expand.ExpandContractIT.expansions;
import static dev.strata.runtime.expand.ExpandContractIT.migrator;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Names with quotes, blanks, unicode, dollar quotes and 63 bytes, a 64-character revision id (so the trigger's name is
 * shortened with a hash), and a split-column expansion written by both application versions.
 */
class ExpandHostileNamesIT {
    /** 63 bytes: 31 two-byte letters and one more. */
    static final String LONG = "é".repeat(31) + "x";
    static final String REVISION = "a".repeat(30) + "-Split_" + "b".repeat(27);

    @TempDir
    Path tmp;

    @Test
    void splitColumnWithHostileNamesExpandsKeepsBothSidesInStepAndCompletes() {
        String schema = "sch \"ema\"";
        String table = "Pëople $strata$ 'x'";
        String old = "full name";
        String qualified = q(schema) + "." + q(table);
        Migrations m = new Migrations(tmp.resolve("migrations"));
        m.add("hn0000000001", "base", "CREATE SCHEMA " + q(schema) + ";\nCREATE TABLE " + qualified + " (" + q("ïd") + " integer PRIMARY KEY, "
                + q(old) + " text NOT NULL);\nINSERT INTO " + qualified + " SELECT g, 'First' || g || ' Last' || g FROM generate_series(1, 50) g;",
                "DROP SCHEMA " + q(schema) + " CASCADE;");
        m.add(REVISION, "hn0000000001", "-- strata:expand split-column table=" + q(schema) + "." + q(table) + " column=" + q(old)
                + " to=" + q(LONG) + "," + q("last \"name\"") + " using=split_part(" + q(old) + ", ' ', 1),split_part(" + q(old) + ", ' ', 2)"
                + " reverse=concat_ws(' ', " + q(LONG) + ", " + q("last \"name\"") + ") batch=7",
                "ALTER TABLE " + qualified + " DROP COLUMN " + q(LONG) + ";");
        try (ScratchDatabase scratch = ScratchDatabase.create(TestServers.server(DatabaseKind.POSTGRES), "expand_names")) {
            Database db = scratch.database();
            migrator(db, m.dir()).upgrade("head");
            String disagree = "SELECT count(*) FROM " + qualified + " WHERE " + q(LONG) + " IS DISTINCT FROM split_part(" + q(old) + ", ' ', 1)"
                    + " OR " + q("last \"name\"") + " IS DISTINCT FROM split_part(" + q(old) + ", ' ', 2)";
            try (JdbcSession s = db.open()) {
                assertThat(count(s, disagree)).as("backfilled").isZero();
                assertThat(s.<String>queryOne("SELECT tgname FROM pg_trigger WHERE tgrelid = to_regclass(?) AND NOT tgisinternal",
                        r -> r.getString(1), qualified)).hasSizeLessThanOrEqualTo(63).startsWith("strata_expand_" + "a".repeat(30));
                s.execute("INSERT INTO " + qualified + " (" + q("ïd") + ", " + q(old) + ") VALUES (100, 'Ada Lovelace')");
                s.execute("INSERT INTO " + qualified + " (" + q("ïd") + ", " + q(LONG) + ", " + q("last \"name\"") + ") VALUES (101, 'Grace', 'Hopper')");
                s.execute("UPDATE " + qualified + " SET " + q(old) + " = 'Alan Turing' WHERE " + q("ïd") + " = 1");
                s.execute("UPDATE " + qualified + " SET " + q("last \"name\"") + " = 'Kay' WHERE " + q("ïd") + " = 2");
                assertThat(count(s, disagree)).isZero();
                assertThat(s.query("SELECT " + q(old) + " FROM " + qualified + " WHERE " + q("ïd") + " IN (1, 2, 100, 101) ORDER BY 1",
                        r -> r.getString(1))).containsExactly("Ada Lovelace", "Alan Turing", "First2 Kay", "Grace Hopper");
            }
            expansions(db, m.dir()).complete(REVISION.substring(0, 12));
            try (JdbcSession s = db.open()) {
                assertThat(columns(s, qualified)).containsExactly("ïd", LONG, "last \"name\"");
                assertThat(count(s, "SELECT count(*) FROM pg_proc WHERE proname LIKE 'strata_expand%'")).isZero();
                assertThat(count(s, "SELECT count(*) FROM " + qualified)).isEqualTo(52);
            }
        }
    }

    private static String q(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }
}
