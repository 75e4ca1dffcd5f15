package dev.strata.runtime.migrate;

import dev.strata.core.error.ChecksumMismatchException;
import dev.strata.core.error.MultipleHeadsException;
import dev.strata.core.error.NotReversibleException;
import dev.strata.core.graph.Direction;
import dev.strata.core.script.MigrationSet;
import dev.strata.runtime.Database;
import dev.strata.runtime.ExecutionSettings;
import dev.strata.runtime.JdbcSession;
import dev.strata.runtime.ScratchDatabase;
import dev.strata.runtime.config.DatabaseKind;
import dev.strata.runtime.testing.Inspect;
import dev.strata.runtime.testing.Migrations;
import dev.strata.runtime.testing.TestServers;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The runner against real PostgreSQL, MariaDB and SQLite: each test on its own scratch database. */
class MigratorIT {
    @TempDir
    Path tmp;

    private Migrations linear() {
        Migrations m = new Migrations(tmp.resolve("migrations"));
        m.add("aaaa00000001", "base", "CREATE TABLE t1 (id INTEGER PRIMARY KEY, name VARCHAR(50));", "DROP TABLE t1;");
        m.add("aaaa00000002", "aaaa00000001", "CREATE TABLE t2 (id INTEGER PRIMARY KEY);\nINSERT INTO t2 (id) VALUES (1);", "DROP TABLE t2;");
        m.add("aaaa00000003", "aaaa00000002", "INSERT INTO t1 (id, name) VALUES (1, 'it''s; fine');", "DELETE FROM t1;");
        return m;
    }

    private static Migrator migrator(Database db, Path dir) {
        return new Migrator(db, MigrationSet.load(dir), null, ExecutionSettings.DEFAULTS, MigrationListener.NONE);
    }

    private static Bookkeeper bookkeeper(Database db, Path dir) {
        return new Bookkeeper(db, MigrationSet.load(dir), null, ExecutionSettings.DEFAULTS, MigrationListener.NONE);
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void upgradesToHeadThenDowngradesToBase(DatabaseKind kind) {
        Migrations m = linear();
        try (ScratchDatabase scratch = ScratchDatabase.create(TestServers.server(kind), "up_down")) {
            Database db = scratch.database();
            RunResult up = migrator(db, m.dir()).upgrade("head");
            assertThat(up.applied()).extracting(RunResult.Applied::revision)
                    .containsExactly("aaaa00000001", "aaaa00000002", "aaaa00000003");
            assertThat(up.current()).containsExactly("aaaa00000003");
            try (JdbcSession s = db.open()) {
                assertThat(Inspect.tables(s, db.dialect().name())).contains("t1", "t2", "strata_version", "strata_history");
                String name = s.queryOne("SELECT name FROM t1", r -> r.getString(1));
                assertThat(name).isEqualTo("it's; fine");
                List<HistoryEntry> history = new VersionStore(db.dialect(), null).history(s);
                assertThat(history).extracting(HistoryEntry::revision, HistoryEntry::direction, HistoryEntry::outcome).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("aaaa00000001", "upgrade", "success"),
                        org.assertj.core.groups.Tuple.tuple("aaaa00000002", "upgrade", "success"),
                        org.assertj.core.groups.Tuple.tuple("aaaa00000003", "upgrade", "success"));
                HistoryEntry first = history.get(0);
                assertThat(first.checksum()).hasSize(64);
                assertThat(first.osUser()).isEqualTo(System.getProperty("user.name"));
                assertThat(first.startedAt()).isNotNull();
                assertThat(first.finishedAt()).isAfterOrEqualTo(first.startedAt());
                assertThat(first.durationMs()).isNotNull().isGreaterThanOrEqualTo(0);
                assertThat(first.strataVersion()).isNotBlank();
                if (kind != DatabaseKind.SQLITE) {
                    assertThat(first.dbUser()).isNotBlank();
                }
            }
            assertThat(migrator(db, m.dir()).upgrade("head").applied()).isEmpty();

            RunResult down = migrator(db, m.dir()).downgrade("-1");
            assertThat(down.applied()).extracting(RunResult.Applied::revision, RunResult.Applied::direction)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("aaaa00000003", "downgrade"));
            assertThat(down.current()).containsExactly("aaaa00000002");

            RunResult base = migrator(db, m.dir()).downgrade("base");
            assertThat(base.applied()).extracting(RunResult.Applied::revision).containsExactly("aaaa00000002", "aaaa00000001");
            assertThat(base.current()).isEmpty();
            try (JdbcSession s = db.open()) {
                assertThat(Inspect.tables(s, db.dialect().name())).doesNotContain("t1", "t2");
                assertThat(Inspect.count(s, "strata_version")).isZero();
            }
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void branchesMergeAndLabels(DatabaseKind kind) {
        Migrations m = new Migrations(tmp.resolve("migrations"));
        m.add("bbbb00000001", "base", "CREATE TABLE root_t (id INTEGER PRIMARY KEY);", "DROP TABLE root_t;");
        m.write("bbbb0000000a", "bbbb00000001", "-- strata:branch-labels left\n", "CREATE TABLE left_t (id INTEGER PRIMARY KEY);", "DROP TABLE left_t;");
        m.write("bbbb0000000b", "bbbb00000001", "-- strata:branch-labels right\n", "CREATE TABLE right_t (id INTEGER PRIMARY KEY);", "DROP TABLE right_t;");
        try (ScratchDatabase scratch = ScratchDatabase.create(TestServers.server(kind), "branches")) {
            Database db = scratch.database();
            assertThatThrownBy(() -> migrator(db, m.dir()).upgrade("head")).isInstanceOf(MultipleHeadsException.class)
                    .hasMessageContaining("bbbb0000000a").hasMessageContaining("bbbb0000000b");
            assertThat(bookkeeper(db, m.dir()).current()).isEmpty();

            RunResult left = migrator(db, m.dir()).upgrade("left@head");
            assertThat(left.applied()).extracting(RunResult.Applied::revision).containsExactly("bbbb00000001", "bbbb0000000a");
            RunResult both = migrator(db, m.dir()).upgrade("heads");
            assertThat(both.applied()).extracting(RunResult.Applied::revision).containsExactly("bbbb0000000b");
            assertThat(both.current()).containsExactlyInAnyOrder("bbbb0000000a", "bbbb0000000b");

            m.add("bbbb000000ff", "bbbb0000000a bbbb0000000b", "CREATE TABLE merged_t (id INTEGER PRIMARY KEY);", "DROP TABLE merged_t;");
            RunResult merged = migrator(db, m.dir()).upgrade("head");
            assertThat(merged.applied()).extracting(RunResult.Applied::revision).containsExactly("bbbb000000ff");
            assertThat(bookkeeper(db, m.dir()).current()).containsExactly("bbbb000000ff");

            RunResult unmerge = migrator(db, m.dir()).downgrade("-1");
            assertThat(unmerge.current()).containsExactlyInAnyOrder("bbbb0000000a", "bbbb0000000b");
            RunResult leftOff = migrator(db, m.dir()).downgrade("left@base");
            assertThat(leftOff.applied()).extracting(RunResult.Applied::revision).containsExactly("bbbb0000000a");
            assertThat(leftOff.current()).containsExactly("bbbb0000000b");
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void offlineSqlWritesNothingAndShowsTheBookkeeping(DatabaseKind kind) {
        Migrations m = linear();
        try (ScratchDatabase scratch = ScratchDatabase.create(TestServers.server(kind), "offline")) {
            Database db = scratch.database();
            StringBuilder sql = new StringBuilder();
            migrator(db, m.dir()).printSql(Direction.UPGRADE, "head", sql);
            assertThat(sql.toString())
                    .contains("CREATE TABLE IF NOT EXISTS")
                    .contains("CREATE TABLE t1 (id INTEGER PRIMARY KEY, name VARCHAR(50));")
                    .contains("INSERT INTO t1 (id, name) VALUES (1, 'it''s; fine');")
                    .contains("INSERT INTO " + db.dialect().quote("strata_version"))
                    .contains("UPDATE " + db.dialect().quote("strata_version") + " SET")
                    .contains("INSERT INTO " + db.dialect().quote("strata_history"))
                    .contains("COMMIT;");
            if (kind != DatabaseKind.SQLITE) {
                try (JdbcSession s = db.open()) {
                    assertThat(Inspect.tables(s, db.dialect().name())).isEmpty();
                }
            } else {
                assertThat(Files.exists(db.url().sqlitePath())).isFalse();
            }
            // what --sql prints is what upgrade runs: running the printed script gives the same state
            migrator(db, m.dir()).upgrade("aaaa00000001");
            StringBuilder rest = new StringBuilder();
            migrator(db, m.dir()).printSql(Direction.UPGRADE, "head", rest);
            assertThat(rest.toString()).doesNotContain("CREATE TABLE t1").contains("CREATE TABLE t2").doesNotContain("IF NOT EXISTS");
            StringBuilder range = new StringBuilder();
            migrator(db, m.dir()).printSql(Direction.DOWNGRADE, "aaaa00000003:base", range);
            assertThat(range.toString()).contains("DELETE FROM t1;").contains("DROP TABLE t2;").contains("DROP TABLE t1;");
            assertThat(bookkeeper(db, m.dir()).current()).containsExactly("aaaa00000001");
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aFailingMigrationLeavesTheDatabaseAsItWas(DatabaseKind kind) {
        Migrations m = linear();
        m.add("aaaa00000004", "aaaa00000003", "CREATE TABLE t4 (id INTEGER);\nINSERT INTO t1 (id) VALUES ('not a number', 2);", "DROP TABLE t4;");
        try (ScratchDatabase scratch = ScratchDatabase.create(TestServers.server(kind), "failing")) {
            Database db = scratch.database();
            migrator(db, m.dir()).upgrade("aaaa00000003");
            assertThatThrownBy(() -> migrator(db, m.dir()).upgrade("head"))
                    .isInstanceOf(MigrationFailedException.class)
                    .hasMessageContaining("aaaa00000004")
                    .hasMessageContaining("aaaa00000004_m.sql:7");
            assertThat(bookkeeper(db, m.dir()).current()).containsExactly("aaaa00000003");
            try (JdbcSession s = db.open()) {
                List<String> tables = Inspect.tables(s, db.dialect().name());
                List<HistoryEntry> history = new VersionStore(db.dialect(), null).history(s);
                HistoryEntry last = history.get(history.size() - 1);
                assertThat(last.revision()).isEqualTo("aaaa00000004");
                assertThat(last.failedStatement()).startsWith("INSERT INTO t1");
                if (kind == DatabaseKind.MARIADB) {
                    // MariaDB commits DDL implicitly: t4 stays, and the history says the state needs mending
                    assertThat(tables).contains("t4");
                    assertThat(last.outcome()).isEqualTo(HistoryEntry.FAILED);
                    assertThatThrownBy(() -> migrator(db, m.dir()).upgrade("head"))
                            .isInstanceOf(dev.strata.core.error.FailedMigrationException.class)
                            .hasMessageContaining("aaaa00000004")
                            .satisfies(e -> assertThat(((dev.strata.core.error.StrataException) e).hint()).contains("strata repair"));
                } else {
                    assertThat(tables).doesNotContain("t4");
                    assertThat(last.outcome()).isEqualTo(HistoryEntry.ROLLED_BACK);
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void anEditedFileIsRefusedUntilRepaired(DatabaseKind kind) throws Exception {
        Migrations m = linear();
        try (ScratchDatabase scratch = ScratchDatabase.create(TestServers.server(kind), "checksum")) {
            Database db = scratch.database();
            migrator(db, m.dir()).upgrade("aaaa00000002");
            Path edited = m.dir().resolve("aaaa00000001_m.sql");
            // line endings and trailing blanks are not edits
            Files.writeString(edited, Files.readString(edited).replace("\n", "  \r\n"));
            assertThat(migrator(db, m.dir()).upgrade("aaaa00000002").applied()).isEmpty();
            Files.writeString(edited, Files.readString(edited).replace("name VARCHAR(50)", "name VARCHAR(60)"));
            assertThatThrownBy(() -> migrator(db, m.dir()).upgrade("head"))
                    .isInstanceOf(ChecksumMismatchException.class)
                    .hasMessageContaining("aaaa00000001_m.sql");
            assertThat(bookkeeper(db, m.dir()).current()).containsExactly("aaaa00000002");
            assertThat(bookkeeper(db, m.dir()).repair()).singleElement().asString().contains("aaaa00000001_m.sql");
            assertThat(migrator(db, m.dir()).upgrade("head").applied()).extracting(RunResult.Applied::revision)
                    .containsExactly("aaaa00000003");
            assertThat(bookkeeper(db, m.dir()).repair()).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void stampSetsTheRevisionWithoutRunningAnything(DatabaseKind kind) {
        Migrations m = linear();
        try (ScratchDatabase scratch = ScratchDatabase.create(TestServers.server(kind), "stamp")) {
            Database db = scratch.database();
            assertThatThrownBy(() -> bookkeeper(db, m.dir()).stamp("aaaa0000", false))
                    .isInstanceOf(dev.strata.core.error.AmbiguousRevisionException.class)
                    .hasMessageContaining("aaaa00000001");
            assertThat(bookkeeper(db, m.dir()).current()).isEmpty();
        }
        try (ScratchDatabase scratch = ScratchDatabase.create(TestServers.server(kind), "stamp")) {
            Database db = scratch.database();
            // an existing database adopted by Strata: its tables were made by hand, stamp records where it stands
            try (JdbcSession s = db.open()) {
                s.execute("CREATE TABLE t1 (id INTEGER PRIMARY KEY, name VARCHAR(50))");
                s.execute("CREATE TABLE t2 (id INTEGER PRIMARY KEY)");
            }
            assertThat(bookkeeper(db, m.dir()).stamp("aaaa00000002", false)).containsExactly("aaaa00000002");
            try (JdbcSession s = db.open()) {
                assertThat(Inspect.count(s, "t2")).as("stamp runs no migration").isZero();
            }
            assertThat(migrator(db, m.dir()).upgrade("head").applied()).extracting(RunResult.Applied::revision)
                    .containsExactly("aaaa00000003");
            try (JdbcSession s = db.open()) {
                s.execute("INSERT INTO strata_version (revision) VALUES ('deadbeef0000')");
            }
            assertThatThrownBy(() -> bookkeeper(db, m.dir()).stamp("head", false))
                    .hasMessageContaining("deadbeef0000");
            assertThat(bookkeeper(db, m.dir()).stamp("aaaa00000001", true)).containsExactly("aaaa00000001");
            assertThat(bookkeeper(db, m.dir()).current()).containsExactly("aaaa00000001");
            assertThat(bookkeeper(db, m.dir()).stamp("base", false)).isEmpty();
            assertThat(bookkeeper(db, m.dir()).current()).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void anIrreversibleMigrationRefusesToDowngradeBeforeAnythingRuns(DatabaseKind kind) {
        Migrations m = linear();
        m.writeRaw("aaaa00000004_m.sql", "-- strata:revision aaaa00000004\n-- strata:revises aaaa00000003\n\n-- strata:upgrade\n"
                + "CREATE TABLE t4 (id INTEGER);\n\n-- strata:downgrade irreversible\n");
        try (ScratchDatabase scratch = ScratchDatabase.create(TestServers.server(kind), "irreversible")) {
            Database db = scratch.database();
            migrator(db, m.dir()).upgrade("head");
            assertThatThrownBy(() -> migrator(db, m.dir()).downgrade("base")).isInstanceOf(NotReversibleException.class)
                    .hasMessageContaining("aaaa00000004");
            assertThat(bookkeeper(db, m.dir()).current()).isEqualTo(Set.of("aaaa00000004"));
        }
    }
}
