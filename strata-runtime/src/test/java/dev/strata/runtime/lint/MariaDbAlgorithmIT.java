package dev.strata.runtime.lint;

import dev.strata.core.error.StrataException;
import dev.strata.core.lint.LintReport;
import dev.strata.core.lint.RuleCatalog;
import dev.strata.core.script.MigrationSet;
import dev.strata.runtime.Database;
import dev.strata.runtime.JdbcSession;
import dev.strata.runtime.ScratchDatabase;
import dev.strata.runtime.config.DatabaseKind;
import dev.strata.runtime.config.LintConfig;
import dev.strata.runtime.testing.TestServers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every verdict of {@code my-copy-algorithm} and {@code my-add-foreign-key} held against the real MariaDB: the
 * statement is linted after a migration that creates the table, and run on a table with a row with
 * {@code ALGORITHM=INPLACE} appended. The server must refuse exactly the statements lint says need a copy.
 */
class MariaDbAlgorithmIT {
    private static final String TABLES = "CREATE TABLE p (id INT NOT NULL PRIMARY KEY) ENGINE=InnoDB;\n"
            + "CREATE TABLE c (id INT NOT NULL PRIMARY KEY, p_id INT, n INT, v VARCHAR(50), w VARCHAR(100), t TEXT,"
            + " d DECIMAL(10,2), KEY ix_n (n)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;";

    /** An ALTER TABLE c action, optional settings before it, and whether lint says it needs ALGORITHM=COPY. */
    private record Case(String action, String before, boolean copy) {
        static Case online(String action) {
            return new Case(action, null, false);
        }

        static Case copies(String action) {
            return new Case(action, null, true);
        }
    }

    private static final List<Case> CASES = List.of(
            Case.online("ADD COLUMN x INT"),
            Case.online("ADD COLUMN x INT NOT NULL DEFAULT 0 FIRST"),
            Case.online("ADD COLUMN x INT AS (n + 1) VIRTUAL"),
            Case.copies("ADD COLUMN x INT AS (n + 1) STORED"),
            Case.online("DROP COLUMN n"),
            Case.copies("MODIFY n BIGINT"),
            Case.online("MODIFY n INT NOT NULL"),
            Case.online("MODIFY n INT NULL DEFAULT 7"),
            Case.online("MODIFY v VARCHAR(63)"),
            Case.copies("MODIFY v VARCHAR(64)"),
            Case.online("MODIFY w VARCHAR(200)"),
            Case.copies("MODIFY v VARCHAR(40)"),
            Case.copies("MODIFY v TEXT"),
            Case.copies("MODIFY d DECIMAL(12,2)"),
            Case.online("CHANGE n n2 INT"),
            Case.online("RENAME COLUMN n TO n2"),
            Case.online("ALTER COLUMN n SET DEFAULT 5"),
            Case.online("ADD INDEX ix_v (v)"),
            Case.online("ADD UNIQUE KEY uq_v (v)"),
            Case.online("DROP INDEX ix_n"),
            Case.copies("ADD CONSTRAINT ck_n CHECK (n > 0)"),
            Case.copies("DROP PRIMARY KEY"),
            Case.online("DROP PRIMARY KEY, ADD PRIMARY KEY (id, n)"),
            Case.copies("CONVERT TO CHARACTER SET latin1"),
            Case.copies("ADD CONSTRAINT fk_c_p FOREIGN KEY (p_id) REFERENCES p (id) ON DELETE CASCADE"),
            new Case("ADD CONSTRAINT fk_c_p FOREIGN KEY (p_id) REFERENCES p (id) ON DELETE CASCADE", "SET foreign_key_checks = 0", false));

    private static ScratchDatabase scratch;

    @TempDir
    static Path dir;

    @BeforeAll
    static void scratchDatabase() {
        scratch = ScratchDatabase.create(TestServers.server(DatabaseKind.MARIADB), "algorithm");
    }

    @AfterAll
    static void dropIt() {
        if (scratch != null) {
            scratch.close();
        }
    }

    @TestFactory
    Stream<DynamicTest> lintSaysCopyExactlyWhenTheServerRefusesInplace() {
        return CASES.stream().map(c -> DynamicTest.dynamicTest((c.copy ? "copy: " : "online: ") + c.action
                + (c.before == null ? "" : " after " + c.before), () -> check(c)));
    }

    private static void check(Case c) throws Exception {
        assertThat(lintSaysCopy(c)).as("lint's verdict on " + c).isEqualTo(c.copy);
        assertThat(serverRefusesInplace(scratch.database(), c)).as("MariaDB refuses ALGORITHM=INPLACE for " + c).isEqualTo(c.copy);
    }

    private static boolean lintSaysCopy(Case c) throws Exception {
        Path migrations = Files.createTempDirectory(dir, "case");
        Files.writeString(migrations.resolve("r1_tables.sql"), "-- strata:revision r1\n-- strata:revises base\n\n-- strata:upgrade\n"
                + TABLES + "\n\n-- strata:downgrade\nDROP TABLE c;\nDROP TABLE p;\n");
        Files.writeString(migrations.resolve("r2_change.sql"), "-- strata:revision r2\n-- strata:revises r1\n\n-- strata:upgrade\n"
                + (c.before == null ? "" : c.before + ";\n") + "ALTER TABLE c " + c.action + ";\n\n-- strata:downgrade\n");
        LintReport report = Lint.run(MigrationSet.load(migrations), DatabaseKind.MARIADB, LintConfig.DEFAULTS, null, migrations);
        return report.findings().stream().anyMatch(f -> f.rule().equals(RuleCatalog.MY_COPY_ALGORITHM)
                || f.rule().equals(RuleCatalog.MY_ADD_FOREIGN_KEY));
    }

    private static boolean serverRefusesInplace(Database database, Case c) {
        try (JdbcSession session = database.open()) {
            session.execute("SET foreign_key_checks = 1");
            session.execute("DROP TABLE IF EXISTS c");
            session.execute("DROP TABLE IF EXISTS p");
            for (String statement : TABLES.split(";\n?")) {
                if (!statement.isBlank()) {
                    session.execute(statement);
                }
            }
            session.execute("INSERT INTO p VALUES (1)");
            session.execute("INSERT INTO c (id, p_id, n, v, w, t, d) VALUES (1, 1, 1, 'a', 'b', 'c', 1.5)");
            if (c.before != null) {
                session.execute(c.before);
            }
            try {
                session.execute("ALTER TABLE c " + c.action + ", ALGORITHM=INPLACE");
                return false;
            } catch (StrataException e) {
                assertThat(e.getMessage()).as("refused for its algorithm, not for another reason").contains("ALGORITHM");
                return true;
            }
        }
    }
}
