package dev.strata.runtime.lint;

import dev.strata.core.lint.Finding;
import dev.strata.core.lint.LintReport;
import dev.strata.core.lint.RuleCatalog;
import dev.strata.core.lint.sql.Stmt;
import dev.strata.core.script.MigrationSet;
import dev.strata.core.script.SqlFlavor;
import dev.strata.runtime.config.DatabaseKind;
import dev.strata.runtime.config.LintConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code pg-missing-lock-timeout} knows the effective setting: the project's {@code [execution] lock-timeout}, a
 * migration's {@code -- strata:lock-timeout} header, and the migration's own SET / RESET. The fixtures cover the
 * migration-level forms with Strata's default; this covers a project that turns the timeout off.
 */
class LockTimeoutRuleTest {
    private static final String BASE = "CREATE TABLE orders (id bigint PRIMARY KEY, note text);";

    @TempDir
    Path dir;

    private void migrations(String header, String upgrade) throws Exception {
        Files.writeString(dir.resolve("r1_base.sql"), "-- strata:revision r1\n-- strata:revises base\n\n-- strata:upgrade\n" + BASE
                + "\n\n-- strata:downgrade\nDROP TABLE orders;\n");
        Files.writeString(dir.resolve("r2_change.sql"), "-- strata:revision r2\n-- strata:revises r1\n" + header
                + "\n-- strata:upgrade\n" + upgrade + "\n\n-- strata:downgrade\nALTER TABLE orders ALTER COLUMN note DROP DEFAULT;\n");
    }

    private List<Finding> lint(Duration configured) {
        LintReport report = Lint.run(MigrationSet.load(dir), Lint.options(DatabaseKind.POSTGRES, LintConfig.DEFAULTS, configured), null, dir);
        return report.findings().stream().filter(f -> f.rule().equals(RuleCatalog.PG_MISSING_LOCK_TIMEOUT)).toList();
    }

    @Test
    void withStrataDefaultLockTimeoutAStrongLockIsFine() throws Exception {
        migrations("", "ALTER TABLE orders ALTER COLUMN note SET DEFAULT '';");
        assertThat(lint(Duration.ofSeconds(2))).isEmpty();
    }

    @Test
    void aProjectThatTurnsTheLockTimeoutOffIsReportedOnEveryStrongLock() throws Exception {
        migrations("", "ALTER TABLE orders ALTER COLUMN note SET DEFAULT '';");
        List<Finding> findings = lint(Duration.ZERO);
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.line()).isEqualTo(5);
            assertThat(f.message()).contains("ACCESS EXCLUSIVE on orders", "[execution] lock-timeout is 0");
            assertThat(f.fix()).contains("[execution] lock-timeout = \"2s\"");
        });
    }

    @Test
    void aMigrationThatSetsItsOwnLimitIsFineUnderADisabledDefault() throws Exception {
        migrations("", "SET lock_timeout = '3s';\nALTER TABLE orders ALTER COLUMN note SET DEFAULT '';");
        assertThat(lint(Duration.ZERO)).isEmpty();
        migrations("-- strata:lock-timeout 5s\n", "ALTER TABLE orders ALTER COLUMN note SET DEFAULT '';");
        assertThat(lint(Duration.ZERO)).isEmpty();
    }

    @Test
    void setLocalOutsideATransactionChangesNothing() throws Exception {
        migrations("-- strata:transactional false\n", "SET LOCAL lock_timeout = 0;\nALTER TABLE orders ALTER COLUMN note SET DEFAULT '';");
        assertThat(lint(Duration.ofSeconds(2))).isEmpty();
        migrations("", "SET LOCAL lock_timeout = 0;\nALTER TABLE orders ALTER COLUMN note SET DEFAULT '';");
        assertThat(lint(Duration.ofSeconds(2))).singleElement().satisfies(f -> assertThat(f.message()).contains("SET lock_timeout = 0 at line 5"));
    }

    @Test
    void weakLocksAndNewTablesNeverTrip() throws Exception {
        migrations("", "CREATE TABLE fresh (id bigint PRIMARY KEY);\nALTER TABLE fresh ADD COLUMN a int;\n"
                + "ALTER TABLE orders VALIDATE CONSTRAINT ck_x;");
        assertThat(lint(Duration.ZERO)).isEmpty();
    }

    @Test
    void theReaderReadsSetAndResetForms() {
        LintStatementReader reader = new LintStatementReader();
        assertThat(reader.read("SET LOCAL lock_timeout TO '0'", SqlFlavor.POSTGRES)).isEqualTo(new Stmt.Setting("lock_timeout", "0", true));
        assertThat(reader.read("SET SESSION lock_timeout = 500", SqlFlavor.POSTGRES)).isEqualTo(new Stmt.Setting("lock_timeout", "500", false));
        assertThat(reader.read("SET lock_timeout = DEFAULT", SqlFlavor.POSTGRES)).isEqualTo(new Stmt.Setting("lock_timeout", null, false));
        assertThat(reader.read("RESET lock_timeout", SqlFlavor.POSTGRES)).isEqualTo(new Stmt.Setting("lock_timeout", null, false));
        assertThat(reader.read("RESET ALL", SqlFlavor.POSTGRES)).isEqualTo(new Stmt.Setting("all", null, false));
        assertThat(reader.read("SET TIME ZONE 'UTC'", SqlFlavor.POSTGRES)).isEqualTo(new Stmt.Other("SET"));
        assertThat(reader.read("SET CONSTRAINTS ALL DEFERRED", SqlFlavor.POSTGRES)).isEqualTo(new Stmt.Other("SET"));
    }
}
