package dev.strata.runtime.testkit;

import dev.strata.core.script.MigrationSet;
import dev.strata.runtime.ScratchDatabase;
import dev.strata.runtime.config.DatabaseKind;
import dev.strata.runtime.testing.Migrations;
import dev.strata.runtime.testing.TestServers;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The data test's assertion form as it fails, and the step walk over a graph that branches and merges. */
class DataTestAndWalkIT {
    @TempDir
    Path tmp;

    private Migrations project() {
        Migrations m = new Migrations(tmp.resolve("db").resolve("migrations"));
        m.add("aaaa00000001", "base", "CREATE TABLE items (id INTEGER PRIMARY KEY, name VARCHAR(20));", "DROP TABLE items;");
        m.add("aaaa00000002", "aaaa00000001", "ALTER TABLE items ADD COLUMN price INTEGER NOT NULL;",
                "ALTER TABLE items DROP COLUMN price;");
        return m;
    }

    private void dataTest(String revision, String before, String after) throws IOException {
        Path folder = Files.createDirectories(tmp.resolve("db").resolve("tests").resolve(revision));
        if (before != null) {
            Files.writeString(folder.resolve("before.sql"), before);
        }
        if (after != null) {
            Files.writeString(folder.resolve("after.sql"), after);
        }
    }

    private CheckResult runDataTest(DatabaseKind kind, Migrations m, String revision) {
        MigrationTestSuite suite = MigrationTestSuite.on(TestServers.server(kind), MigrationSet.load(m.dir()));
        assertThat(suite.testsDir()).isEqualTo(tmp.resolve("db").resolve("tests"));
        return MigrationTestSuite.run(suite.check("tests/" + revision));
    }

    @ParameterizedTest
    @EnumSource(value = DatabaseKind.class, names = {"POSTGRES", "SQLITE"})
    void aRevisionThatCannotApplyOverTheSeededRowsFailsItsDataTest(DatabaseKind kind) throws IOException {
        Migrations m = project();
        dataTest("aaaa00000002", "INSERT INTO items (id, name) VALUES (1, 'pen');", null);
        CheckResult result = runDataTest(kind, m, "aaaa00000002");
        assertThat(result.status()).isEqualTo(CheckStatus.FAIL);
        assertThat(result.revision()).isEqualTo("aaaa00000002");
        assertThat(result.message()).startsWith("revision aaaa00000002 fails over the rows of tests/aaaa00000002/before.sql: "
                + "upgrade of revision aaaa00000002 failed at aaaa00000002_m.sql:");
    }

    @ParameterizedTest
    @EnumSource(value = DatabaseKind.class, names = {"POSTGRES", "SQLITE"})
    void assertionsFailLoudlyOnAnErrorOnSeveralRowsAndOnABadSeed(DatabaseKind kind) throws IOException {
        Migrations m = project();
        m.add("aaaa00000003", "aaaa00000002", "UPDATE items SET price = price * 2;", "UPDATE items SET price = price / 2;");
        dataTest("aaaa00000003", "INSERT INTO items (id, name, price) VALUES (1, 'pen', 2), (2, 'ink', 3);",
                "UPDATE items SET name = 'x' WHERE id = 99;\nSELECT price = 4 FROM items WHERE id = 1;\nSELECT price > 0 FROM items;\n");
        CheckResult rows = runDataTest(kind, m, "aaaa00000003");
        assertThat(rows.status()).isEqualTo(CheckStatus.FAIL);
        assertThat(rows.message()).isEqualTo("after revision aaaa00000003: tests/aaaa00000003/after.sql:3: "
                + "`SELECT price > 0 FROM items` returned 2 rows (expected one row whose first column is true)");

        dataTest("aaaa00000003", null, "SELECT no_such_column = 1 FROM items WHERE id = 1;");
        CheckResult error = runDataTest(kind, m, "aaaa00000003");
        assertThat(error.status()).isEqualTo(CheckStatus.FAIL);
        assertThat(error.message()).startsWith("after revision aaaa00000003: tests/aaaa00000003/after.sql:1: "
                + "`SELECT no_such_column = 1 FROM items WHERE id = 1` failed: ").containsIgnoringCase("no_such_column");

        dataTest("aaaa00000003", "INSERT INTO items (id, name, price) VALUES (1, 'pen', 2);\nINSERT INTO items (id) VALUES (1);", "");
        CheckResult seed = runDataTest(kind, m, "aaaa00000003");
        assertThat(seed.status()).isEqualTo(CheckStatus.FAIL);
        assertThat(seed.message()).startsWith("seeding rows before revision aaaa00000003 failed: tests/aaaa00000003/before.sql:2: ");
    }

    @ParameterizedTest
    @EnumSource(value = DatabaseKind.class, names = {"POSTGRES", "SQLITE"})
    void theWalkStepsEachRevisionAloneAcrossBranchesAndAMerge(DatabaseKind kind) {
        Migrations m = new Migrations(tmp.resolve("migrations"));
        m.add("bbbb00000001", "base", "CREATE TABLE a (id INTEGER PRIMARY KEY);", "DROP TABLE a;");
        m.add("bbbb00000002", "bbbb00000001", "CREATE TABLE b1 (id INTEGER PRIMARY KEY);", "DROP TABLE b1;");
        m.add("bbbb00000003", "bbbb00000001", "CREATE TABLE b2 (id INTEGER PRIMARY KEY);", "DROP TABLE b2;");
        m.add("bbbb00000004", "bbbb00000002 bbbb00000003", "CREATE TABLE merged (id INTEGER PRIMARY KEY);", "DROP TABLE merged;");
        m.add("bbbb00000005", "bbbb00000004", "CREATE TABLE c (id INTEGER PRIMARY KEY);", "-- forgets to drop c\nSELECT 1;");
        MigrationTestSuite suite = MigrationTestSuite.on(TestServers.server(kind), MigrationSet.load(m.dir()));
        CheckResult upDown = MigrationTestSuite.run(suite.check(MigrationTestSuite.UP_DOWN_CONSISTENCY));
        assertThat(upDown.status()).isEqualTo(CheckStatus.FAIL);
        assertThat(upDown.message()).startsWith("revision bbbb00000005: upgrading again after its downgrade fails: ");
        CheckResult trace = MigrationTestSuite.run(suite.check(MigrationTestSuite.DOWNGRADE_LEAVES_NO_TRACE));
        assertThat(trace.status()).isEqualTo(CheckStatus.FAIL);
        assertThat(trace.revision()).isEqualTo("bbbb00000005");
        assertThat(trace.message()).contains("revision bbbb00000005 (bbbb00000005_m.sql) leaves table-added").contains(".c")
                .doesNotContain("bbbb00000004 (");
    }

    @ParameterizedTest
    @EnumSource(value = DatabaseKind.class, names = {"POSTGRES", "SQLITE"})
    void stepMigratorAssertsInJavaWithTheSameRule(DatabaseKind kind) {
        Migrations m = project();
        try (ScratchDatabase scratch = ScratchDatabase.create(TestServers.server(kind), "stepmigrator")) {
            StepMigrator migrator = new StepMigrator(scratch.database(), MigrationSet.load(m.dir()));
            migrator.upgradeToBefore("aaaa00000002");
            assertThat(migrator.current()).containsExactly("aaaa00000001");
            migrator.upgradeOne();
            migrator.execute("INSERT INTO items (id, name, price) VALUES (1, 'pen', 2)");
            migrator.assertTrue("SELECT COUNT(*) = 1 FROM items");
            assertThatThrownBy(() -> migrator.assertTrue("SELECT COUNT(*) = 2, COUNT(*) FROM items"))
                    .isInstanceOf(AssertionError.class).hasMessageEndingWith(" 1) (expected one row whose first column is true)");
            migrator.downgradeOnly("aaaa00000002");
            assertThat(migrator.current()).containsExactly("aaaa00000001");
            migrator.downgradeOne();
            assertThat(migrator.current()).isEmpty();
        }
    }
}
